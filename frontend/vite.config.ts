import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `npm run dev` proxies the API of `make run` (or SPORTELLO_API_URL) so one origin serves both.
const api = process.env.SPORTELLO_API_URL ?? 'http://127.0.0.1:8000';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    proxy: { '/api': api, '/docs': api },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    // Each route is its own chunk (React.lazy); see scripts/budget.mjs for the budget.
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    css: false,
    pool: 'threads',
    maxWorkers: 2,
  },
});
