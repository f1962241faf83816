// Test support: the repository's own fixtures, found from the repository root wherever the
// clone lives (never an absolute path of any machine).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's `fixtures/` folder. */
export const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** The path of a file under `fixtures/`, e.g. `fixturePath('ics', 'meeting.ics')`. */
export function fixturePath(...parts: string[]): string {
  return join(FIXTURES_DIR, ...parts);
}

/** The bytes of a fixture file. */
export function readFixture(...parts: string[]): Buffer {
  return readFileSync(fixturePath(...parts));
}
