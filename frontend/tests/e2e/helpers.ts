import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { join } from 'node:path';

export const PASSWORD = 'sportello-demo';
export const AGENT = 'anna.conti@sportello.demo';
export const CUSTOMER = 'giulia.bianchi@sportello.demo';
export const ADMIN = 'admin@sportello.demo';

export async function signIn(page: Page, email: string, labels = { email: 'Email', password: 'Password', submit: 'Sign in' }) {
  await page.goto('/sign-in');
  await page.getByLabel(labels.email).fill(email);
  await page.locator('input[autocomplete="current-password"]').fill(PASSWORD);
  await page.getByRole('button', { name: labels.submit }).click();
  await expect(page).not.toHaveURL(/sign-in/);
}

/** Keeps the page from hearing of changes live, as a page whose stream dropped: the 412 flows
 * are for such a page, and with the stream it may refresh itself first (how soon depends on the
 * machine). Before the page opens. */
export async function withoutLiveUpdates(page: Page) {
  await page.route('**/api/v1/events/stream**', (route) => route.abort());
}

/** A bearer token for driving the API directly (the "someone else" of the concurrency test). */
export async function apiToken(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post('/api/v1/auth/token', { form: { username: email, password: PASSWORD } });
  expect(response.ok()).toBeTruthy();
  return (await response.json()).access_token as string;
}

/** A picture of the page for review, only when E2E_SCREENSHOTS names a folder (`make test` takes
 * none: a screenshot asserts nothing and costs the browser a second). */
export async function screenshot(page: Page, name: string, fullPage = false) {
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  await page.waitForLoadState('networkidle');
  // After a client-side navigation "networkidle" is already reached: let lazy chunks settle.
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage });
}

/** No serious or critical WCAG 2.x A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page) {
  await page.waitForLoadState('networkidle');
  // A drawer or modal still fading in blends its colours with the page: measure once it stands.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes
        .slice(0, 4)
        .map((n) => `${n.target.join(' ')}: ${n.html.slice(0, 100)} ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 180)}`)
        .join('\n    ')}`,
  );
  expect(report, report.join('\n')).toEqual([]);
}
