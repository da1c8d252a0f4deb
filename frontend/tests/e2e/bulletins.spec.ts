import { expect, test, type Browser } from './desk';
import { apiToken, expectAccessible, screenshot, signIn } from './helpers';

const SUPERVISOR = 'supervisor@sportello.demo';
const CUSTOMERS = ['giulia.bianchi@sportello.demo', 'marco.rossi@sportello.demo', 'lucia.garcia@sportello.demo'];
const NOTE = 'The timesheet server was restarted; entries saved meanwhile are all there.';

async function asCustomer(browser: Browser, baseURL: string | undefined, email: string) {
  const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'Europe/Rome', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await signIn(page, email);
  return { page, context };
}

test('a supervisor declares an outage, links three tickets from the search and resolves them with one note', async ({ page, request, browser, baseURL }) => {
  test.setTimeout(120_000); // three customers sign in after the supervisor
  const numbers: number[] = [];
  for (const email of CUSTOMERS) {
    const token = await apiToken(request, email);
    const created = await request.post('/api/v1/tickets', {
      headers: { Authorization: `Bearer ${token}` },
      data: { subject: 'Timesheet portal unreachable', description: 'The timesheet portal answers with a gateway error.' },
    });
    expect(created.ok()).toBeTruthy();
    numbers.push(((await created.json()) as { number: number }).number);
  }

  await signIn(page, SUPERVISOR);
  await page.getByRole('link', { name: 'Bulletins' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bulletins' })).toBeVisible();
  await page.getByRole('button', { name: 'New bulletin' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Title').fill('Timesheet portal down');
  await form.getByLabel('Message').fill('The timesheet portal does not answer. We are on it: **no need to call**.');
  await expect(form.getByRole('radio', { name: 'Everyone (customers too)' })).toBeChecked();
  await screenshot(page, 'bulletin-form');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Timesheet portal down' })).toBeVisible();
  await expect(page.getByTestId('bulletin-phase')).toHaveText('Active');
  await page.getByTestId('ticket-search').fill('timesheet');
  const candidates = page.getByTestId('ticket-candidates');
  for (const number of numbers) await candidates.getByRole('checkbox', { name: new RegExp(`-${number} `) }).check();
  await screenshot(page, 'bulletin-link-tickets', true);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Link 3 tickets' }).click();
  await expect(page.getByTestId('linked-tickets').getByRole('row')).toHaveCount(4); // a header and three tickets

  await page.getByRole('button', { name: 'Resolve', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const preview = dialog.getByTestId('resolve-preview');
  await expect(preview).toContainText('This resolves 3 open tickets');
  await expect(preview.getByRole('listitem')).toHaveCount(3);
  await screenshot(page, 'bulletin-resolve');
  await expectAccessible(page);
  await dialog.getByLabel('Resolution note').fill(NOTE);
  await dialog.getByRole('button', { name: 'Resolve the bulletin and 3 tickets' }).click();
  await expect(page.getByTestId('bulletin-resolution')).toContainText(NOTE);
  await expect(page.getByTestId('bulletin-phase')).toHaveText('Resolved');
  await expect(page.getByTestId('linked-tickets')).not.toContainText('Open');

  for (const [i, email] of CUSTOMERS.entries()) {
    const customer = await asCustomer(browser, baseURL, email);
    await customer.page.goto(`/portal/requests/${numbers[i]}`);
    await expect(customer.page.getByTestId('request-status')).toHaveText('Resolved');
    await expect(customer.page.getByTestId('resolved-box')).toContainText(NOTE);
    await expect(customer.page.getByText('The outage “Timesheet portal down” was resolved')).toBeVisible();
    if (i === 0) {
      await screenshot(customer.page, 'portal-resolved-by-bulletin', true);
      await expectAccessible(customer.page);
    }
    await customer.context.close();
  }
});

test('an agent says a ticket is part of the outage from the ticket itself', async ({ page, request }) => {
  const supervisor = await apiToken(request, SUPERVISOR);
  const made = await request.post('/api/v1/bulletins', {
    headers: { Authorization: `Bearer ${supervisor}` },
    data: { title: 'Printers offline on the second floor', message: 'The print server is down.', audience: 'everyone' },
  });
  expect(made.ok()).toBeTruthy();
  const customer = await apiToken(request, CUSTOMERS[1]);
  const created = await request.post('/api/v1/tickets', {
    headers: { Authorization: `Bearer ${customer}` },
    data: { subject: 'Cannot print the register', description: 'Nothing comes out.' },
  });
  const { number } = (await created.json()) as { number: number };

  await signIn(page, SUPERVISOR);
  await page.goto(`/tickets/${number}`);
  await page.getByRole('textbox', { name: 'Choose a bulletin' }).click();
  await page.getByRole('option', { name: 'Printers offline on the second floor' }).click();
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  const part = page.getByTestId('ticket-bulletin');
  await expect(part).toContainText('Part of an outage');
  await expectAccessible(page);
  await part.getByRole('link', { name: 'Printers offline on the second floor' }).click();
  await expect(page.getByTestId('linked-tickets')).toContainText('Cannot print the register');
});

test('a customer filing a request in an affected category follows the known outage instead', async ({ page, request }) => {
  const supervisor = await apiToken(request, SUPERVISOR);
  const categories = (await (await request.get('/api/v1/categories', { headers: { Authorization: `Bearer ${supervisor}` } })).json()) as
    | { items: { id: number; name: string }[] }
    | { id: number; name: string }[];
  const list = Array.isArray(categories) ? categories : categories.items;
  const telephony = list.find((c) => c.name === 'Telephony');
  expect(telephony).toBeTruthy();
  const made = await request.post('/api/v1/bulletins', {
    headers: { Authorization: `Bearer ${supervisor}` },
    data: { title: 'Desk phones without dial tone', message: 'The phone exchange is being repaired.', audience: 'everyone', category_id: telephony?.id },
  });
  expect(made.ok()).toBeTruthy();

  await signIn(page, CUSTOMERS[2]);
  await page.goto('/portal/new');
  await page.getByTestId('subject').fill('My phone is dead');
  await page.getByTestId('category').click();
  await page.getByRole('option', { name: 'Telephony' }).click();
  const notice = page.getByTestId('outage-notice');
  await expect(notice).toContainText('Desk phones without dial tone');
  await screenshot(page, 'portal-known-outage', true);
  await expectAccessible(page);
  await notice.getByRole('button', { name: 'Follow this outage' }).click();
  await expect(page).toHaveURL(/\/portal$/);
  const followed = page.getByTestId('portal-bulletins').getByTestId('portal-bulletin').filter({ hasText: 'Desk phones without dial tone' });
  await expect(followed).toContainText('You follow it');
  await expectAccessible(page);
});

test('a supervisor ends a bulletin early, then schedules it again as planned work', async ({ page, request }) => {
  const supervisor = await apiToken(request, SUPERVISOR);
  const made = await request.post('/api/v1/bulletins', {
    headers: { Authorization: `Bearer ${supervisor}` },
    data: { title: 'Badge readers being replaced', message: 'Use the side door meanwhile.', audience: 'everyone' },
  });
  expect(made.ok()).toBeTruthy();

  await signIn(page, SUPERVISOR);
  await page.goto('/bulletins');
  const card = page.getByTestId('bulletin-card').filter({ hasText: 'Badge readers being replaced' });
  await expect(card).toContainText('Active');
  await screenshot(page, 'bulletins-list');
  await expectAccessible(page);
  await card.click();
  await page.getByRole('button', { name: 'End now' }).click();
  await expect(page.getByTestId('bulletin-phase')).toHaveText('Ended');

  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Starts').fill(`${day}T09:00`);
  await form.getByLabel('Ends').fill(`${day}T08:00`);
  await form.getByRole('button', { name: 'Save' }).click();
  // The API names the field that is wrong, and the form shows it there.
  await expect(form.getByText('must be after starts_at')).toBeVisible();
  await form.getByLabel('Ends').fill(`${day}T11:00`);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('bulletin-phase')).toHaveText('Scheduled');
  await page.getByRole('link', { name: 'Bulletins' }).first().click();
  await page.locator('label', { hasText: /^Scheduled$/ }).click();
  await expect(page.getByRole('radio', { name: 'Scheduled' })).toBeChecked();
  await expect(page.getByTestId('bulletin-card').filter({ hasText: 'Badge readers being replaced' })).toBeVisible();
});
