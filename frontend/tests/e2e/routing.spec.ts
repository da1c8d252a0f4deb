import { expect, test } from './desk';
import { ADMIN, AGENT, CUSTOMER, apiToken, expectAccessible, screenshot, signIn } from './helpers';

test('an admin writes a routing rule and a new ticket routes itself to the team and its agent', async ({ page, request }) => {
  await signIn(page, ADMIN);
  await page.getByRole('link', { name: 'Routing' }).click();
  await expect(page.getByRole('heading', { name: 'Routing', level: 1 })).toBeVisible();
  // The demo's rules come first; a new rule goes after them.
  await expect(page.getByTestId('routing-rule-row').first()).toContainText('Outages jump the queue');
  await expect(page.getByTestId('routing-rule-row').filter({ hasText: 'Network problems to Network' })).toContainText('Team: Network');

  // Telephony hands its tickets out in turn (it has one agent: Tomás Navarro).
  await page.getByRole('textbox', { name: 'Strategy of Telephony' }).click();
  await page.getByRole('option', { name: 'Round-robin' }).click();
  await expect(page.getByRole('textbox', { name: 'Strategy of Telephony' })).toHaveValue('Round-robin');

  await page.getByRole('button', { name: 'Add rule' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Rule name').fill('Fax machines to Telephony');
  // A rule that does nothing is refused, and the form says why next to the actions.
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByTestId('actions-error')).toContainText('set a team');
  const words = dialog.getByLabel('Words in the subject or description');
  await words.fill('fax');
  await words.press('Enter');
  await dialog.getByLabel('Team', { exact: true }).click();
  await page.getByRole('option', { name: 'Telephony' }).click();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('routing-rule-row').filter({ hasText: 'Fax machines to Telephony' });
  await expect(row).toContainText('Team: Telephony');
  await expect(page.getByTestId('routing-rule-row').last()).toContainText('Fax machines to Telephony');
  await screenshot(page, 'admin-routing', true);
  await expectAccessible(page);

  // A customer opens a ticket that mentions a fax.
  const token = await apiToken(request, CUSTOMER);
  const created = await request.post('/api/v1/tickets', {
    headers: { Authorization: `Bearer ${token}` },
    data: { subject: 'The fax in room 12 jams', description: 'Every second page.' },
  });
  expect(created.status()).toBe(201);
  const { number } = (await created.json()) as { number: number };

  await page.goto(`/tickets/${number}`);
  const sidebar = page.getByRole('region', { name: 'Details' });
  await expect(sidebar.getByText('Telephony', { exact: true })).toBeVisible();
  await expect(sidebar.getByText('Tomás Navarro')).toBeVisible();
  // The history says routing did it, and which rule.
  await expect(page.getByText('Routed to Tomás Navarro (Telephony)')).toBeVisible();
  await expect(page.getByTestId('routing-rule').first()).toContainText('Fax machines to Telephony');
  await screenshot(page, 'ticket-routed');
  await expectAccessible(page);
});

test('an agent sets themselves away and back from the header', async ({ page }) => {
  await signIn(page, AGENT);
  const toggle = page.getByTestId('availability-toggle');
  await expect(toggle).toHaveText('Available');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveText('Away');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByTestId('availability-toggle')).toHaveText('Away');
  await page.getByTestId('availability-toggle').click();
  await expect(page.getByTestId('availability-toggle')).toHaveText('Available');
});
