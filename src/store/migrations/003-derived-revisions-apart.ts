import type { CompiledQuery, Kysely } from 'kysely';
import type { KyselyModule } from '../kysely.js';

/**
 * The revision kept data is valid for lives apart from the data. Every write carries what it
 * leaves valid over to the new revision; with both in one row, SQLite rewrote the whole row,
 * megabytes of kept data, on each write (30 ms per write at 50,000 people). Now it updates a
 * row of two small columns. `derived` stays, as a view over both, for reading.
 * `derived_pending`: edits that kept data has not taken in yet. A write that changes a tie or a
 * person in place notes what changed and carries the kept data over as it is; the next read
 * applies the notes (all at once) and keeps the result. A write then costs a few rows, not a
 * rewrite of the kept data.
 * The data kept before is dropped: it is computed again by the next analysis.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before any typed schema exists
export function up(db: Kysely<any>, { sql }: KyselyModule): CompiledQuery[] {
  return [
    db.schema.dropTable('derived').compile(),
    db.schema
      .createTable('derived_data')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('data', 'blob', (c) => c.notNull())
      .compile(),
    db.schema
      .createTable('derived_revision')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .compile(),
    db.schema
      .createTable('derived_pending')
      .addColumn('seq', 'integer', (c) => c.primaryKey())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .compile(),
    db.schema.createIndex('derived_pending_key').on('derived_pending').columns(['key', 'seq']).compile(),
    db.schema
      .createView('derived')
      .as(
        db
          .selectFrom('derived_revision as r')
          .innerJoin('derived_data as d', 'd.key', 'r.key')
          .select(['r.key as key', 'r.revision as revision', 'd.data as data']),
      )
      .compile(),
    // Writes through the view, for tools and tests that treat it as the table it was.
    sql`CREATE TRIGGER derived_insert INSTEAD OF INSERT ON derived BEGIN
      INSERT OR REPLACE INTO derived_data (key, data) VALUES (NEW.key, NEW.data);
      INSERT OR REPLACE INTO derived_revision (key, revision) VALUES (NEW.key, NEW.revision);
    END`.compile(db),
    sql`CREATE TRIGGER derived_delete INSTEAD OF DELETE ON derived BEGIN
      DELETE FROM derived_data WHERE key = OLD.key;
      DELETE FROM derived_revision WHERE key = OLD.key;
      DELETE FROM derived_pending WHERE key = OLD.key;
    END`.compile(db),
  ];
}
