// Fails when src/api/generated/ is not what `npm run generate` makes from openapi.json today.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const committed = 'src/api/generated';
const fresh = mkdtempSync(join(tmpdir(), 'sportello-client-'));

function files(root, dir = root) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(root, path) : [relative(root, path)];
  });
}

try {
  execFileSync('npx', ['--no-install', 'openapi-ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OPENAPI_TS_OUTPUT: fresh },
  });
  execFileSync('node', ['scripts/split-sdk.mjs', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  const want = files(fresh).sort();
  const have = files(committed).sort();
  const problems = [];
  for (const name of new Set([...want, ...have])) {
    if (!want.includes(name)) problems.push(`${name}: not generated any more`);
    else if (!have.includes(name)) problems.push(`${name}: missing`);
    else if (readFileSync(join(fresh, name), 'utf8') !== readFileSync(join(committed, name), 'utf8')) problems.push(`${name}: differs`);
  }
  if (problems.length) {
    console.error(`The generated API client is stale (frontend/openapi.json changed?):\n  ${problems.join('\n  ')}`);
    console.error('Run `npm run generate` in frontend/ and commit src/api/generated/.');
    process.exit(1);
  }
  console.log(`Generated API client is up to date (${have.length} files).`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
