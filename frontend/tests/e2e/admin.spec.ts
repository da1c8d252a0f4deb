import { expect, test } from './desk';
import { ADMIN, expectAccessible, screenshot, signIn } from './helpers';

test('an admin reaches every administration screen', async ({ page }) => {
  await signIn(page, ADMIN);
  for (const [link, heading] of [
    ['Users and roles', 'Users and roles'],
    ['Organizations', 'Organizations'],
    ['Teams', 'Teams'],
    ['Categories', 'Categories'],
    ['Priority matrix', 'Priority matrix'],
  ]) {
    await page.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  }
  await expect(page.getByLabel('Priority for impact High and urgency High').first()).toHaveValue('Critical');
  await screenshot(page, 'admin-priority');
  await page.getByRole('link', { name: 'Teams' }).click();
  await expect(page.getByText('Service Desk')).toBeVisible();
  await screenshot(page, 'admin-teams');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'API tokens' }).first().click();
  await page.getByLabel('Name').fill('Monitoring');
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByText('Copy it now')).toBeVisible();
});

test('the sign-in page is accessible', async ({ page }) => {
  await page.goto('/sign-in');
  await screenshot(page, 'sign-in');
  await expectAccessible(page);
});
