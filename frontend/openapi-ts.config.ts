import { defineConfig } from '@hey-api/openapi-ts';

// `npm run generate` writes src/api/generated/; the drift check points OPENAPI_TS_OUTPUT at a
// temporary folder and compares the two.
export default defineConfig({
  input: './openapi.json',
  output: {
    path: process.env.OPENAPI_TS_OUTPUT ?? './src/api/generated',
  },
  plugins: [
    '@hey-api/typescript',
    { name: '@hey-api/sdk' },
    { name: '@hey-api/client-fetch' },
  ],
});
