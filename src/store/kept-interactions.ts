import type { Database as Sqlite } from 'better-sqlite3';
import { readAttendance } from './attendance.js';
import { allAsJsonText, recordsFromJson } from './bulk-read.js';
import { keepText, keptText } from './derived.js';
import { INTERACTIONS } from './tables.js';

// The key names the layout: a version that writes the text otherwise uses another key.
const KEY = 'interactions-json/1';

/**
 * The interactions for the analysis, each with its people, in table order. SQLite writing their
 * JSON text is the costliest step of reading a large network (300,000 interactions: about
 * half a second), so the text is kept for the revision (deflated, `derived.ts`), as are the
 * attendees (`attendance.ts`). `at` is the revision read in the same transaction; keeping is
 * best effort, after it.
 */
export function readKeptInteractions(
  sqlite: Sqlite,
  at: number,
  people: readonly string[],
): { interactions: Record<string, unknown>[]; keep(): void } {
  const kept = keptText(sqlite, KEY, at);
  const text = kept ?? allAsJsonText(sqlite, INTERACTIONS);
  const interactions = recordsFromJson(text);
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
      if (kept === undefined) keepText(sqlite, KEY, at, text);
      attendance.keep();
    },
  };
}
