import { expect, test, type APIRequestContext } from './desk';
import { AGENT, CUSTOMER, apiToken, expectAccessible, screenshot, signIn } from './helpers';

test.describe.configure({ mode: 'serial' });

const stamp = Date.now();
let survivor = 0;
let duplicate = 0;
let parent = 0;
let child = 0;
let withdrawable = 0;

async function open(request: APIRequestContext, token: string, subject: string): Promise<number> {
  const response = await request.post('/api/v1/tickets', {
    headers: { Authorization: `Bearer ${token}` },
    data: { subject, description: 'Seen from the e2e run.' },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).number as number;
}

test.beforeAll(async ({ request }) => {
  const customer = await apiToken(request, CUSTOMER);
  const agent = await apiToken(request, AGENT);
  survivor = await open(request, customer, `Badge reader at the door refuses cards ${stamp}`);
  duplicate = await open(request, customer, `Door badge does not open ${stamp}`);
  withdrawable = await open(request, customer, `Second monitor flickers ${stamp}`);
  const comment = await request.post(`/api/v1/tickets/${duplicate}/comments`, {
    headers: { Authorization: `Bearer ${customer}` },
    data: { body: `Tried three cards already ${stamp}` },
  });
  expect(comment.status()).toBe(201);
  parent = await open(request, agent, `Move the office to the second floor ${stamp}`);
  child = await open(request, agent, `Move the printers ${stamp}`);
  const link = await request.post(`/api/v1/tickets/${parent}/links`, {
    headers: { Authorization: `Bearer ${agent}` },
    data: { relation: 'child', number: child },
  });
  expect(link.status()).toBe(201);
});

test('two duplicates are merged: the comments move and the duplicate redirects', async ({ page }) => {
  await signIn(page, AGENT);
  await page.goto(`/tickets/${duplicate}`);
  await expect(page.getByText(`Tried three cards already ${stamp}`)).toBeVisible();
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByTestId('merge-open').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('merge-into').fill(String(survivor));
  await page.getByRole('option', { name: new RegExp(`HD-${survivor}`) }).click();
  const preview = dialog.getByTestId('merge-preview');
  await expect(preview).toContainText(`HD-${survivor}`);
  await expect(preview).toContainText('1 comment');
  await expectAccessible(page);
  await screenshot(page, 'merge-dialog');
  await dialog.getByTestId('closure-submit').click();

  await expect(page).toHaveURL(new RegExp(`/tickets/${survivor}$`));
  await expect(page.getByText(`Tried three cards already ${stamp}`)).toBeVisible();
  await expect(page.getByText('Another report of the same issue was merged into this request')).toBeVisible();
  await expect(page.getByTestId('links-panel')).toContainText(`HD-${duplicate}`);

  // The duplicate's own address now leads to the survivor.
  await page.goto(`/tickets/${duplicate}`);
  await expect(page).toHaveURL(new RegExp(`/tickets/${survivor}$`));
  await expect(page.getByTestId('merged-notice')).toContainText(`HD-${duplicate}`);
});

test('a parent with an open child refuses resolution until forced with a reason', async ({ page }) => {
  await signIn(page, AGENT);
  await page.goto(`/tickets/${parent}`);
  await expect(page.getByTestId('links-panel')).toContainText(`HD-${child}`);

  // The plain resolve action is refused by the API, and the status stays.
  await page.getByTestId('action-resolve').click();
  await page.getByTestId('resolution').fill('Everything moved.');
  await page.getByTestId('resolve-submit').click();
  await expect(page.getByText(/1 child is still open/)).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('ticket-status')).toHaveText('New');

  // The close dialog says so and asks for a reason before it forces.
  await page.getByTestId('close-open').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('closure-note').fill('Everything but the printers moved.');
  await expect(dialog.getByTestId('force-box')).toContainText('1 child ticket is still open');
  await expect(dialog.getByTestId('closure-submit')).toBeDisabled();
  await expectAccessible(page);
  await dialog.getByTestId('force-reason').fill('The printers move next month with the lease.');
  await dialog.getByTestId('closure-submit').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('ticket-status')).toHaveText('Resolved');
});

test('a customer withdraws a request and filters by how it ended', async ({ page }) => {
  await signIn(page, CUSTOMER);
  await page.goto(`/portal/requests/${withdrawable}`);
  await page.getByTestId('withdraw').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page);
  await page.getByTestId('withdraw-submit').click();
  await expect(page.getByTestId('request-status')).toHaveText('Closed');
  await expect(page.getByTestId('closure-notice')).toContainText('Withdrawn by the requester');
  await expect(page.getByTestId('withdraw')).toHaveCount(0);

  await page.goto('/portal');
  await page.getByText('All', { exact: true }).click();
  await page.getByTestId('portal-closure-filter').click();
  await page.getByRole('option', { name: 'Withdrawn' }).click();
  await expect(page.getByTestId('request-card').filter({ hasText: `Second monitor flickers ${stamp}` })).toHaveCount(1);
  await expect(page.getByTestId('request-card').filter({ hasText: `Door badge does not open ${stamp}` })).toHaveCount(0);
});
