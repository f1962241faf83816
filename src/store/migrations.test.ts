import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { exportDocument } from './document.js';
import { queryBuilder } from './kysely.js';
import * as m001 from './migrations/001-initial.js';
import { openStore } from './open.js';

test('a database written by schema 1 opens migrated, with every record and its order kept', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'threefold-migrate-')), 'v1.db');
  const v1 = new Database(path);
  const { qb, kysely } = queryBuilder();
  for (const query of m001.up(qb, kysely)) v1.exec(query.sql);
  v1.pragma('user_version = 1');
  v1.exec(`
    INSERT INTO owner (id, name, organization) VALUES (1, 'Ada', 'o:home');
    INSERT INTO organizations (id, name) VALUES ('o:home', 'Home');
    INSERT INTO people (id, name) VALUES ('p:c', 'Cy'), ('p:a', 'Al'), ('p:b', 'Bo');
    INSERT INTO ties (lo, hi, flipped, strength) VALUES ('p:b', 'p:c', 1, 4), ('p:a', 'p:c', 0, NULL), ('p:a', 'p:b', 0, 2);
    INSERT INTO interactions (id, date, kind) VALUES ('i:2', '2026-01-02', 'call'), ('i:1', '2026-01-01', 'meeting');
    INSERT INTO interaction_people (interaction, person, position) VALUES ('i:2', 'p:c', 0), ('i:2', 'p:a', 1), ('i:1', 'p:b', 0);
  `);
  v1.close();

  const store = openStore(path);
  try {
    const doc = exportDocument(store);
    assert.deepEqual(doc.ties, [
      { a: 'p:c', b: 'p:b', strength: 4 },
      { a: 'p:a', b: 'p:c' },
      { a: 'p:a', b: 'p:b', strength: 2 },
    ]);
    assert.deepEqual(
      doc.interactions?.map((i) => [i.id, i.people]),
      [
        ['i:2', ['p:c', 'p:a']],
        ['i:1', ['p:b']],
      ],
    );
    const { sqlite } = store;
    assert.equal(sqlite.pragma('user_version', { simple: true }), 3);
    assert.equal(sqlite.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(sqlite.pragma('foreign_key_check'), []);
    // Uniqueness now lives in unique indexes, and still holds.
    assert.throws(
      () => sqlite.prepare("INSERT INTO ties (lo, hi) VALUES ('p:a', 'p:b')").run(),
      /UNIQUE constraint failed/,
    );
    assert.throws(
      () =>
        sqlite
          .prepare("INSERT INTO interaction_people (interaction, person, position) VALUES ('i:1', 'p:a', 0)")
          .run(),
      /UNIQUE constraint failed/,
    );
    // Removing a person still takes their ties and attendances with them.
    sqlite.prepare("DELETE FROM people WHERE id = 'p:c'").run();
    assert.equal(sqlite.prepare('SELECT count(*) FROM ties').pluck().get(), 1);
    assert.equal(sqlite.prepare('SELECT count(*) FROM interaction_people').pluck().get(), 2);
  } finally {
    store.close();
  }
});
