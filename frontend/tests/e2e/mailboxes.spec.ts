import { expect, test } from './desk';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ADMIN, apiToken, expectAccessible, screenshot, signIn } from './helpers';

type Imap = { child: ChildProcessWithoutNullStreams; port: number; user: string; password: string };

/** A real Dovecot (tests/dovecot.py) holding one message per subject, until stopped. */
async function startDovecot(subjects: string[]): Promise<Imap> {
  const repo = resolve('..');
  const python = process.env.SPORTELLO_BIN ? join(dirname(process.env.SPORTELLO_BIN), 'python') : join(repo, '.venv', 'bin', 'python');
  const child = spawn(python, ['-m', 'tests.dovecot', ...subjects], { cwd: repo, env: { ...process.env, PYTHONPATH: repo } });
  const line = await new Promise<string>((done, fail) => {
    createInterface({ input: child.stdout }).once('line', done);
    child.once('exit', (code) => fail(new Error(`Dovecot helper exited with ${code}`)));
  });
  return { child, ...(JSON.parse(line) as { port: number; user: string; password: string }) };
}

test('an admin adds a mailbox, tests it, and its mail becomes a ticket', async ({ page, request }) => {
  test.slow(); // a real IMAP server, and a background job to wait for
  const subject = `Badge reader at door ${Date.now() % 100000} is dead`;
  const imap = await startDovecot([subject]);
  try {
    await signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Mailboxes' }).click();
    await expect(page.getByRole('heading', { name: 'Mailboxes', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Add mailbox' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Facilities inbox');
    await dialog.getByRole('textbox', { name: 'IMAP server' }).fill('127.0.0.1');
    await dialog.getByRole('textbox', { name: 'Encryption' }).click();
    await page.getByRole('option', { name: 'None (unencrypted)' }).click();
    await dialog.getByRole('textbox', { name: 'Port', exact: true }).fill(String(imap.port));
    await dialog.getByRole('textbox', { name: 'Username' }).fill(imap.user);
    await dialog.getByLabel('Password').fill(imap.password);
    await dialog.getByRole('textbox', { name: 'Desk address' }).fill('facilities@sportello.demo');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toHaveCount(0);

    const card = page.getByRole('listitem', { name: 'Facilities inbox' });
    await expect(card).toContainText(`${imap.user} @ 127.0.0.1:${imap.port}`);
    // Not checked yet, unless the minute's automatic check came first (the screen refreshes).
    await expect(card).toContainText(/Not checked yet|Last checked/);
    await expect(page.locator('body')).not.toContainText(imap.password);

    await card.getByRole('button', { name: 'Test connection' }).click();
    await expect(card.getByRole('status')).toHaveText('Connected: 1 message in INBOX');

    await card.getByRole('button', { name: 'Check Facilities inbox now' }).click();
    // The screen refreshes itself while the job runs. The minute's automatic check may have
    // taken the message in just before: this one then finds nothing new (the ticket is
    // looked for below either way).
    await expect(card).toContainText(/Last checked .*: [01] messages? taken in/, { timeout: 30_000 });
    await expect(card).toContainText('Working');
    await screenshot(page, 'mailboxes');
    await expectAccessible(page);
    const admin = { Authorization: `Bearer ${await apiToken(request, ADMIN)}` };
    const tickets = (await (await request.get('/api/v1/tickets?channel=email&limit=100', { headers: admin })).json()).items as { subject: string }[];
    expect(tickets.map((x) => x.subject)).toContain(subject);

    // A wrong password is told plainly, and the stored one is never shown.
    await card.getByRole('button', { name: 'Edit Facilities inbox' }).click();
    await expect(dialog.getByLabel('Password')).toHaveValue('');
    await dialog.getByLabel('Password').fill('not the password');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toHaveCount(0);
    await card.getByRole('button', { name: 'Test connection' }).click();
    await expect(card.getByRole('status')).toContainText('Connection failed: Sign-in refused');
  } finally {
    imap.child.stdin.end();
    await once(imap.child, 'exit');
  }
});
