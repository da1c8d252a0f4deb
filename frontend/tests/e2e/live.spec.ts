import { expect, test } from './desk';
import { AGENT, apiToken, signIn } from './helpers';

const SUPERVISOR = 'supervisor@sportello.demo';

test('two agents on one ticket: presence, a reply arriving live, and the warning before replying over it', async ({ browser, request }) => {
  test.setTimeout(120_000); // two browsers, each with its own stream
  const token = await apiToken(request, AGENT);
  const created = await request.post('/api/v1/tickets', {
    headers: { Authorization: `Bearer ${token}` },
    data: { subject: 'Scanner on the second floor jams every sheet' },
  });
  expect(created.ok()).toBeTruthy();
  const number = (await created.json()).number as number;

  const anna = await (await browser.newContext()).newPage();
  const sara = await (await browser.newContext()).newPage();
  await signIn(anna, AGENT);
  await signIn(sara, SUPERVISOR);
  await anna.goto(`/tickets/${number}`);
  await sara.goto(`/tickets/${number}`);

  // Each sees the other on the ticket.
  await expect(anna.getByTestId('presence')).toContainText('Sara Galli is viewing', { timeout: 15_000 });
  await expect(sara.getByTestId('presence')).toContainText('Anna Conti is viewing', { timeout: 15_000 });

  // Sara starts writing: Anna sees her replying, without a reload.
  await sara.getByTestId('composer-body').fill('I will send a technician this afternoon.');
  await expect(anna.getByTestId('presence')).toContainText('Sara Galli is replying', { timeout: 15_000 });

  // Anna replies first; her reply reaches Sara's open page through the event stream.
  await anna.getByTestId('composer-body').fill('Could you tell us the model of the scanner?');
  await anna.getByTestId('composer-submit').click();
  await expect(sara.getByText('Could you tell us the model of the scanner?')).toBeVisible({ timeout: 15_000 });

  // Sara sends hers: she is asked first, since Anna replied after Sara's page loaded.
  await sara.getByTestId('composer-submit').click();
  await expect(sara.getByTestId('reply-warning')).toContainText(/Anna Conti replied .*Send yours anyway\?/, { timeout: 15_000 });
  await sara.getByTestId('reply-warning-review').click();
  await expect(sara.getByTestId('composer-body')).toHaveValue('I will send a technician this afternoon.');
  // Asked once: the reply she has now seen does not stop her again.
  await sara.getByTestId('composer-submit').click();
  await expect(anna.getByText('I will send a technician this afternoon.')).toBeVisible({ timeout: 15_000 });
  await expect(sara.getByTestId('reply-warning')).toHaveCount(0);

  // Sara leaves the ticket: Anna no longer sees her.
  await sara.getByRole('link', { name: 'My tickets' }).click();
  await expect(sara).toHaveURL(/\/queue\/mine/);
  await expect(anna.getByTestId('presence')).toHaveCount(0, { timeout: 15_000 });
});
