import type { Database as Sqlite } from 'better-sqlite3';
import { readAllAsJson, readOneAsJson } from './bulk-read.js';
import {
  byId,
  carryWithNote,
  KEPT,
  keepDeflated,
  keptDeflated,
  lastRowid,
  maxReadAdded,
  pendingNotes,
  rowOf,
  stillLast,
} from './derived.js';
import { revision } from './open.js';
import { encodeColumns, type RecordColumns, readColumns, recordAt } from './record-columns.js';
import { INTERACTIONS, PEOPLE, RELATIONSHIPS, type TableCodec } from './tables.js';

/**
 * The tables whose records the analysis keeps column by column (record-columns.ts, deflated):
 * reading them is the costliest part of reading a large network (SQLite writing 300,000
 * interactions and 50,000 people as JSON text, then parsing it), and decoding the kept columns
 * costs a fraction. `children` are the fields kept elsewhere (an interaction's people:
 * attendance.ts); `keyField` is the field that keys a record (its row's column of the same name).
 */
interface KeptTable {
  key: string;
  children: readonly string[];
  keyField: string;
}
const KEPT_RECORDS = new Map<TableCodec, KeptTable>([
  [PEOPLE, { key: KEPT.people.key, children: [], keyField: 'id' }],
  [INTERACTIONS, { key: KEPT.interactions.key, children: ['people'], keyField: 'id' }],
  [RELATIONSHIPS, { key: KEPT.relationships.key, children: [], keyField: 'person' }],
]);

function kept(codec: TableCodec): KeptTable {
  const entry = KEPT_RECORDS.get(codec);
  if (!entry) throw new Error(`${codec.table} records are not kept`);
  return entry;
}

// Kept deflated: the rowid of the last record covered (a 64-bit float), then the records by
// column (record-columns.ts).
const COVERED = 8;

/**
 * A kept table's records in table order, as `readAllAsJson` gives them: from what was kept for
 * revision `at` and the records added after those, or read from the table; `keep()` keeps them
 * (best effort, to be called after the read transaction) when they were read, or when the
 * records added since grew many. `at` is the revision read in the same transaction.
 */
export function readKeptRecords(
  sqlite: Sqlite,
  at: number,
  codec: TableCodec,
  leaveOut: readonly string[] = [],
  /** Lists shared among the records, frozen (see `recordAt`): for readers that never change them. */
  sharedLists = false,
): { records: Record<string, unknown>[]; keep(): void } {
  const { key, keyField } = kept(codec);
  const keeping = (records: Record<string, unknown>[]) => {
    // Encoded now, before a caller attaches child lists (keeping happens after the transaction).
    const bytes = covering(lastRowid(sqlite, codec.table), encodeColumns(codec, records, [], keyField));
    return { records: without(records, leaveOut), keep: () => bytes && keepDeflated(sqlite, key, at, bytes) };
  };
  const stored = keptColumns(sqlite, at, codec, true);
  if (stored) {
    const { columns, added, notes } = stored;
    // Records kept anew are read whole (what is kept holds every field); otherwise the fields
    // left out are never decoded (200,000 people's email lists: a tenth of a second).
    const keptAnew = notes.length > 0 || added.length > maxReadAdded(columns.n);
    const read = columns.fields.flatMap((field, c) => (keptAnew || !leaveOut.includes(field) ? [c] : []));
    const records = new Array<Record<string, unknown>>(columns.n);
    for (let i = 0; i < records.length; i++) records[i] = recordAt(columns, i, read, sharedLists);
    // Records changed in place since they were kept are read again, those removed go (in the
    // order the edits were written, each at its position then), and all are kept anew.
    for (const note of notes) {
      if (note.rowid > columns.covered) continue; // read with the records added
      if (records[note.position]?.[keyField] !== note.id) return keeping(readAllAsJson(sqlite, codec));
      if (note.removed) {
        records.splice(note.position, 1);
        continue;
      }
      const now = readOneAsJson(sqlite, codec, note.rowid);
      if (!now) return keeping(readAllAsJson(sqlite, codec));
      records[note.position] = now;
    }
    // A few records added are read each time; many are worth keeping with the rest.
    for (const record of keptAnew ? added : without(added, leaveOut)) records.push(record);
    return keptAnew ? keeping(records) : { records, keep: () => {} };
  }
  return keeping(readAllAsJson(sqlite, codec));
}

