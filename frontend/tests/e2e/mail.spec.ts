import { expect, test, type Desk } from './desk';
import { ADMIN, AGENT, CUSTOMER, apiToken, expectAccessible, screenshot, signIn } from './helpers';

test.describe.configure({ mode: 'serial' });

const stamp = Date.now();

/** The token a resolution mail would carry (signed with the e2e server's own key). */
function resolutionToken(desk: Desk, number: number): string {
  const script = [
    'import sys',
    'from sqlalchemy import select',
    'import api.db.registry  # noqa',
    'from api.core.config import get_settings',
    'from api.db.session import Database, transaction',
    'from api.mail.links import resolution_token',
    'from api.ticket.models import Ticket',
    's = get_settings()',
    'with transaction(Database.connect(s)) as session:',
    '    t = session.scalar(select(Ticket).where(Ticket.number == int(sys.argv[1])))',
    '    print(resolution_token(t.id, t.resolved_at, s))',
  ].join('\n');
  return desk.python(script, String(number));
}

test('a customer chooses the language and the kinds of their email', async ({ page }) => {
  await signIn(page, CUSTOMER);
  await page.goto('/portal/notifications');
  await expect(page.getByRole('heading', { name: 'Notifications' })).toBeVisible();
  await expect(page.getByTestId('mail-kind-sla_breach')).toHaveCount(0);
  await page.getByTestId('mail-language').click();
  await page.getByRole('option', { name: 'Italiano' }).click();
  await page.getByLabel('Your request was received').uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Your preferences are saved.')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'mail-preferences');
  await page.reload();
  await expect(page.getByTestId('mail-language')).toHaveValue('Italiano');
  await expect(page.getByLabel('Your request was received')).not.toBeChecked();
  await expect(page.getByLabel('Replies to your requests')).toBeChecked();
});

test('an administrator sends a test mail and hears what the server said', async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto('/admin/mail');
  await page.getByRole('button', { name: 'Send a test mail' }).click();
  // The e2e desk has no SMTP server: the page says so rather than pretending.
  await expect(page.getByTestId('mail-test-result')).toContainText('was not sent');
  await expect(page.getByTestId('mail-test-result')).toContainText('SPORTELLO_SMTP_HOST');
  await expectAccessible(page);
});

test('the requester confirms a resolution from the link of its mail', async ({ page, request, desk }) => {
  const customer = await apiToken(request, CUSTOMER);
  const agent = await apiToken(request, AGENT);
  const created = await request.post('/api/v1/tickets', {
    headers: { Authorization: `Bearer ${customer}` },
    data: { subject: `Projector shows no image ${stamp}`, description: 'Meeting room 2.' },
  });
  expect(created.status()).toBe(201);
  const number = (await created.json()).number as number;
  const resolved = await request.patch(`/api/v1/tickets/${number}`, {
    headers: { Authorization: `Bearer ${agent}` },
    data: { status: 'resolved', resolution: 'Replaced the HDMI cable.' },
  });
  expect(resolved.status()).toBe(200);
  const token = resolutionToken(desk, number);

  await page.goto(`/resolution?token=${encodeURIComponent(token)}&answer=confirm`);
  await expect(page.getByTestId('resolution-reference')).toHaveText(`HD-${number}`);
  // Opening the page changed nothing.
  const before = await request.get(`/api/v1/tickets/${number}`, { headers: { Authorization: `Bearer ${customer}` } });
  expect((await before.json()).status).toBe('resolved');
  await expectAccessible(page);
  await screenshot(page, 'mail-resolution');
  await page.getByRole('button', { name: 'Yes, close my request' }).click();
  await expect(page.getByTestId('resolution-done')).toContainText('closed');
  const after = await request.get(`/api/v1/tickets/${number}`, { headers: { Authorization: `Bearer ${customer}` } });
  expect((await after.json()).status).toBe('closed');

  await page.goto(`/resolution?token=${encodeURIComponent(token)}`);
  await expect(page.getByTestId('resolution-answered')).toBeVisible();
  await page.goto('/resolution?token=forged');
  await expect(page.getByTestId('resolution-invalid')).toContainText('not valid');
});
