import { expect, test } from './desk';
import { ADMIN, AGENT, apiToken, expectAccessible, screenshot, signIn } from './helpers';

test('an agent sees a notification for a ticket assigned to them and marks it read', async ({ page, request }) => {
  const admin = { Authorization: `Bearer ${await apiToken(request, ADMIN)}` };
  const agent = { Authorization: `Bearer ${await apiToken(request, AGENT)}` };
  const me = await (await request.get('/api/v1/users/me', { headers: agent })).json();
  const teams = (await (await request.get('/api/v1/teams', { headers: admin })).json()).items as { id: number; member_ids: number[] }[];
  const team = teams.find((x) => x.member_ids.includes(me.id));
  expect(team).toBeTruthy();
  const subject = `Projector in room ${Date.now() % 100000} shows no signal`;
  const created = await request.post('/api/v1/tickets', { headers: admin, data: { subject, description: 'Tried two cables.' } });
  expect(created.ok()).toBeTruthy();
  const { number } = await created.json();
  const assigned = await request.put(`/api/v1/tickets/${number}/assignment`, { headers: admin, data: { team_id: team!.id, agent_id: me.id } });
  expect(assigned.ok()).toBeTruthy();
  const { unread_count: unread } = await (await request.get('/api/v1/notifications', { headers: agent })).json();
  expect(unread).toBeGreaterThan(0);

  await signIn(page, AGENT);
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAccessibleName(`Notifications, ${unread} unread`);
  await bell.click();
  const text = `Assigned to you: ${subject}`;
  await expect(page.getByRole('link', { name: text })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'notifications');
  await page.getByRole('button', { name: `Mark read: ${text}` }).click();
  await expect(page.getByRole('button', { name: `Mark read: ${text}` })).toHaveCount(0);
  await expect(bell).toHaveAccessibleName(`Notifications, ${unread - 1} unread`);
  await page.getByRole('link', { name: text }).click();
  await expect(page).toHaveURL(new RegExp(`/tickets/${number}$`));
});

test('an admin adds an escalation rule, with errors shown next to the fields', async ({ page }) => {
  await signIn(page, ADMIN);
  await page.getByRole('link', { name: 'Escalation rules' }).click();
  await expect(page.getByRole('heading', { name: 'Escalation rules', level: 1 })).toBeVisible();
  // The demo's rules are there already.
  await expect(page.getByRole('listitem').filter({ hasText: 'Critical resolution overdue: next tier' })).toContainText('Reassign to the next tier');
  await page.getByRole('button', { name: 'Add rule' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  // The API's 422 names the fields; each message sits under its field.
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('List should have at least 1 item', { exact: false })).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Breached first reply');
  await dialog.getByRole('checkbox', { name: "Notify the team's supervisor" }).check();
  await dialog.getByRole('checkbox', { name: 'Reassign to the next tier' }).check();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  const rule = page.getByRole('listitem').filter({ hasText: 'Breached first reply' });
  await expect(rule).toContainText('SLA breach');
  await expect(rule).toContainText("Notify the team's supervisor, Reassign to the next tier");
  await screenshot(page, 'escalation-rules');
  await expectAccessible(page);
});

test('an admin hands a team to another supervisor', async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto('/admin/teams');
  await expect(page.getByRole('heading', { name: 'Teams', level: 1 })).toBeVisible();
  const edit = page.getByRole('button', { name: 'Edit Service Desk' });
  const card = page.locator('.mantine-Card-root').filter({ has: edit });
  // The demo names Sara Galli supervisor of every team.
  await expect(card).toContainText('Supervisor: Sara Galli');
  await edit.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('textbox', { name: 'Supervisor' })).toHaveValue('Sara Galli (Supervisor)');
  await dialog.getByRole('textbox', { name: 'Supervisor' }).click();
  await page.getByRole('option', { name: 'Ada Admin (Administrator)' }).click();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card).toContainText('Supervisor: Ada Admin');
  // Only the Service Desk changed hands.
  const network = page.locator('.mantine-Card-root').filter({ has: page.getByRole('button', { name: 'Edit Network' }) });
  await expect(network).toContainText('Supervisor: Sara Galli');
});
