import type { CompiledQuery, Kysely } from 'kysely';
import type { KyselyModule } from '../kysely.js';

/**
 * The first schema. Ids are the document's own (text primary keys), so every output names
 * records as the user did. Lists are JSON text; `extra` keeps fields this version does not know,
 * so an import followed by an export loses nothing. Portable DDL through Kysely's builder.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before any typed schema exists
export function up(db: Kysely<any>, { sql }: KyselyModule): CompiledQuery[] {
  const q: CompiledQuery[] = [];
  q.push(
    db.schema
      .createTable('meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .compile(),
  );
  q.push(
    db.schema
      .createTable('owner')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('organization', 'text', (c) => c.notNull())
      .addColumn('unit', 'text')
      .addColumn('title', 'text')
      .addColumn('level', 'integer')
      .addColumn('interests', 'text')
      .addColumn('extra', 'text')
      .compile(),
  );
  q.push(
    db.schema
      .createTable('organizations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text')
      .addColumn('sector', 'text')
      .addColumn('trust', 'integer')
      .addColumn('support', 'text')
      .addColumn('extra', 'text')
      .compile(),
  );
  q.push(
    db.schema
      .createTable('people')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('emails', 'text')
      .addColumn('phones', 'text')
      .addColumn('organization', 'text', (c) => c.references('organizations.id'))
      .addColumn('unit', 'text')
      .addColumn('title', 'text')
      .addColumn('level', 'integer')
      .addColumn('sector', 'text')
      .addColumn('region', 'text')
      .addColumn('interests', 'text')
      .addColumn('offers', 'text')
      .addColumn('needs', 'text')
      .addColumn('tags', 'text')
      .addColumn('notes', 'text')
      .addColumn('extra', 'text')
      .compile(),
  );
  q.push(db.schema.createIndex('people_organization').on('people').column('organization').compile());
  q.push(
    db.schema
      .createTable('relationships')
      .addColumn('person', 'text', (c) => c.primaryKey().references('people.id').onDelete('cascade'))
      .addColumn('forms', 'text')
      .addColumn('roles', 'text')
      .addColumn('prescribed', 'integer')
      .addColumn('strength', 'integer')
      .addColumn('trust', 'integer')
      .addColumn('support', 'integer')
      .addColumn('since', 'text')
      .addColumn('cadence_days', 'integer')
      .addColumn('introduced_by', 'text', (c) => c.references('people.id').onDelete('set null'))
      .addColumn('extra', 'text')
      .compile(),
  );
  // A tie is undirected: (lo, hi) is the pair in canonical order, `flipped` remembers the order
  // the user wrote it in, so the export gives back `a` and `b` as they came.
  q.push(
    db.schema
      .createTable('ties')
      .addColumn('lo', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
      .addColumn('hi', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
      .addColumn('flipped', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('strength', 'integer')
      .addColumn('source', 'text')
      .addColumn('extra', 'text')
      .addPrimaryKeyConstraint('ties_pk', ['lo', 'hi'])
      .addCheckConstraint('ties_no_self', sql`lo < hi`)
      .compile(),
  );
  q.push(db.schema.createIndex('ties_hi').on('ties').column('hi').compile());
  q.push(
    db.schema
      .createTable('groups')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text')
      .addColumn('owner_is_member', 'integer')
      .addColumn('extra', 'text')
      .compile(),
  );
  q.push(
    db.schema
      .createTable('group_members')
      .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
      .addColumn('person', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('group_members_pk', ['group_id', 'position'])
      .compile(),
  );
  q.push(db.schema.createIndex('group_members_person').on('group_members').column('person').compile());
  q.push(
    db.schema
      .createTable('interactions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('kind', 'text')
      .addColumn('minutes', 'real')
      .addColumn('forms', 'text')
      .addColumn('direction', 'text')
      .addColumn('value', 'text')
      .addColumn('notes', 'text')
      .addColumn('extra', 'text')
      .compile(),
  );
  q.push(db.schema.createIndex('interactions_date').on('interactions').column('date').compile());
  q.push(
    db.schema
      .createTable('interaction_people')
      .addColumn('interaction', 'text', (c) => c.notNull().references('interactions.id').onDelete('cascade'))
      .addColumn('person', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('interaction_people_pk', ['interaction', 'position'])
      .compile(),
  );
  q.push(
    db.schema.createIndex('interaction_people_person').on('interaction_people').column('person').compile(),
  );
  q.push(
    db.schema
      .createTable('goals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('due', 'text')
      .addColumn('extra', 'text')
      .compile(),
  );
  q.push(
    db.schema
      .createTable('goal_stakeholders')
      .addColumn('goal', 'text', (c) => c.notNull().references('goals.id').onDelete('cascade'))
      .addColumn('person', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
      .addColumn('influence', 'integer', (c) => c.notNull())
      .addColumn('stance', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('extra', 'text')
      .addPrimaryKeyConstraint('goal_stakeholders_pk', ['goal', 'position'])
      .compile(),
  );
  q.push(
    db.schema
      .createTable('commitments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('form', 'text')
      .addColumn('kind', 'text')
      .addColumn('per', 'text')
      .addColumn('target', 'integer')
      .addColumn('since', 'text')
      .addColumn('extra', 'text')
      .compile(),
  );
  q.push(
    db.schema
      .createTable('snapshots')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('taken_at', 'text', (c) => c.notNull())
      .addColumn('as_of', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .compile(),
  );
  q.push(
    db.schema
      .createTable('action_states')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('until', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .compile(),
  );
  return q;
}
