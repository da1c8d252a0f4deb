import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** Removes the temporary data folder (SQLite file, attachments) of this run. */
export default function teardown(): void {
  const dir = process.env.E2E_DATA_DIR;
  if (dir && dir.startsWith(tmpdir()) && dir.includes('sportello-e2e-')) rmSync(dir, { recursive: true, force: true });
}
