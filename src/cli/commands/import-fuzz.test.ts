// `threefold import` on mutated real files of every format: the CLI ends with 0 or a code for
// bad input (2) or a conflict (4), never 1, the internal error. Few runs: each is a process.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { FIXTURES_DIR } from '../../test-support/fixtures.js';
import { runCli } from '../test-support/run-cli.js';

const FILES = ['stories', 'linkedin', 'vcard', 'ics', 'graph', 'contacts'].flatMap((dir) =>
  readdirSync(join(FIXTURES_DIR, dir))
    .filter((f) => /\.(json|csv|vcf|ics|gexf|graphml)$/.test(f))
    .map((f) => ({ name: f, bytes: readFileSync(join(FIXTURES_DIR, dir, f)).subarray(0, 8000) })),
);

test('mutated files of every format: import ends in 0, 2 or 4, never an internal error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-import-fuzz-'));
  const db = join(dir, 'net.db');
  const init = await runCli(['--db', db, 'init', '--name', 'Ada Leader', '--organization', 'o:acme']);
  assert.equal(init.code, 0, init.stderr);
  let run = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...FILES),
      fc.nat(),
      fc.uint8Array({ minLength: 1, maxLength: 30 }),
      fc.nat(2),
      fc.boolean(),
      async (file, at, noise, kind, dryRun) => {
        const i = at % (file.bytes.length + 1);
        const bytes =
          kind === 0
            ? file.bytes.subarray(0, i)
            : kind === 1
              ? Buffer.concat([file.bytes.subarray(0, i), Buffer.from(noise), file.bytes.subarray(i)])
              : Buffer.concat([
                  file.bytes.subarray(0, i),
                  file.bytes.subarray(Math.min(file.bytes.length, i + 200)),
                ]);
        const path = join(dir, `${run++}-${file.name}`);
        writeFileSync(path, bytes);
        const args = ['--db', db, 'import', path, '--merge', '--as-of', '2026-06-01', '--skip-invalid'];
        const r = await runCli(dryRun ? [...args, '--dry-run'] : args);
        assert.ok(
          [0, 2, 4].includes(r.code ?? -1),
          `${file.name} cut at ${i} (kind ${kind}): exit ${r.code}\n${r.stderr}`,
        );
        assert.doesNotMatch(r.stderr, /internal|TypeError|RangeError|at .*\.ts:\d+/);
      },
    ),
    { numRuns: 10 },
  );
});
