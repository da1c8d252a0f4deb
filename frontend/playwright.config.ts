import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * End-to-end against the real API: a fresh SQLite database in a temporary folder, migrated and
 * loaded with demo data, served with the built SPA on a free port. Run `npm run build` first
 * (`make frontend-test` does). Screenshots go to E2E_SCREENSHOTS (default test-results/screenshots).
 */
async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// Computed once in the runner; the workers inherit it through the environment.
process.env.E2E_PORT ??= String(await freePort());
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'sportello-e2e-'));
process.env.E2E_SCREENSHOTS ??= resolve('test-results/screenshots');

const port = Number(process.env.E2E_PORT);
const repo = resolve('..');
const sportello = process.env.SPORTELLO_BIN ?? join(repo, '.venv', 'bin', 'sportello');

export default defineConfig({
  testDir: 'tests/e2e',
  globalTeardown: './tests/e2e/teardown.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 8_000 },
  reporter: [['list']],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
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
  webServer: {
    command: `"${sportello}" migrate && "${sportello}" demo --tickets 60 && exec "${sportello}" serve --host 127.0.0.1 --port ${port} --workers 1`,
    url: `http://127.0.0.1:${port}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      SPORTELLO_DATA_DIR: process.env.E2E_DATA_DIR,
      SPORTELLO_FRONTEND_DIST: resolve('dist'),
      // Many sign-ins from one address in a few seconds are the test, not an attack.
      SPORTELLO_LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '1000',
      SPORTELLO_LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '1000',
      // The webhook spec's receiver listens on 127.0.0.1, as on an on-premise install.
      SPORTELLO_WEBHOOK_ALLOW_PRIVATE: '1',
      SPORTELLO_WEBHOOK_RETRY_BASE_SECONDS: '1',
    },
  },
});
