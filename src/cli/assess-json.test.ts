import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { assess } from '../core/analysis/assess.js';
import { generateNetwork } from '../core/sample/index.js';
import { validateDocument } from '../document/validate.js';
import { exportDocument, importDocument } from '../store/document.js';
import { openStore } from '../store/open.js';
import { runCli } from './test-support/run-cli.js';

// Large enough for betweenness on the worker thread, sampled betweenness and the people written
// in pieces (more than one piece of 5,000): the path a large network takes.
test('assess --json on a large network writes, piece by piece, the very assessment computed in line', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'threefold-assess-json-')), 'large.db');
  const store = openStore(path);
  let inline: string;
  try {
    importDocument(store, validateDocument(generateNetwork({ people: 6000, seed: 11 })), { mode: 'new' });
    inline = JSON.stringify(assess(exportDocument(store), { asOf: '2026-11-15' }));
  } finally {
    store.close();
  }
  const run = await runCli(['--db', path, 'assess', '--json', '--as-of', '2026-11-15']);
  assert.equal(run.code, 0, run.stderr);
  assert.ok(inline.length > 1_000_000, 'compact output, as for any JSON past a megabyte');
  assert.equal(run.stdout, `${inline}\n`);
  assert.equal(JSON.parse(run.stdout).people.length, 6000);
});
