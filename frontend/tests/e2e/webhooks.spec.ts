import { expect, test } from './desk';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN, expectAccessible, screenshot, signIn } from './helpers';

type Received = { headers: IncomingHttpHeaders; body: string };

/** A real receiver: answers 500 to its first request, 200 after, and keeps what came. */
async function receiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(received.length === 1 ? 500 : 200, { 'Content-Type': 'text/plain' });
      response.end(received.length === 1 ? 'down for a moment' : 'ok');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/hooks/${Date.now()}`, received };
}

function signatureValid(secret: string, header: string, body: string): boolean {
  const [t, v1] = header.split(',').map((part) => part.split('=')[1]);
  return createHmac('sha256', secret).update(`${t}.${body}`).digest('hex') === v1;
}

test('an admin adds a webhook, sees its secret once, follows a failed then delivered test event and redelivers it', async ({ page }) => {
  test.setTimeout(90_000);
  const hook = await receiver();
  try {
    await signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();

    const url = page.getByLabel('Payload URL');
    await url.fill('ftp://files.example.com/drop');
    await page.getByRole('button', { name: 'Add webhook' }).click();
    await expect(page.getByRole('alert')).toContainText('http:// or https://');

    await url.fill(hook.url);
    await page.getByLabel('Description').fill('Chat room');
    await page.getByRole('checkbox', { name: 'Public comment added' }).check();
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const secret = (await page.getByTestId('webhook-secret').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);
    await expectAccessible(page);
    await screenshot(page, 'webhooks-created');

    await page.getByRole('link', { name: hook.url }).click();
    await expect(page.getByRole('heading', { name: hook.url, level: 1 })).toBeVisible();
    await expect(page.getByText(secret)).toHaveCount(0); // never shown again
    await page.getByRole('button', { name: 'Send test event' }).click();
    await expect(page.getByText('Test event queued')).toBeVisible();

    // The first attempt gets a 500; the retry, a second later, a 200. The log refreshes itself.
    const deliveries = page.getByTestId('webhook-deliveries');
    const row = deliveries.getByRole('row').filter({ hasText: 'Test event' });
    await expect(row).toContainText('Delivered', { timeout: 20_000 });
    await expect(row.getByRole('cell').nth(3)).toHaveText('2');
    expect(hook.received).toHaveLength(2);
    for (const request of hook.received) {
      expect(signatureValid(secret, String(request.headers['sportello-signature']), request.body)).toBe(true);
    }
    const eventId = JSON.parse(hook.received[0].body).id as string;
    expect(hook.received[1].headers['sportello-event-id']).toBe(eventId);

    await row.getByRole('button', { name: 'Details' }).click();
    const attempts = page.getByTestId('webhook-attempts');
    await expect(attempts.getByRole('row')).toHaveCount(3);
    await expect(attempts).toContainText('500');
    await expect(attempts).toContainText('200');
    await expect(page.getByRole('dialog')).toContainText(eventId);
    await expectAccessible(page);
    await screenshot(page, 'webhook-delivery');
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await row.getByRole('button', { name: 'Redeliver' }).click();
    await expect(page.getByText('Delivery queued again')).toBeVisible();
    await expect.poll(() => hook.received.length, { timeout: 15_000 }).toBe(3);
    expect(hook.received[2].headers['sportello-event-id']).toBe(eventId);
    await expect(row.getByRole('cell').nth(3)).toHaveText('3', { timeout: 15_000 });
    await expect(row).toContainText('Delivered');

    await page.getByRole('checkbox', { name: 'SLA breached' }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Saved')).toBeVisible();
    await page.getByRole('button', { name: 'Turn off' }).click();
    await expect(page.getByText('This webhook is disabled')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send test event' })).toBeDisabled();
    await page.getByRole('button', { name: 'Turn on' }).click();
    await expect(page.getByText('This webhook is disabled')).toHaveCount(0);
  } finally {
    hook.server.close();
  }
});
