import { expect, test } from './desk';
import { ADMIN, AGENT, CUSTOMER, expectAccessible, screenshot, signIn } from './helpers';

test('an agent gives a token only the scopes chosen, among those the role allows', async ({ page, request }) => {
  await signIn(page, AGENT);
  await page.goto('/account/tokens');
  const scopes = page.getByTestId('token-scopes');
  await expect(scopes.getByRole('checkbox')).toHaveCount(8);
  await expect(scopes.getByRole('checkbox', { name: /^admin/ })).toHaveCount(0);
  // The read scopes come checked, as the API's default.
  await expect(scopes.getByRole('checkbox', { name: /^tickets:read/ })).toBeChecked();
  await expect(scopes.getByRole('checkbox', { name: /^tickets:write/ })).not.toBeChecked();
  for (const name of [/^kb:read/, /^directory:read/, /^reports:read/]) await scopes.getByRole('checkbox', { name }).uncheck();
  await screenshot(page, 'tokens-scopes');
  await expectAccessible(page);

  await page.getByLabel('Name').fill('Queue dashboard');
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByText('Copy it now')).toBeVisible();
  const secret = (await page.locator('code').filter({ hasText: /^spp_/ }).textContent()) ?? '';
  const row = page.getByRole('row', { name: /Queue dashboard/ });
  await expect(row.getByText('tickets:read', { exact: true })).toBeVisible();
  await expect(row.getByText('kb:read', { exact: true })).toHaveCount(0);

  // The token reads tickets and nothing else.
  const headers = { Authorization: `Bearer ${secret}` };
  expect((await request.get('/api/v1/tickets', { headers })).status()).toBe(200);
  const refused = await request.post('/api/v1/tickets', { headers, data: { subject: 'From a dashboard' } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).detail).toContain('tickets:write');
  expect((await request.get('/api/v1/articles', { headers })).status()).toBe(403);

  // The form starts over from the read scopes; with nothing chosen, nothing to create.
  await expect(scopes.getByRole('checkbox', { name: /^kb:read/ })).toBeChecked();
  await page.getByLabel('Name').fill('Empty');
  for (const box of await scopes.getByRole('checkbox').all()) await box.uncheck();
  await expect(page.getByRole('button', { name: 'Create token' })).toBeDisabled();
});

test('a customer reaches the tokens screen from the portal and is offered no staff scope', async ({ page }) => {
  await signIn(page, CUSTOMER);
  await page.getByRole('link', { name: 'API tokens' }).first().click();
  await expect(page).toHaveURL(/\/portal\/tokens$/);
  const scopes = page.getByTestId('token-scopes');
  await expect(scopes.getByRole('checkbox')).toHaveCount(6);
  await expect(scopes.getByRole('checkbox', { name: /^reports:read/ })).toHaveCount(0);
  await expect(scopes.getByRole('checkbox', { name: /^directory:write/ })).toHaveCount(0);
  await expectAccessible(page);
});

test('an administrator is offered every scope, admin unchecked', async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto('/account/tokens');
  const scopes = page.getByTestId('token-scopes');
  await expect(scopes.getByRole('checkbox')).toHaveCount(9);
  await expect(scopes.getByRole('checkbox', { name: /^admin/ })).not.toBeChecked();
});
