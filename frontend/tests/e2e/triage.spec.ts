import { expect, test, type APIRequestContext } from './desk';
import { AGENT, CUSTOMER, apiToken, expectAccessible, screenshot, signIn, withoutLiveUpdates } from './helpers';

async function categoryId(request: APIRequestContext, auth: Record<string, string>, name: string): Promise<number> {
  const { items } = await (await request.get('/api/v1/categories', { headers: auth })).json();
  return (items as { id: number; name: string }[]).find((c) => c.name === name)!.id;
}

test('an agent triages a misfiled ticket and the history shows each change', async ({ page, request }) => {
  // The customer filed a Wi-Fi problem as a printer problem, low on both counts.
  const customer = { Authorization: `Bearer ${await apiToken(request, CUSTOMER)}` };
  const printer = await categoryId(request, customer, 'Printer');
  const created = await request.post('/api/v1/tickets', {
    headers: customer,
    data: {
      subject: 'Cannot reach the shared drive from room 2.14',
      category_id: printer,
      details: { printer_model: 'none' },
      impact: 'low',
      urgency: 'low',
    },
  });
  expect(created.ok()).toBeTruthy();
  const number = (await created.json()).number as number;

  await withoutLiveUpdates(page);
  await signIn(page, AGENT);
  await page.goto(`/tickets/${number}`);
  await expect(page.getByRole('heading', { name: 'Cannot reach the shared drive from room 2.14' })).toBeVisible();
  await page.getByTestId('triage-edit').click();
  const form = page.getByTestId('triage-form');
  await expect(form).toBeVisible();

  await form.getByTestId('triage-category').click();
  await page.getByRole('option', { name: 'Network and Wi-Fi' }).click();
  await form.locator('[data-field=room]').fill('2.14');
  await form.getByTestId('triage-impact').getByText('High').click();
  await expect(form.getByTestId('triage-priority')).toContainText('Medium');
  await form.getByTestId('triage-urgency').getByText('High').click();
  await expect(form.getByTestId('triage-priority')).toContainText('Critical');
  const tags = form.getByRole('textbox', { name: 'Tags' });
  await tags.fill('network');
  await tags.press('Enter');
  await tags.fill('misfiled');
  await tags.press('Enter');
  await screenshot(page, 'agent-triage');
  await expectAccessible(page);

  // Someone else touches the ticket first: the save is refused, and the edit stays on screen.
  const agent = { Authorization: `Bearer ${await apiToken(request, AGENT)}` };
  expect((await request.patch(`/api/v1/tickets/${number}`, { headers: agent, data: { subject: 'Shared drive unreachable from room 2.14' } })).ok()).toBeTruthy();
  await form.getByTestId('triage-save').click();
  await expect(page.getByTestId('conflict')).toContainText('Someone else changed this ticket');
  await expect(form.getByTestId('triage-stale')).toBeVisible();
  await expect(form.locator('[data-field=room]')).toHaveValue('2.14');
  await expect(form.getByTestId('triage-priority')).toContainText('Critical');
  await page.getByTestId('conflict-reload').click();
  await expect(page.getByRole('heading', { name: 'Shared drive unreachable from room 2.14' })).toBeVisible();
  await form.getByTestId('triage-save').click();
  await expect(form).toHaveCount(0);

  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('Network and Wi-Fi');
  await expect(details).toContainText('2.14');
  await expect(details).toContainText('misfiled');
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toContainText('changed the category from Printer to Network and Wi-Fi');
  await expect(timeline).toContainText('changed the impact from Low to High');
  await expect(timeline).toContainText('changed the urgency from Low to High');
  await expect(timeline).toContainText('changed the priority from Low to Critical');
  await expect(timeline).toContainText('changed the tags from none to misfiled, network');
  await expect(timeline).toContainText('changed the details');
});

