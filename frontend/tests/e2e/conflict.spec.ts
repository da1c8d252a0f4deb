import { expect, test } from './desk';
import { AGENT, apiToken, signIn, withoutLiveUpdates } from './helpers';

test('a concurrent change gives the 412 flow, and the draft survives the reload', async ({ page, request }) => {
  // A ticket of its own, so the other tests do not move it.
  const token = await apiToken(request, AGENT);
  const auth = { Authorization: `Bearer ${token}` };
  const created = await request.post('/api/v1/tickets', {
    headers: auth,
    data: { subject: 'Badge reader at the entrance beeps red', requester_id: 3, channel: 'phone' },
  });
  let ticket = await created.json();
  if (!created.ok()) {
    // Requester 3 may not be a customer in every demo; open it for oneself instead.
    ticket = await (await request.post('/api/v1/tickets', { headers: auth, data: { subject: 'Badge reader at the entrance beeps red' } })).json();
  }
  const number = ticket.number as number;

  await withoutLiveUpdates(page);
  await signIn(page, AGENT);
  await page.goto(`/tickets/${number}`);
  await expect(page.getByTestId('ticket-status')).toHaveText('New');
  await page.getByTestId('composer-body').fill('Draft that must not be lost');

  // Someone else changes the ticket meanwhile.
  const changed = await request.patch(`/api/v1/tickets/${number}`, {
    headers: auth,
    data: { priority: 'critical', priority_reason: 'The whole floor is locked out' },
  });
  expect(changed.ok()).toBeTruthy();

  await page.getByTestId('action-open').click();
  await expect(page.getByTestId('conflict')).toBeVisible();
  await expect(page.getByTestId('conflict')).toContainText('Someone else changed this ticket');
  await expect(page.getByTestId('ticket-status')).toHaveText('New');
  await page.getByTestId('conflict-reload').click();
  await expect(page.getByTestId('conflict')).toHaveCount(0);
  await expect(page.getByText('Critical').first()).toBeVisible();
  await expect(page.getByTestId('composer-body')).toHaveValue('Draft that must not be lost');

  // With the fresh version the same move goes through.
  await page.getByTestId('action-open').click();
  await expect(page.getByTestId('ticket-status')).toHaveText('Open');

  // The draft also survives a full reload of the page.
  await page.reload();
  await expect(page.getByTestId('composer-body')).toHaveValue('Draft that must not be lost');
});

test('an expired session returns to sign-in without losing the draft', async ({ page, request }) => {
  await signIn(page, AGENT);
  const token = await page.evaluate(() => sessionStorage.getItem('sportello.token'));
  const list = await request.get('/api/v1/tickets?status=open&limit=1', { headers: { Authorization: `Bearer ${token}` } });
  const number = (await list.json()).items[0].number as number;
  await page.goto(`/tickets/${number}`);
  await page.getByTestId('composer-body').fill('Half-written answer');
  // The token is revoked elsewhere (as if it expired).
  await request.delete('/api/v1/auth/token', { headers: { Authorization: `Bearer ${token}` } });
  // Sending finds the session gone, unless a panel of the page still loading found it first:
  // either way the page goes to sign-in.
  await page
    .getByTestId('composer-submit')
    .click({ timeout: 3_000 })
    .catch(() => undefined);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await expect(page.getByText('Your session ended')).toBeVisible();
  await page.getByLabel('Email').fill(AGENT);
  await page.locator('input[autocomplete="current-password"]').fill('sportello-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`/tickets/${number}$`));
  await expect(page.getByTestId('composer-body')).toHaveValue('Half-written answer');
});
