import { expect, test } from './desk';
import { AGENT, CUSTOMER, expectAccessible, screenshot, signIn } from './helpers';

test.describe.configure({ mode: 'serial' });

const subject = `Scanner on floor 2 jams every page ${Date.now()}`;
let number = 0;

test('a customer asks for help from the portal', async ({ page }) => {
  await signIn(page, CUSTOMER);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole('heading', { name: 'My requests' })).toBeVisible();
  await page.getByRole('link', { name: 'New request' }).first().click();
  await page.getByTestId('subject').fill(subject);
  await page.getByTestId('description').fill('Every **page** jams after the first one.');
  await page.getByTestId('create-ticket').click();
  await expect(page).toHaveURL(/\/portal\/requests\/\d+$/);
  number = Number(page.url().split('/').pop());
  await expect(page.getByRole('heading', { name: subject })).toBeVisible();

  // A reply with an attachment.
  await page.getByTestId('composer-body').fill('Here is the scanner log.');
  await page.getByTestId('composer').locator('input[type=file]').setInputFiles({
    name: 'scanner-log.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('paper jam at sensor 3\n'),
  });
  await expect(page.getByTestId('composer')).toContainText('scanner-log.txt');
  await page.getByTestId('composer-submit').click();
  await expect(page.getByTestId('public-reply').filter({ hasText: 'Here is the scanner log.' })).toContainText('scanner-log.txt');
});

test('an agent takes it from the queue, notes, replies, escalates and resolves it', async ({ page }) => {
  await signIn(page, AGENT);
  await page.getByRole('link', { name: 'Unassigned' }).click();
  // The new queue renders in a transition: type into its own search box, not the old one's.
  await expect(page.getByRole('heading', { name: 'Unassigned' })).toBeVisible();
  await page.getByLabel('Search tickets').fill('Scanner on floor 2');
  const row = page.getByTestId('queue-row').filter({ hasText: subject });
  await expect(page).toHaveURL(/q=Scanner/);
  await expect(row).toHaveCount(1);
  await screenshot(page, 'agent-queue');
  await expectAccessible(page);

  // Keyboard: j/k to the row, t to take it.
  await page.getByLabel('Search tickets').blur();
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await page.keyboard.press('t');
  await expect(page.getByText(`HD-${number} is now yours.`)).toBeVisible();
  // It left the unassigned queue for "My tickets"; open it from there with Enter.
  await expect(row).toHaveCount(0);
  await page.getByRole('link', { name: 'My tickets' }).click();
  await expect(page.getByRole('heading', { name: 'My tickets' })).toBeVisible();
  await expect(page).toHaveURL(/\/queue\/mine$/);
  // The whole subject (its unique stamp too): the agent's other tickets may mention scanners.
  await page.getByLabel('Search tickets').fill(subject);
  await expect(page).toHaveURL(/q=Scanner/);
  await expect(page.getByTestId('queue-row')).toHaveCount(1);
  await expect(page.getByTestId('queue-row').filter({ hasText: subject })).toHaveCount(1);
  await page.getByLabel('Search tickets').blur();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/tickets/${number}$`));
  await expect(page.getByTestId('ticket-status')).toHaveText('Open');
  await expect(page.getByTestId('public-reply').filter({ hasText: 'Here is the scanner log.' })).toContainText('scanner-log.txt');

  // Internal note, unmistakable.
  await page.keyboard.press('n');
  await page.getByTestId('composer-body').fill('Probably the **feed roller**; do not promise a date.');
  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByTestId('composer-preview').locator('strong')).toHaveText('feed roller');
  await page.getByTestId('composer-submit').click();
  await expect(page.getByTestId('internal-note')).toContainText('feed roller');
  await expect(page.getByTestId('internal-note')).toContainText('not visible to the customer');

  // Public reply.
  await page.keyboard.press('r');
  await page.getByTestId('composer-body').fill('Thanks, we are looking at the scanner today.');
  await page.getByTestId('composer-submit').click();
  await expect(page.getByTestId('public-reply').filter({ hasText: 'looking at the scanner' })).toBeVisible();

  // Escalate to the network team with a reason.
  await page.getByTestId('escalate').click();
  await page.getByRole('dialog').getByLabel('Team').first().click();
  await page.getByRole('option', { name: /Network/ }).click();
  await page.getByRole('dialog').getByLabel('Reason').fill('The scanner sends to a share on the wrong VLAN.');
  await page.getByRole('dialog').getByRole('button', { name: 'Escalate' }).click();
  await expect(page.getByText(/escalated from .* to Network/)).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await screenshot(page, 'agent-ticket');
  await expectAccessible(page);

  // Resolve: asks for the resolution note.
  await page.getByTestId('action-resolve').click();
  await page.getByTestId('resolution').fill('Moved the scanner to the office VLAN.');
  await page.getByTestId('resolve-submit').click();
  await expect(page.getByTestId('ticket-status')).toHaveText('Resolved');
  // Only the moves the lifecycle allows from resolved are offered.
  await expect(page.getByTestId('action-reopen')).toBeVisible();
  await expect(page.getByTestId('action-close')).toBeVisible();
  await expect(page.getByTestId('action-start')).toHaveCount(0);
});

test('the customer sees the reply but never the note, and confirms the fix', async ({ page }) => {
  await signIn(page, CUSTOMER);
  await expect(page.getByTestId('request-card').filter({ hasText: subject })).toBeVisible();
  await screenshot(page, 'portal-requests');
  await expectAccessible(page);
  await page.getByTestId('request-card').filter({ hasText: subject }).click();
  await expect(page.getByText('Thanks, we are looking at the scanner today.')).toBeVisible();
  await expect(page.getByText('feed roller')).toHaveCount(0);
  await expect(page.getByTestId('internal-note')).toHaveCount(0);
  await expect(page.getByText('wrong VLAN')).toHaveCount(0);
  await expect(page.getByTestId('resolved-box')).toContainText('Moved the scanner to the office VLAN.');
  await screenshot(page, 'portal-request', true);
  await expectAccessible(page);
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('request-status')).toHaveText('Closed');

  // Looking a request up by its reference.
  await page.getByTestId('lookup').first().fill(`hd-${number}`);
  await page.getByTestId('lookup').first().press('Enter');
  await expect(page).toHaveURL(new RegExp(`/portal/requests/${number}$`));
});

test('the portal works at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, CUSTOMER);
  await expect(page.getByRole('heading', { name: 'My requests' })).toBeVisible();
  await page.getByRole('button', { name: 'Open or close the navigation' }).click();
  await expect(page.getByRole('dialog').getByRole('link', { name: 'New request' })).toBeVisible();
  await screenshot(page, 'portal-phone');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
