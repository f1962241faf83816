import type { CompiledQuery, Kysely } from 'kysely';
import type { KyselyModule } from '../kysely.js';

/**
 * The company database: the roster by pseudonym, collaboration by pair, day and channel (people
 * as row numbers, so 20 million rows stay small), each person's time, opt-outs, settings and the
 * log of every analyst query. WITHOUT ROWID tables are their own primary-key index.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before any typed schema exists
export function up001(db: Kysely<any>, { sql }: KyselyModule): CompiledQuery[] {
  return [
    db.schema
      .createTable('company_people')
      .addColumn('row', 'integer', (c) => c.primaryKey())
      .addColumn('pseudonym', 'text', (c) => c.notNull().unique())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('function', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('location', 'text', (c) => c.notNull())
      .addColumn('manager', 'text')
      .addColumn('start_day', 'integer')
      .compile(),
    db.schema
      .createTable('company_aliases')
      .addColumn('alias', 'text', (c) => c.primaryKey())
      .addColumn('person', 'text', (c) => c.notNull())
      .modifyEnd(sql`without rowid`)
      .compile(),
    db.schema
      .createTable('company_collaboration')
      .addColumn('a', 'integer', (c) => c.notNull())
      .addColumn('b', 'integer', (c) => c.notNull())
      .addColumn('day', 'integer', (c) => c.notNull())
      .addColumn('channel', 'integer', (c) => c.notNull())
      .addColumn('count', 'real', (c) => c.notNull())
      .addColumn('minutes', 'real', (c) => c.notNull())
      .addPrimaryKeyConstraint('company_collaboration_key', ['a', 'b', 'day', 'channel'])
      .modifyEnd(sql`without rowid`)
      .compile(),
    db.schema.createIndex('company_collaboration_day').on('company_collaboration').column('day').compile(),
    db.schema
      .createTable('company_time')
      .addColumn('person', 'integer', (c) => c.notNull())
      .addColumn('day', 'integer', (c) => c.notNull())
      .addColumn('channel', 'integer', (c) => c.notNull())
      .addColumn('minutes', 'real', (c) => c.notNull())
      .addPrimaryKeyConstraint('company_time_key', ['person', 'day', 'channel'])
      .modifyEnd(sql`without rowid`)
      .compile(),
    db.schema
      .createTable('company_opt_outs')
      .addColumn('pseudonym', 'text', (c) => c.primaryKey())
      .addColumn('day', 'integer', (c) => c.notNull())
      .compile(),
    db.schema
      .createTable('company_settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .compile(),
    db.schema
      .createTable('company_query_log')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('analyst', 'text', (c) => c.notNull())
      .addColumn('query', 'text', (c) => c.notNull())
      .addColumn('detail', 'text', (c) => c.notNull())
      .compile(),
  ];
}

/**
 * Calendar meetings already counted, by a keyed hash of their UID and occurrence: the same
 * meeting exported from several mailboxes makes its ties once.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before any typed schema exists
export function up002(db: Kysely<any>, { sql }: KyselyModule): CompiledQuery[] {
  return [
    db.schema
      .createTable('company_meetings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('day', 'integer', (c) => c.notNull())
      .modifyEnd(sql`without rowid`)
      .compile(),
  ];
}

export const COMPANY_MIGRATIONS = [up001, up002];