test('a draft survives the page refreshing the ticket, and is saved only onto the version the agent saw', async ({ page, request }) => {
  const customer = { Authorization: `Bearer ${await apiToken(request, CUSTOMER)}` };
  const printer = await categoryId(request, customer, 'Printer');
  const created = await request.post('/api/v1/tickets', {
    headers: customer,
    data: { subject: 'Plotter in room 3.02 prints nothing', category_id: printer, details: { printer_model: 'HP T650' }, impact: 'low', urgency: 'low' },
  });
  expect(created.ok()).toBeTruthy();
  const number = (await created.json()).number as number;

  // The live stream stays open here: the page hears of the other change and refreshes the ticket.
  await signIn(page, AGENT);
  const streaming = page.waitForResponse((r) => r.url().includes('/api/v1/events/stream?'));
  await page.goto(`/tickets/${number}`);
  await expect(page.getByRole('heading', { name: 'Plotter in room 3.02 prints nothing' })).toBeVisible();
  await streaming;
  await page.getByTestId('triage-edit').click();
  const form = page.getByTestId('triage-form');
  await form.getByTestId('triage-category').click();
  await page.getByRole('option', { name: 'Network and Wi-Fi' }).click();
  await form.locator('[data-field=room]').fill('3.02');
  await form.getByTestId('triage-urgency').getByText('High').click();

  // Someone else renames the ticket; the refresh this brings fails once (the server busy).
  let refused = false;
  await page.route(new RegExp(`/api/v1/tickets/${number}$`), (route) => {
    if (route.request().method() !== 'GET' || refused) return route.fallback();
    refused = true;
    return route.fulfill({ status: 429, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Too Many Requests', status: 429 }) });
  });
  const agent = { Authorization: `Bearer ${await apiToken(request, AGENT)}` };
  expect((await request.patch(`/api/v1/tickets/${number}`, { headers: agent, data: { subject: 'Plotter in room 3.02 prints blank sheets' } })).ok()).toBeTruthy();
  await expect(page.getByRole('alert').filter({ hasText: 'Too many attempts' })).toBeVisible({ timeout: 15_000 });
  await expect(form.locator('[data-field=room]')).toHaveValue('3.02');

  // The next refresh brings their change: the draft stays, and the form says the ticket moved on.
  await page.getByRole('button', { name: 'Try again', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Plotter in room 3.02 prints blank sheets' })).toBeVisible();
  await expect(form.getByTestId('triage-stale')).toContainText('changed after you opened this form');
  await expect(form.locator('[data-field=room]')).toHaveValue('3.02');

  // Saving answers to the version the draft began on: refused, nothing lost.
  await form.getByTestId('triage-save').click();
  await expect(page.getByTestId('conflict')).toContainText('Someone else changed this ticket');
  await expect(form.getByTestId('triage-stale')).toContainText('nothing was saved');
  await expect(form.locator('[data-field=room]')).toHaveValue('3.02');

  // Reloaded, the draft moves onto their version and goes through.
  await page.getByTestId('conflict-reload').click();
  await expect(form.getByTestId('triage-stale')).toHaveCount(0);
  await form.getByTestId('triage-save').click();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Network and Wi-Fi');
  await expect(page.getByTestId('timeline')).toContainText('changed the urgency from Low to High');
});

test('the directory finds a customer by organization and shows their tickets', async ({ page }) => {
  await signIn(page, AGENT);
  await page.getByTestId('nav-customers').click();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await page.getByTestId('directory-search').fill('verona');
  const results = page.getByTestId('directory-results');
  await expect(results).toContainText('Giulia Bianchi');
  await expect(results).not.toContainText('Lucía García');
  await expectAccessible(page);
  await page.getByTestId('directory-search').fill('giulia');
  await expect(results.getByRole('row')).toHaveCount(2);
  await results.getByRole('link', { name: 'Giulia Bianchi' }).click();

  await expect(page.getByRole('heading', { name: 'Giulia Bianchi' })).toBeVisible();
  await expect(page.getByTestId('customer-card')).toContainText('giulia.bianchi@sportello.demo');
  await expect(page.getByTestId('customer-card')).toContainText('Comune di Verona');
  await expect(page.getByTestId('customer-tickets').getByRole('link').first()).toBeVisible();
  await screenshot(page, 'agent-customer');
  await expectAccessible(page);
  await page.getByTestId('customer-tickets').getByRole('link').first().click();
  await expect(page.getByTestId('requester-card')).toContainText('Giulia Bianchi');

  // From her page, a new ticket starts with her as the caller.
  await page.goBack();
  await page.getByTestId('customer-new-ticket').click();
  await expect(page.getByTestId('requester-chosen')).toContainText('Giulia Bianchi');
});

test('a customer attaches files while opening a request; a refused one says why', async ({ page }) => {
  await signIn(page, CUSTOMER);
  await page.goto('/portal/new');
  await page.getByTestId('subject').fill('Scanner saves blank pages');
  await page.getByTestId('description').fill('See the scan attached.');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('attach-files').click();
  await (await chooser).setFiles([
    { name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from('a blank page, as scanned') },
    { name: 'huge-scan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 1) },
  ]);
  await expect(page.getByTestId('pending-file')).toHaveCount(2);
  await expectAccessible(page);
  await page.getByTestId('create-ticket').click();

  // The small file goes in; the one over the limit is refused in the server's words.
  await expect(page.getByTestId('files-refused')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[data-testid=pending-file][data-state=done]')).toContainText('scan.txt');
  await expect(page.locator('[data-testid=pending-file][data-state=failed]')).toContainText('at most 10485760 bytes');
  await expectAccessible(page);
  await page.getByTestId('open-created').click();
  await expect(page).toHaveURL(/\/portal\/requests\/\d+$/);
  await expect(page.getByText('scan.txt').first()).toBeVisible();
  await expect(page.getByText('huge-scan.pdf')).toHaveCount(0);
});

test('the deflection report and the comparison of two revisions are accessible', async ({ page, request }) => {
  const agent = { Authorization: `Bearer ${await apiToken(request, AGENT)}` };
  const created = await request.post('/api/v1/articles', {
    headers: agent,
    data: { title: 'Map a network drive', body: 'Open Explorer.\nPick the letter.', language: 'en' },
  });
  expect(created.ok()).toBeTruthy();
  const article = await created.json();
  const etag = created.headers()['etag'];
  const edited = await request.patch(`/api/v1/articles/${article.id}`, {
    headers: { ...agent, 'If-Match': etag },
    data: { body: 'Open Explorer.\nPick the letter Z.', title: 'Map the shared drive' },
  });
  expect(edited.ok()).toBeTruthy();

  await signIn(page, AGENT);
  await page.goto(`/kb/${article.id}`);
  await page.getByTestId('compare-revisions').click();
  await expect(page.getByRole('heading', { name: 'Compare revisions of “Map the shared drive”' })).toBeVisible();
  await expect(page.getByTestId('compare-field-changes')).toContainText('Map a network drive');
  const diff = page.getByTestId('compare-diff');
  await expect(diff.locator('tr[data-kind=removed]')).toContainText('Pick the letter.');
  await expect(diff.locator('tr[data-kind=added]')).toContainText('Pick the letter Z.');
  await expect(page.getByTestId('compare-stats')).toContainText('Lines added: 1 · removed: 1');
  await screenshot(page, 'agent-compare-revisions');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Deflection report' }).click();
  await expect(page.getByRole('heading', { name: 'Deflection report' })).toBeVisible();
  await expect(page.getByTestId('deflection-answered')).toBeVisible();
  await page.getByText('All time').click();
  await screenshot(page, 'agent-deflection-report');
  await expectAccessible(page);
});
