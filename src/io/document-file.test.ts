import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readDocumentFile } from './document-file.js';
import { jsonErrorOffset } from './json-position.js';

test('jsonErrorOffset points at the first syntax error', () => {
  assert.equal(jsonErrorOffset('{"a": [1, 2]}'), -1);
  assert.equal(jsonErrorOffset('{"a": }'), 6);
  assert.equal(jsonErrorOffset('[1, 2,]'), 6);
  assert.equal(jsonErrorOffset('{"a": 1} x'), 9);
  assert.equal(jsonErrorOffset('"unterminated'), 13);
  assert.ok(jsonErrorOffset('['.repeat(20_000)) >= 0, 'deep nesting ends in an offset, not a stack overflow');
});

test('readDocumentFile names the line and column of a syntax error, and a missing file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-io-'));
  const path = join(dir, 'doc.json');
  writeFileSync(path, '{\n  "format": "threefold/1",\n  "people": [,]\n}');
  assert.throws(() => readDocumentFile(path), /line 3, column 14/);
  assert.throws(
    () => readDocumentFile(join(dir, 'none.json')),
    (e: { code: string }) => e.code === 'not_found',
  );
});
