import { expect, test } from './desk';
import { apiToken, CUSTOMER, expectAccessible, screenshot, signIn } from './helpers';

const SUPERVISOR = 'supervisor@sportello.demo';

test('a supervisor sets a service level and the queue and the ticket show it', async ({ page, request }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const calendarName = `Round the clock ${stamp}`;
  const policyName = `Questions ${stamp}`;
  await signIn(page, SUPERVISOR);
  await page.getByRole('link', { name: 'Service levels' }).click();
  await expect(page.getByRole('heading', { name: 'Service levels', level: 1 })).toBeVisible();
  await expect(page.getByTestId('sla-policy').filter({ hasText: 'Standard' })).toBeVisible();

  // A calendar open every hour of the week; a backwards interval is refused next to its day.
  await page.getByRole('button', { name: 'New calendar' }).click();
  const calendarForm = page.getByRole('dialog');
  await calendarForm.getByLabel('Name').fill(calendarName);
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
    await calendarForm.getByLabel(day).fill('00:00-24:00');
  }
  await calendarForm.getByLabel('Monday').fill('18:00-09:00');
  await calendarForm.getByRole('button', { name: 'Save' }).click();
  await expect(calendarForm.getByText('open hours need 00:00 <= start < end <= 24:00')).toBeVisible();
  await expect(calendarForm.getByLabel('Monday')).toHaveAttribute('aria-invalid', 'true');
  await calendarForm.getByLabel('Monday').fill('00:00-24:00');
  await calendarForm.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('sla-calendar').filter({ hasText: calendarName })).toBeVisible();

  // A policy for questions on it; a zero target is refused next to its cell.
  await page.getByRole('button', { name: 'New policy' }).click();
  const policyForm = page.getByRole('dialog');
  await policyForm.getByLabel('Name').fill(policyName);
  await policyForm.getByRole('textbox', { name: 'Calendar' }).click();
  await page.getByRole('option', { name: calendarName }).click();
  const firstReply = policyForm.getByLabel('First reply target for Medium priority, in hours');
  await firstReply.fill('0');
  await policyForm.getByLabel('Resolution target for Medium priority, in hours').fill('8');
  await policyForm.getByRole('textbox', { name: 'Ticket types' }).click();
  await page.getByRole('option', { name: 'Question' }).click();
  await policyForm.getByRole('button', { name: 'Save' }).click();
  await expect(policyForm.getByText('must be positive')).toBeVisible();
  await firstReply.fill('2');
  await policyForm.getByRole('button', { name: 'Save' }).click();
  const card = page.getByTestId('sla-policy').filter({ hasText: policyName });
  await expect(card).toBeVisible();
  // First match wins: put it before the catch-all Standard policy.
  await card.getByRole('button', { name: `Move ${policyName} up` }).click();
  await expect(page.getByTestId('sla-policy').first()).toContainText(policyName);
  await screenshot(page, 'sla-admin');
  await expectAccessible(page);

  // A customer asks a question: it gets the new policy.
  const token = await apiToken(request, CUSTOMER);
  const subject = `How do I share a calendar ${stamp}`;
  const created = await request.post('/api/v1/tickets', {
    headers: { Authorization: `Bearer ${token}` },
    data: { subject, description: 'Outlook asks for a permission level.', type: 'question' },
  });
  expect(created.status()).toBe(201);
  const ticket = await created.json();

  await page.goto(`/queue/open?sort=sla_due_at&q=${encodeURIComponent('share calendar')}`);
  const row = page.getByTestId('queue-row').filter({ hasText: subject });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('sla-badge')).toHaveText(/Due in (1 h 5\d|2 h)/);
  await expect(page.getByRole('textbox', { name: 'Sort order' })).toHaveValue('Next SLA deadline first');
  await screenshot(page, 'sla-queue');
  await expectAccessible(page);

  await row.click();
  await expect(page).toHaveURL(new RegExp(`/tickets/${ticket.number}$`));
  const report = page.getByTestId('sla-report');
  await expect(report).toContainText(`Policy ${policyName} v1, counted in business hours (${calendarName}, Europe/Rome).`);
  await expect(report.getByTestId('sla-instance').filter({ hasText: 'First reply' })).toContainText(/First reply due in (1 h 5\d min|2 h)/);
  await screenshot(page, 'sla-ticket');
  await expectAccessible(page);
});
