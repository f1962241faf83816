import type { Database as Sqlite } from 'better-sqlite3';
import { readAllAsJson } from './bulk-read.js';
import { KEPT, keepDeflated, keptDeflated, maxReadAdded } from './derived.js';
import { decodeColumns, encodeColumns } from './record-columns.js';
import { INTERACTIONS, PEOPLE, type TableCodec } from './tables.js';

/**
 * The tables whose records the analysis keeps column by column (record-columns.ts, deflated):
 * reading them is the costliest part of reading a large network (SQLite writing 300,000
 * interactions and 50,000 people as JSON text, then parsing it), and decoding the kept columns
 * costs a fraction. `children` are the fields kept elsewhere (an interaction's people:
 * attendance.ts).
 */
const KEPT_RECORDS = new Map<TableCodec, { key: string; children: readonly string[] }>([
  [PEOPLE, { key: KEPT.people.key, children: [] }],
  [INTERACTIONS, { key: KEPT.interactions.key, children: ['people'] }],
]);

function kept(codec: TableCodec): { key: string; children: readonly string[] } {
  const entry = KEPT_RECORDS.get(codec);
  if (!entry) throw new Error(`${codec.table} records are not kept`);
  return entry;
}

/**
 * A kept table's records in table order, as `readAllAsJson` gives them: from what was kept for
 * revision `at` and the records added after those, or read from the table; `keep()` keeps them
 * (best effort, to be called after the read transaction) when they were read, or when the
 * records added since grew large. `at` is the revision read in the same transaction.
 */
export function readKeptRecords(
  sqlite: Sqlite,
  at: number,
  codec: TableCodec,
): { records: Record<string, unknown>[]; keep(): void } {
  const { key } = kept(codec);
  const stored = keptDeflated(sqlite, key, at);
  const decoded = stored && decodeColumns(codec, stored);
  let records: Record<string, unknown>[];
  if (decoded) {
    const added = readAllAsJson(sqlite, codec, [], decoded.length);
    for (const record of added) decoded.push(record);
    // A few records added are read each time; many are worth keeping with the rest.
    if (added.length <= maxReadAdded(decoded.length)) return { records: decoded, keep: () => {} };
    records = decoded;
  } else records = readAllAsJson(sqlite, codec);
  // Encoded now, before a caller attaches child lists (keeping happens after the transaction).
  const columns = encodeColumns(codec, records);
  return { records, keep: () => columns && keepDeflated(sqlite, key, at, columns) };
}

/** Keeps the records of a document just written at revision `at`, in document (table) order. */
export function keepRecordsOf(
  sqlite: Sqlite,
  at: number,
  codec: TableCodec,
  records: ReadonlyArray<Record<string, unknown>>,
): void {
  const { key, children } = kept(codec);
  const columns = encodeColumns(codec, records, children);
  if (columns) keepDeflated(sqlite, key, at, columns);
}
