import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { BatchInsert } from './batch-insert.js';

test('rows inserted in batches arrive all, once each, in the order added, whatever the count', () => {
  const sqlite = new Database(join(mkdtempSync(join(tmpdir(), 'threefold-batch-')), 'test.db'));
  sqlite.exec('CREATE TABLE t (name TEXT, n INTEGER, x REAL)');
  // Empty, short of one batch, exactly one, one over, and several batches plus a remainder.
  for (const count of [0, 1, 31, 32, 33, 100]) {
    sqlite.exec('DELETE FROM t');
    const insert = new BatchInsert(sqlite, 't', ['name', 'n', 'x']);
    for (let i = 0; i < count; i++) {
      const at = insert.next();
      insert.cells[at] = `row ${i}`;
      insert.cells[at + 1] = i;
      insert.cells[at + 2] = i % 3 === 0 ? null : i / 4;
    }
    insert.finish();
    const rows = sqlite.prepare('SELECT name, n, x FROM t ORDER BY rowid').raw().all();
    assert.deepEqual(
      rows,
      Array.from({ length: count }, (_, i) => [`row ${i}`, i, i % 3 === 0 ? null : i / 4]),
      `${count} rows`,
    );
  }
  sqlite.close();
});
