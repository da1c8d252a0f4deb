import { expect, test, type APIRequestContext, type Desk } from './desk';
import { AGENT, CUSTOMER, apiToken, expectAccessible, screenshot, signIn } from './helpers';

test.describe.configure({ mode: 'serial' });

const stamp = Date.now();

async function resolvedTicket(request: APIRequestContext, subject: string): Promise<number> {
  const customer = await apiToken(request, CUSTOMER);
  const agent = await apiToken(request, AGENT);
  const created = await request.post('/api/v1/tickets', {
    headers: { Authorization: `Bearer ${customer}` },
    data: { subject, description: 'Seen from the e2e run.' },
  });
  expect(created.status()).toBe(201);
  const number = (await created.json()).number as number;
  const resolved = await request.patch(`/api/v1/tickets/${number}`, {
    headers: { Authorization: `Bearer ${agent}` },
    data: { status: 'resolved', resolution: 'Replaced the toner cartridge.' },
  });
  expect(resolved.status()).toBe(200);
  return number;
}

/** The resolution email's link for `rating`, made by the API's own code against the e2e data. */
function ratingLink(desk: Desk, number: number, rating: number): string {
  const script = `
import sys
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
import api.db.registry  # every model, for the mappers
from api.core.config import get_settings
from api.satisfaction.links import rating_links
from api.ticket.models import Ticket
settings = get_settings()
with Session(create_engine(settings.database_url)) as session:
    ticket = session.scalars(select(Ticket).where(Ticket.number == int(sys.argv[1]))).one()
    print(rating_links(ticket, settings)[int(sys.argv[2])])
`;
  const url = new URL(desk.python(script, String(number), String(rating)));
  return `${url.pathname}${url.search}`;
}

test('the requester rates a resolved request in the portal and the agent sees it', async ({ page, browser, request }) => {
  test.setTimeout(90_000);
  const number = await resolvedTicket(request, `Printer prints blank pages ${stamp}`);
  await signIn(page, CUSTOMER);
  await page.goto(`/portal/requests/${number}`);
  const survey = page.getByTestId('satisfaction');
  await expect(survey.getByRole('heading', { name: 'How did we do?' })).toBeVisible();
  // The faces are the radios' labels: a click on a face chooses it.
  await survey.locator('label').filter({ hasText: /^Happy$/ }).click();
  await expect(survey.getByRole('radio', { name: 'Happy', exact: true })).toBeChecked();
  await survey.getByLabel('Comment (optional)').fill(`Fixed before lunch ${stamp}`);
  await expectAccessible(page);
  await screenshot(page, 'satisfaction-portal');
  await survey.getByRole('button', { name: 'Send rating' }).click();
  await expect(page.getByTestId('timeline')).toContainText('rated the resolution: Happy');
  // Changeable until closed.
  await survey.locator('label').filter({ hasText: /^Very happy$/ }).click();
  await survey.getByRole('button', { name: 'Change rating' }).click();
  await expect(page.getByTestId('timeline')).toContainText('changed the rating from Happy to Very happy');

  const context = await browser.newContext();
  const agentPage = await context.newPage();
  await signIn(agentPage, AGENT);
  await agentPage.goto(`/tickets/${number}`);
  const panel = agentPage.getByTestId('satisfaction');
  await expect(panel.getByTestId('rating-badge')).toContainText('Very happy');
  await expect(panel.getByTestId('rating-comment')).toContainText(`Fixed before lunch ${stamp}`);
  await expect(agentPage.getByTestId('timeline')).toContainText('commented on the rating');
  await context.close();
});

test('an email rating link opens a page with the choice made, recorded only when sent', async ({ browser, request, desk }) => {
  test.setTimeout(90_000);
  const number = await resolvedTicket(request, `Scanner ignores the network folder ${stamp}`);
  const context = await browser.newContext(); // no session: the link works signed out
  const page = await context.newPage();
  await page.goto(ratingLink(desk, number, 2));
  await expect(page.getByRole('heading', { name: `Scanner ignores the network folder ${stamp}` })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Unhappy', exact: true })).toBeChecked();

  const agent = await apiToken(request, AGENT);
  const read = async () =>
    (await (await request.get(`/api/v1/tickets/${number}/satisfaction`, { headers: { Authorization: `Bearer ${agent}` } })).json()) as {
      rating: number | null;
      channel: string | null;
      comment: string | null;
    };
  expect((await read()).rating).toBeNull(); // opening the link recorded nothing

  await page.getByLabel('Comment (optional)').fill('It took three days');
  await expectAccessible(page);
  await screenshot(page, 'satisfaction-email-link');
  await page.getByRole('button', { name: 'Send rating' }).click();
  await expect(page.getByTestId('rating-sent')).toBeVisible();
  expect(await read()).toMatchObject({ rating: 2, channel: 'email', comment: 'It took three days' });

  await page.goto('/portal/rate?token=forged&rating=5');
  await expect(page.getByRole('alert')).toContainText('not valid, or it has expired');
  await context.close();
});
