import type { Database as Sqlite } from 'better-sqlite3';
import { keepAttendance, readAttendance } from './attendance.js';
import { readAllAsJson } from './bulk-read.js';
import { keepDeflated, keptDeflated } from './derived.js';
import { decodeInteractions, encodeInteractions } from './interaction-columns.js';
import { INTERACTIONS } from './tables.js';

// The key names the layout: a version that lays the bytes out otherwise uses another key.
const KEY = 'interactions-columns/1';

/**
 * The interactions for the analysis, each with its people, in table order. Reading them is the
 * costliest step of reading a large network (300,000 interactions: SQLite writing their JSON
 * text, then parsing it, about a second), so they are kept for the revision, column by column
 * (`interaction-columns.ts`, deflated), as are the attendees (`attendance.ts`). `at` is the
 * revision read in the same transaction; keeping is best effort, after it.
 */
export function readKeptInteractions(
  sqlite: Sqlite,
  at: number,
  people: readonly string[],
): { interactions: Record<string, unknown>[]; keep(): void } {
  const stored = keptDeflated(sqlite, KEY, at);
  const kept = stored && decodeInteractions(stored);
  const interactions = kept ?? readAllAsJson(sqlite, INTERACTIONS);
  // Encoded now, before the people are attached (keeping happens after the transaction).
  const columns = kept ? undefined : encodeInteractions(interactions);
  const attendance = readAttendance(
    sqlite,
    at,
    interactions.map((i) => String(i.id)),
    people,
  );
  for (let i = 0; i < interactions.length; i++) interactions[i]!.people = attendance.lists[i] ?? [];
  return {
    interactions,
    keep: () => {
      if (columns) keepDeflated(sqlite, KEY, at, columns);
      attendance.keep();
    },
  };
}

/**
 * Keeps the interactions of a document just written at revision `at` (interactions and people
 * in document order, which is table order), as `readKeptInteractions` would after reading them
 * back: an import has them in hand, and the first analysis after it reads them kept.
 */
export function keepInteractionsOf(
  sqlite: Sqlite,
  at: number,
  interactions: ReadonlyArray<Record<string, unknown>>,
  people: readonly string[],
): void {
  const columns = encodeInteractions(interactions);
  if (columns) keepDeflated(sqlite, KEY, at, columns);
  keepAttendance(
    sqlite,
    at,
    interactions.map((i) => i.people as string[]),
    people,
  );
}
