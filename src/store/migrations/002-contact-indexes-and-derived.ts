import type { CompiledQuery, Kysely } from 'kysely';
import type { KyselyModule } from '../kysely.js';

/**
 * - Covering indexes for the question every coaching command asks: when did the owner last meet
 *   each contact, and how often this year. With them, each attendee row costs one index lookup
 *   instead of three (the 50k-person network: 1.4 s to 0.16 s). The index on attendee `person`
 *   is replaced by one on `(person, interaction)`, which serves the same lookups.
 * - `derived`: data computed from the network and kept to save recomputing it (the ties as a
 *   compiled graph), each row valid for the network revision it was computed at. Never exported.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before any typed schema exists
export function up(db: Kysely<any>, _kysely: KyselyModule): CompiledQuery[] {
  return [
    db.schema.dropIndex('interaction_people_person').compile(),
    db.schema
      .createIndex('interaction_people_person')
      .on('interaction_people')
      .columns(['person', 'interaction'])
      .compile(),
    db.schema.createIndex('interactions_id_date').on('interactions').columns(['id', 'date']).compile(),
    db.schema
      .createTable('derived')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('data', 'blob', (c) => c.notNull())
      .compile(),
  ];
}
