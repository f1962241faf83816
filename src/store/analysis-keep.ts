import type { Database as Sqlite } from 'better-sqlite3';
import type { ThreefoldDocument } from '../document/schema.js';
import { keepInteractionsOf } from './kept-interactions.js';
import { keepRecordsOf } from './kept-records.js';
import { PEOPLE, RELATIONSHIPS } from './tables.js';
import { keepTiesOf } from './tie-graph.js';

/**
 * Keeps what `readAnalysisInput` (analysis-read.ts) would keep on its first read, from a
 * document just written whole at revision `at` (an import): the people, relationships and
 * interactions by column, the attendees, the compiled ties. The import has every record in hand,
 * so this costs a fraction of reading them back, and the first analysis after an import runs as
 * fast as the ones after it.
 */
export function keepAnalysisInput(sqlite: Sqlite, at: number, doc: ThreefoldDocument): void {
  const people = doc.people.map((p) => p.id);
  keepRecordsOf(sqlite, at, PEOPLE, doc.people as Array<Record<string, unknown>>);
  keepRecordsOf(sqlite, at, RELATIONSHIPS, (doc.relationships ?? []) as Array<Record<string, unknown>>);
  keepTiesOf(sqlite, at, people, doc.ties ?? []);
  keepInteractionsOf(sqlite, at, (doc.interactions ?? []) as Array<Record<string, unknown>>, people);
}
