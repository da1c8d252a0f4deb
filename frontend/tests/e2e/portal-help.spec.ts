import { expect, test } from './desk';
import { apiToken, CUSTOMER, expectAccessible, screenshot, signIn } from './helpers';

test('a customer searches the help centre, reads an article and marks it helpful', async ({ page, request }) => {
  await signIn(page, CUSTOMER);
  await page.getByRole('link', { name: 'Help' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Help centre' })).toBeVisible();
  await expect(page.getByTestId('help-article').first()).toBeVisible();
  // Customers never see the team's own articles.
  await expect(page.getByText('Switchboard transfer codes (team only)')).toHaveCount(0);
  await screenshot(page, 'portal-help');
  await expectAccessible(page);

  await page.getByTestId('help-search').fill('print queue');
  const results = page.getByTestId('help-results');
  const hit = results.getByRole('link', { name: /Printer error E-502/ });
  await expect(hit).toBeVisible();
  await expect(results.locator('mark').first()).toBeVisible();
  await screenshot(page, 'portal-help-search');
  await expectAccessible(page);

  await hit.click();
  await expect(page.getByRole('heading', { level: 1, name: /Printer error E-502/ })).toBeVisible();
  await expect(page.getByTestId('help-article-body')).toContainText(/queue/i);
  const url = page.url();
  const id = Number(url.split('/').pop());
  const voted = page.waitForResponse((r) => r.url().endsWith(`/api/v1/articles/${id}/vote`) && r.ok());
  await page.getByTestId('helpful').getByRole('button', { name: 'Yes' }).click();
  await voted;
  await expect(page.getByTestId('helpful-thanks')).toHaveText('Glad it helped.');
  await screenshot(page, 'portal-help-article');
  await expectAccessible(page);

  const token = await apiToken(request, CUSTOMER);
  const article = await request.get(`/api/v1/articles/${id}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(((await article.json()) as { helpful_count: number }).helpful_count).toBeGreaterThanOrEqual(1);
});

test('a customer walks a guide to a solution, and another branch opens a prefilled request', async ({ page }) => {
  await signIn(page, CUSTOMER);
  await page.goto('/portal/help');
  await page.getByTestId('help-search').fill('printer does not print');
  await page.getByTestId('help-results').getByRole('link', { name: /My printer does not print/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My printer does not print' })).toBeVisible();
  const walk = page.getByTestId('guide-walk');
  await expect(walk.getByTestId('guide-question')).toContainText("Is the printer's display lit?");
  await expectAccessible(page);

  // Not lit: the solution, and it worked (a deflection).
  await walk.getByRole('button', { name: 'No', exact: true }).click();
  await expect(walk.getByTestId('guide-solution')).toContainText('power button');
  const recorded = page.waitForResponse((r) => r.url().endsWith('/api/v1/deflections') && r.status() === 201);
  await walk.getByRole('button', { name: 'Yes, solved' }).click();
  await recorded;
  await expect(walk.getByTestId('guide-solved')).toBeVisible();
  await screenshot(page, 'portal-guide-solution', true);
  await expectAccessible(page);

  // Lit, no error code, colleagues cannot print either: the guide ends in a request.
  await walk.getByRole('button', { name: 'Start again' }).click();
  await walk.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(walk.getByTestId('guide-question')).toContainText('error code');
  await walk.getByRole('button', { name: 'No', exact: true }).click();
  await expect(walk.getByTestId('guide-question')).toContainText('colleagues');
  await walk.getByRole('button', { name: 'No', exact: true }).click();
  await expect(walk.getByTestId('guide-ticket')).toContainText('technician');
  await walk.getByTestId('guide-request').click();

  await expect(page.getByRole('heading', { level: 1, name: 'New request' })).toBeVisible();
  await expect(page.getByTestId('from-guide')).toBeVisible();
  await expect(page.getByTestId('subject')).toHaveValue('My printer does not print');
  await expect(page.getByTestId('category')).toHaveValue('Printer');
  await screenshot(page, 'portal-guide-request', true);
  await expectAccessible(page);
  await page.getByTestId('description').fill('Second floor, next to the archive.');
  await page.getByLabel('Printer model').fill('HP LaserJet 4250');
  await page.getByTestId('create-ticket').click();
  await expect(page).toHaveURL(/\/portal\/requests\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My printer does not print' })).toBeVisible();
  // The answers given come with the request, so nobody asks them again.
  await expect(page.getByText(/Followed the guide/).first()).toBeVisible();
});
