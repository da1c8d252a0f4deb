import { expect, test } from './desk';
import { readFileSync } from 'node:fs';
import { apiToken, expectAccessible, screenshot, signIn } from './helpers';

const SUPERVISOR = 'supervisor@sportello.demo';

type Row = { key: string; values: Record<string, number | null> };
type Report = { current: { tables: { name: string; rows: Row[] }[] } };

test('a supervisor opens the dashboard, filters by team, exports a table, and the numbers are the API’s', async ({ page, request }) => {
  test.setTimeout(120_000);
  await signIn(page, SUPERVISOR);
  await page.getByTestId('nav-reports').click();
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await expect(page.getByTestId('staffing-heatmap')).toBeVisible();
  await expectAccessible(page);

  // Filter by the Service Desk: every figure group is asked again with team_id.
  const volumeAnswer = page.waitForResponse((r) => r.url().includes('/api/v1/reports/volume?') && r.url().includes('team_id='));
  await page.getByTestId('filter-team_id').click();
  await page.getByRole('option', { name: 'Service Desk' }).click();
  const answered = await volumeAnswer;
  expect(answered.status()).toBe(200);
  await expect(page).toHaveURL(/team_id=\d+/);
  const shown = (await answered.json()) as Report;

  // The same question asked of the API directly gives the same numbers.
  const token = await apiToken(request, SUPERVISOR);
  const direct = await request.get(answered.url(), { headers: { Authorization: `Bearer ${token}` } });
  expect(direct.status()).toBe(200);
  const api = (await direct.json()) as Report;
  const channels = api.current.tables.find((t) => t.name === 'volume_by_channel')!.rows;
  expect(shown.current.tables.find((t) => t.name === 'volume_by_channel')!.rows).toEqual(channels);

  const table = page.getByTestId('report-volume_by_channel');
  for (const row of channels) {
    await expect(table.locator(`tr[data-key="${row.key}"] td[data-column="tickets"]`)).toHaveAttribute('data-value', String(row.values.tickets));
  }

  // The CSV holds the API's numbers.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-volume_by_channel').click();
  const file = await (await download).path();
  const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  expect(lines[0]).toBe('period,period_start,period_end,key,label,tickets,share');
  const current = lines.slice(1).map((l) => l.split(',')).filter((cells) => cells[0] === 'current');
  expect(Object.fromEntries(current.map((cells) => [cells[3], Number(cells[5])]))).toEqual(
    Object.fromEntries(channels.map((r) => [r.key, r.values.tickets])),
  );

  // The heat-map's cells add up to the tickets created in the period.
  const staffing = (await (
    await request.get(answered.url().replace('/reports/volume?', '/reports/staffing?'), { headers: { Authorization: `Bearer ${token}` } })
  ).json()) as Report;
  const created = staffing.current.tables.find((t) => t.name === 'staffing_summary')!.rows[0].values.arrivals;
  const cells = await page.getByTestId('staffing-heatmap').locator('td[data-arrivals]').evaluateAll((tds) =>
    tds.reduce((sum, td) => sum + Number(td.getAttribute('data-arrivals')), 0),
  );
  expect(cells).toBe(created);

  // A figure leads to the tickets behind it.
  await table.locator('tbody tr').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/queue\/open\?.*created_after=.*team_id=/);
  await page.goBack();
  await expect(page.getByTestId('staffing-heatmap')).toBeVisible();
  await screenshot(page, 'reports-dashboard', true);
});

test.describe('in Italian', () => {
  test.use({ locale: 'it-IT' });

  test('the dashboard reads in Italian and stays accessible', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, SUPERVISOR, { email: 'Email', password: 'Password', submit: 'Accedi' });
    await page.goto('/reports');
    await expect(page.getByRole('heading', { name: 'Report', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: "Quando arrivano i ticket, e chi c'è" })).toBeVisible();
    await expectAccessible(page);
  });
});
