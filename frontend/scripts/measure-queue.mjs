// How long the agent queue takes to become usable (first row on screen), in headless Chromium
// against a running server: `node scripts/measure-queue.mjs http://127.0.0.1:8000 [email]`.
// Prints a cold load (empty browser cache) and warm loads (assets cached), each from navigation
// start to the first ticket row, plus the API time of the list request.
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:8000';
const email = process.argv[3] ?? 'anna.conti@sportello.demo';
const response = await fetch(`${base}/api/v1/auth/token`, {
  method: 'POST',
  body: new URLSearchParams({ username: email, password: 'sportello-demo' }),
});
const { access_token: token } = await response.json();
const list = await (await fetch(`${base}/api/v1/tickets?status=new&status=open&status=in_progress&status=pending&limit=1`, { headers: { Authorization: `Bearer ${token}` } })).json();
if (!list.items?.length) throw new Error('no open tickets: is this the demo database?');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
// A first load warms the browser process itself; it is not counted.
async function freshPage() {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  await context.addInitScript((value) => sessionStorage.setItem('sportello.token', value), token);
  return context.newPage();
}

async function load(page, path) {
  const started = Date.now();
  await page.goto(`${base}${path}`, { waitUntil: 'commit' });
  await page.getByTestId('queue-row').first().waitFor();
  const wall = Date.now() - started;
  const api = await page.evaluate(() =>
    performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/v1/tickets?')).map((e) => Math.round(e.duration)),
  );
  return { wall, api: api.join(', ') };
}

await load(await freshPage(), '/queue/open');
const cold = [];
let page;
for (let i = 0; i < 5; i++) {
  page = await freshPage();
  cold.push(await load(page, '/queue/open'));
}
const warm = [];
for (let i = 0; i < 5; i++) warm.push(await load(page, i % 2 ? '/queue/unassigned' : '/queue/open'));
const rows = await page.getByTestId('queue-row').count();
const median = (runs) => [...runs.map((r) => r.wall)].sort((a, b) => a - b)[Math.floor(runs.length / 2)];
for (const [label, runs] of [['cold (empty cache)', cold], ['warm (assets cached)', warm]]) {
  console.log(`${label.padEnd(22)} first row after: median ${median(runs)} ms; runs ${runs.map((r) => r.wall).join(', ')} ms; list API ${runs.map((r) => r.api).join(' / ')} ms`);
}
console.log(`rows on the first page: ${rows}`);
await browser.close();
