import { expect, test } from './desk';
import { ADMIN, AGENT, apiToken, CUSTOMER, expectAccessible, screenshot, signIn } from './helpers';

test('an agent finds an article by search and opens it', async ({ page }) => {
  await signIn(page, AGENT);
  await page.getByRole('link', { name: 'Knowledge base' }).click();
  await expect(page.getByRole('heading', { name: 'Knowledge base' })).toBeVisible();
  await screenshot(page, 'kb-browse');
  await expectAccessible(page);

  await page.getByLabel('Search articles').fill('print queue');
  const results = page.getByTestId('kb-results');
  const hit = results.getByRole('link', { name: /Printer error E-502/ });
  await expect(hit).toBeVisible();
  // Matches come highlighted, as text: no markup from the API in the page.
  await expect(results.locator('mark').first()).toBeVisible();
  await screenshot(page, 'kb-search');
  await expectAccessible(page);

  await hit.click();
  await expect(page.getByRole('heading', { level: 1, name: /Printer error E-502/ })).toBeVisible();
  await expect(page.getByTestId('article-body')).toContainText(/queue/i);
  await expect(page.getByTestId('revisions')).toContainText('Revision 1');
  await screenshot(page, 'kb-article');
  await expectAccessible(page);

  // Agents may not leave an article published for customers: the editor says so up front.
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByTestId('publish-role')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();

});

test('an agent writes an article with preview, edits it and restores a revision', async ({ page }) => {
  await signIn(page, AGENT);
  await page.goto('/kb');
  await page.getByRole('link', { name: 'New article' }).click();
  await page.getByLabel('Title').fill('Toner low warning on the second floor');
  await page.getByLabel('Text (markdown)').fill('Replace the **toner** cartridge.');
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByTestId('article-preview').locator('strong')).toHaveText('toner');
  await screenshot(page, 'kb-editor');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toner low warning on the second floor' })).toBeVisible();

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Text (markdown)').fill('## Updated\n\nOrder a new cartridge first.');
  await page.getByLabel('Revision note').fill('Order first');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('article-body').getByRole('heading', { name: 'Updated' })).toBeVisible();
  await expect(page.getByTestId('revisions')).toContainText('Revision 2');
  await page.getByRole('button', { name: 'Restore revision 1' }).click();
  await expect(page.getByTestId('article-body')).not.toContainText('Updated');
  await expect(page.getByTestId('article-body').locator('strong')).toHaveText('toner');
  await expect(page.getByTestId('revisions')).toContainText('Restored from revision 1');
});

test('an agent sees suggestions beside a ticket and links an article as the solution', async ({ page, request }) => {
  const token = await apiToken(request, CUSTOMER);
  const created = await request.post('/api/v1/tickets', {
    headers: { Authorization: `Bearer ${token}` },
    data: { subject: 'Printer jams on every page', description: 'Paper jams on the second floor printer.' },
  });
  expect(created.ok()).toBeTruthy();
  const { number } = (await created.json()) as { number: number };

  await signIn(page, AGENT);
  await page.goto(`/tickets/${number}`);
  const panel = page.getByTestId('kb-suggestions');
  await expect(panel.getByTestId('kb-suggested-article').first()).toBeVisible();
  const article = panel.getByTestId('kb-suggested-article').filter({ hasText: 'Printer jams on every page' });
  await expect(article).toBeVisible();
  await screenshot(page, 'kb-ticket-suggestions', true);
  await expectAccessible(page);

  await article.getByRole('button', { name: /Use as solution/ }).click();
  await expect(panel.getByLabel('Solution used')).toContainText('Printer jams on every page');
});

test('a customer typing a subject sees a suggested article and says whether it solved it', async ({ page }) => {
  await signIn(page, CUSTOMER);
  await page.goto('/portal/new');
  await page.getByTestId('subject').pressSequentially('VPN does not conn', { delay: 20 });
  const suggestions = page.getByTestId('kb-portal-suggestions');
  const hit = suggestions.getByRole('button', { name: /VPN does not connect from home/ });
  await expect(hit).toBeVisible();
  await screenshot(page, 'portal-suggestions');
  await expectAccessible(page);

  await hit.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Did this solve it?')).toBeVisible();
  await screenshot(page, 'portal-suggested-article');
  const recorded = page.waitForResponse((r) => r.url().endsWith('/api/v1/deflections') && r.status() === 201);
  await dialog.getByRole('button', { name: 'Yes, solved' }).click();
  await recorded;
  await expect(page).toHaveURL(/\/portal$/);
});

test('a guide walk reaches a solution, and the other branch opens a ticket', async ({ page }) => {
  await signIn(page, AGENT);
  await page.goto('/kb?kind=guide');
  await page.getByRole('link', { name: 'My printer does not print' }).click();
  const walk = page.getByTestId('guide-walk');
  await expect(walk.getByTestId('guide-question')).toContainText("Is the printer's display lit?");
  await walk.getByRole('button', { name: 'Yes' }).click();
  await expect(walk.getByTestId('guide-question')).toContainText('Does the display show an error code?');
  await walk.getByRole('button', { name: 'Yes' }).click();
  await expect(walk.getByTestId('guide-solution')).toContainText('Clear the print queue');
  await screenshot(page, 'kb-guide-solution', true);
  await expectAccessible(page);

  // Back to the second question: no error code, colleagues cannot print either -> a ticket.
  await walk.getByRole('button', { name: 'Change' }).nth(1).click();
  await walk.getByRole('button', { name: 'No' }).click();
  await expect(walk.getByTestId('guide-question')).toContainText('Can colleagues print on it?');
  await walk.getByRole('button', { name: 'No' }).click();
  await expect(walk.getByTestId('guide-ticket')).toBeVisible();
  await walk.locator('[data-field=printer_model]').fill('HP LaserJet M507');
  await walk.getByRole('button', { name: 'Open a ticket' }).click();
  await expect(page).toHaveURL(/\/tickets\/\d+$/);
  await expect(page.getByRole('heading', { name: 'My printer does not print' })).toBeVisible();
});

test('an active bulletin shows as a banner over the queues', async ({ page, request }) => {
  const token = await apiToken(request, ADMIN);
  const created = await request.post('/api/v1/bulletins', {
    headers: { Authorization: `Bearer ${token}` },
    data: { title: 'Printers on floor 2 offline', message: 'The print server is being replaced. **Back at 14:00.**', service: 'Printing' },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  await signIn(page, AGENT);
  await page.goto('/queue/open');
  await expect(page.getByTestId('bulletins')).toContainText('Printers on floor 2 offline');
  await screenshot(page, 'queue-bulletin');
  await expectAccessible(page);
  const { id } = (await created.json()) as { id: number };
  const etag = (await request.get(`/api/v1/bulletins/${id}`, { headers: { Authorization: `Bearer ${token}` } })).headers().etag;
  await request.post(`/api/v1/bulletins/${id}/resolve`, {
    headers: { Authorization: `Bearer ${token}`, ...(etag ? { 'If-Match': etag } : {}) },
    data: { resolution: 'Back online.' },
  });
});
