import { test as base, expect } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * Each Playwright worker has a help desk of its own: a fresh SQLite database in a temporary
 * folder, migrated and loaded with demo data, served with the built SPA on a free port. Workers
 * run side by side without seeing each other's changes; the tests of one worker run in turn, as
 * they would for one team using one desk.
 */
export interface Desk {
  url: string;
  /** Runs a Python script with the API's code against the desk's data (its database and keys),
   * as a mail the desk sends would be made; returns what it printed, trimmed. */
  python(script: string, ...args: string[]): string;
}

const repo = resolve('..');
const sportello = process.env.SPORTELLO_BIN ?? join(repo, '.venv', 'bin', 'sportello');

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

async function healthy(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the desk's server exited with ${server.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`the desk's server did not answer within 150 s:\n${log()}`);
}

export const test = base.extend<object, { desk: Desk }>({
  desk: [
    // Playwright reads a fixture's dependencies from its first parameter: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const port = await freePort();
      const dataDir = mkdtempSync(join(tmpdir(), 'sportello-e2e-'));
      const script = `"${sportello}" migrate && "${sportello}" demo --tickets 60 && exec "${sportello}" serve --host 127.0.0.1 --port ${port} --workers 1`;
      const server = spawn('sh', ['-c', script], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: {
          ...process.env,
          SPORTELLO_DATA_DIR: dataDir,
          SPORTELLO_FRONTEND_DIST: resolve('dist'),
          // Argon2 at its production cost takes most of a second per sign-in on a busy 2-core
          // machine; the browser tests sign in a hundred times and test no hash's strength.
          SPORTELLO_PASSWORD_HASH_FAST: '1',
          // The webhook spec's receiver listens on 127.0.0.1, as on an on-premise install.
          SPORTELLO_WEBHOOK_ALLOW_PRIVATE: '1',
          SPORTELLO_WEBHOOK_RETRY_BASE_SECONDS: '1',
        },
      });
      let errors = '';
      server.stderr?.on('data', (chunk: Buffer) => {
        errors = (errors + chunk.toString()).slice(-20_000);
      });
      const url = `http://127.0.0.1:${port}`;
      try {
        await healthy(url, server, () => errors);
        const python = (script: string, ...args: string[]) =>
          execFileSync(join(dirname(sportello), 'python'), ['-c', script, ...args], {
            env: { ...process.env, SPORTELLO_DATA_DIR: dataDir },
            encoding: 'utf8',
          }).trim();
        await provide({ url, python });
      } finally {
        server.kill('SIGTERM');
        await new Promise((done) => (server.exitCode !== null ? done(null) : server.once('exit', done)));
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  baseURL: async ({ desk }, provide) => {
    await provide(desk.url);
  },
});

export { expect };
export type { APIRequestContext, Browser, Page } from '@playwright/test';
