import { defineConfig } from '@playwright/test';
import { cpus } from 'node:os';

/**
 * End-to-end against the real API: each worker serves the built SPA with a help desk of its own
 * (tests/e2e/desk.ts: a fresh SQLite database loaded with demo data). Run `npm run build` first
 * (`make frontend-test` does). Screenshots for review go to E2E_SCREENSHOTS when it names a
 * folder (none are taken otherwise). E2E_WORKERS sets how many desks and browsers run at once;
 * by default one per two cores: a browser with its desk keeps about two cores busy (on a 2-core
 * machine one took 11.2 minutes for every test and two 12.4, their slowest steps near timeouts).
 */
const workers = Number(process.env.E2E_WORKERS ?? Math.max(1, Math.floor(cpus().length / 2)));

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 8_000 },
  reporter: [['list']],
  outputDir: 'test-results/artifacts',
  use: {
    viewport: { width: 1400, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Rome',
    trace: 'retain-on-failure',
    // Mantine honours it (theme.respectReducedMotion): no fading toast or modal half-drawn when
    // axe measures contrast.
    contextOptions: { reducedMotion: 'reduce' },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
