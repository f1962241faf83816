import type { Database as Sqlite } from 'better-sqlite3';
import { keepAttendance, readAttendance } from './attendance.js';
import { carryWithNote, KEPT } from './derived.js';
import { keepRecordsOf, type RecordNote, type RowEdited, readKeptRecords } from './kept-records.js';
import { revision } from './open.js';
import { INTERACTIONS } from './tables.js';

/**
 * The interactions for the analysis, each with its people, in table order: the records kept by
 * column (kept-records.ts) and the attendees as positions among `people` (attendance.ts), both
 * for revision `at`, read in the same transaction; keeping is best effort, after it.
 */
export function readKeptInteractions(
  sqlite: Sqlite,
  at: number,
  people: readonly string[],
): { interactions: Record<string, unknown>[]; keep(): void } {
  const read = readKeptRecords(sqlite, at, INTERACTIONS);
  const interactions = read.records;
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
      read.keep();
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
  keepRecordsOf(sqlite, at, INTERACTIONS, interactions);
  keepAttendance(
    sqlite,
    at,
    interactions.map((i) => i.people as string[]),
    people,
  );
}

/**
 * After an interaction was changed in place (`people`: its people now) or removed (`people`
 * undefined) and the revision bumped: what was kept of the interactions and of their
 * attendance is carried over with a note of the edit, which the next read takes in
 * (`readKeptRecords`, `readAttendance`), rather than rewritten on every edit or read and encoded
 * again from the tables (seconds at 50,000 people). Best effort, like all keeping.
 */
export function keepInteractionsEdited(
  sqlite: Sqlite,
  edited: RowEdited,
  people: readonly string[] | undefined,
): void {
  const note: RecordNote = {
    rowid: edited.rowid,
    position: edited.position,
    id: edited.id,
    ...(people === undefined ? { removed: true } : {}),
  };
  const to = revision(sqlite);
  carryWithNote(sqlite, KEPT.interactions.key, edited.from, to, note);
  carryWithNote(sqlite, KEPT.attendance.key, edited.from, to, note);
}
