import type { Database as Sqlite } from 'better-sqlite3';
import type { ThreefoldDocument } from '../document/schema.js';
import { keepInteractionsOf } from './kept-interactions.js';
import { keepTiesOf } from './tie-graph.js';

/**
 * Keeps what `readAnalysisInput` (analysis-read.ts) would compile on its first read, from a
 * document just written whole at revision `at` (an import): the compiled ties, the interactions
 * and their attendees.
 * The import has every record in hand, so this costs a fraction of reading them back, and the
 * first analysis after an import runs as fast as the ones after it.
 */
export function keepAnalysisInput(sqlite: Sqlite, at: number, doc: ThreefoldDocument): void {
  const people = doc.people.map((p) => p.id);
  keepTiesOf(sqlite, at, people, doc.ties ?? []);
  keepInteractionsOf(sqlite, at, (doc.interactions ?? []) as Array<Record<string, unknown>>, people);
}