/** `records` without the fields `leaveOut`: a record that has any of them is copied without them. */
function without(records: Record<string, unknown>[], leaveOut: readonly string[]): Record<string, unknown>[] {
  if (leaveOut.length === 0) return records;
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    if (!leaveOut.some((field) => field in record)) continue;
    const lean: Record<string, unknown> = {};
    for (const field in record) if (!leaveOut.includes(field)) lean[field] = record[field];
    records[i] = lean;
  }
  return records;
}

/**
 * What was kept of a table for revision `at`, by column, and the records added after those
 * (read from the table); undefined when nothing is kept for `at`, or the rows it covers were
 * renumbered.
 */
export function keptColumns(
  sqlite: Sqlite,
  at: number,
  codec: TableCodec,
  takesNotes = false,
):
  | { columns: RecordColumns & { covered: number }; added: Record<string, unknown>[]; notes: RecordNote[] }
  | undefined {
  const { key, keyField } = kept(codec);
  const stored = keptDeflated(sqlite, key, at);
  const columns = stored && stored.byteLength >= COVERED && readColumns(codec, stored.subarray(COVERED));
  if (!stored || !columns) return undefined;
  const covered = new Float64Array(stored.buffer, stored.byteOffset, 1)[0]!;
  if (!stillLast(sqlite, codec.table, byId(columns.lastId, keyField), covered)) return undefined;
  // Edits noted since (see `keepRecordEdited`) are for a reader that applies them.
  const notes = pendingNotes<RecordNote>(sqlite, key);
  if (notes.length > 0 && !takesNotes) return undefined;
  return {
    columns: Object.assign(columns, { covered }),
    added: readAllAsJson(sqlite, codec, [], covered),
    notes,
  };
}

/** A record changed in place or removed since the records were kept: its row, position and id then. */
export interface RecordNote {
  rowid: number;
  position: number;
  id: string;
  removed?: boolean;
}

/** Keeps the records of a document just written at revision `at`, in document (table) order. */
export function keepRecordsOf(
  sqlite: Sqlite,
  at: number,
  codec: TableCodec,
  records: ReadonlyArray<Record<string, unknown>>,
): void {
  const { key, children, keyField } = kept(codec);
  const bytes = covering(lastRowid(sqlite, codec.table), encodeColumns(codec, records, children, keyField));
  if (bytes) keepDeflated(sqlite, key, at, bytes);
}

/**
 * A row a write is about to change in place or remove: its rowid, its position in table
 * order, and the revision before the write.
 */
export interface RowEdited {
  id: string;
  rowid: number;
  position: number;
  from: number;
}

/** Call in the write's transaction, before the write: undefined for no such row. */
export function rowBeforeEdit(sqlite: Sqlite, codec: TableCodec, id: string): RowEdited | undefined {
  const row = rowOf(sqlite, codec.table, id, kept(codec).keyField);
  return row && { id, ...row, from: revision(sqlite) };
}

/**
 * After a person or a relationship changed in place and the revision bumped: what is kept of
 * their table is carried over with a note of the row, which the next read takes in
 * (`readKeptRecords`), so an edit does not rewrite every record kept.
 */
export function keepRecordEdited(sqlite: Sqlite, codec: TableCodec, edited: RowEdited): void {
  const note: RecordNote = { rowid: edited.rowid, position: edited.position, id: edited.id };
  carryWithNote(sqlite, kept(codec).key, edited.from, revision(sqlite), note);
}

function covering(last: number, columns: Uint8Array | undefined): Uint8Array | undefined {
  if (!columns) return undefined;
  const bytes = new Uint8Array(COVERED + columns.byteLength);
  new Float64Array(bytes.buffer, 0, 1)[0] = last;
  bytes.set(columns, COVERED);
  return bytes;
}
