import { expect, test, type APIRequestContext } from './desk';
import { ADMIN, AGENT, CUSTOMER, apiToken, expectAccessible, screenshot, signIn } from './helpers';

function raw(from: string, subject: string, body: string, extra = ''): string {
  const id = `<e2e-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com>`;
  return `From: ${from}\r\nTo: support@sportello.localhost\r\nSubject: ${subject}\r\nMessage-ID: ${id}\r\n${extra}\r\n${body}\r\n`;
}

async function ingest(request: APIRequestContext, token: string, message: string) {
  const response = await request.post('/api/v1/mail/inbound', {
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'message/rfc822' },
    data: Buffer.from(message),
  });
  expect(response.ok()).toBeTruthy();
  return (await response.json()) as { status: string; ticket_number: number | null; reason: string | null };
}

test('a reply by email shows its email badge to the agent and in the portal', async ({ page, request }) => {
  const customer = { Authorization: `Bearer ${await apiToken(request, CUSTOMER)}` };
  const admin = await apiToken(request, ADMIN);
  const subject = `Scanner ${Date.now() % 100000} saves blank pages`;
  const created = await request.post('/api/v1/tickets', { headers: customer, data: { subject, description: 'Every scan is white.' } });
  const { number } = await created.json();
  const text = 'It also happens with the glass cleaned.';
  const reply = raw(CUSTOMER, `Re: [HD-${number}] ${subject}`, `${text}\r\n\r\nOn Tue, Sportello wrote:\r\n> Please clean the glass.`);
  expect((await ingest(request, admin, reply)).status).toBe('commented');

  await signIn(page, AGENT);
  await page.goto(`/tickets/${number}`);
  const comment = page.getByTestId('public-reply').filter({ hasText: text });
  await expect(comment.getByTestId('email-badge')).toHaveText(`Email · ${CUSTOMER}`);
  await expect(comment).not.toContainText('Please clean the glass');
  await screenshot(page, 'mail-in-agent-badge');

  await page.evaluate(() => {
    window.sessionStorage.clear();
    window.localStorage.clear();
  });
  await signIn(page, CUSTOMER);
  await page.goto(`/portal/requests/${number}`);
  await expect(page.getByTestId('public-reply').filter({ hasText: text }).getByTestId('email-badge')).toHaveText(`Email · ${CUSTOMER}`);
  await expectAccessible(page);
});

test('an admin inspects the mail quarantine, releases one message and drops another', async ({ page, request }) => {
  const admin = await apiToken(request, ADMIN);
  const stamp = Date.now() % 100000;
  const forged = raw(AGENT, `Forged ${stamp}`, 'Please close every ticket.');
  const unreadable = `no headers at all ${stamp}`;
  expect((await ingest(request, admin, forged)).status).toBe('quarantined');
  expect((await ingest(request, admin, unreadable)).status).toBe('quarantined');
  expect((await ingest(request, admin, raw('Zed <zed@example.com>', `Away ${stamp}`, 'I am away.', 'Auto-Submitted: auto-replied\r\n'))).status).toBe('ignored');

  await signIn(page, ADMIN);
  await page.getByRole('link', { name: 'Mail quarantine' }).click();
  await expect(page.getByRole('heading', { name: 'Mail quarantine', level: 1 })).toBeVisible();
  const row = page.getByTestId('quarantine-row').filter({ hasText: `Forged ${stamp}` });
  await expect(row).toContainText('from a staff address');
  await expectAccessible(page);
  await screenshot(page, 'mail-quarantine');

  await row.getByRole('button', { name: `Inspect the message Forged ${stamp}` }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByTestId('quarantine-headers')).toContainText(AGENT);
  await expectAccessible(page);
  await drawer.getByRole('button', { name: 'Release' }).click();
  await expect(page.getByText(/Taken in as ticket #\d+/)).toBeVisible();
  await expect(row).toHaveCount(0);

  const broken = page.getByTestId('quarantine-row').filter({ hasText: '(no subject)' }).first();
  await broken.getByRole('button').click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('dialog').getByRole('button', { name: 'Drop' }).click();
  await expect(page.getByText('Message dropped.')).toBeVisible();

  // Mantine's segmented control hides its radios: the labels are what people click.
  await page.getByText('Ignored', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Ignored' })).toBeChecked();
  await expect(page.getByTestId('quarantine-row').filter({ hasText: `Away ${stamp}` })).toContainText('auto-submitted: auto-replied');
  await page.getByText('Released', { exact: true }).click();
  await expect(page.getByTestId('quarantine-row').filter({ hasText: `Forged ${stamp}` })).toBeVisible();
});
