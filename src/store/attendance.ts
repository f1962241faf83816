import type { Database as Sqlite } from 'better-sqlite3';
import { childLists } from './bulk-read.js';
import {
  byId,
  KEPT,
  keepBytes,
  keptBytes,
  lastRowid,
  maxReadAdded,
  pendingNotes,
  stillLast,
} from './derived.js';
import type { RecordNote } from './kept-records.js';

const KEY = KEPT.attendance.key;
// Interactions, people, attendances and a spare word, as 32-bit words, then the rowids of the
// last interaction and the last person covered (64-bit floats).
const HEADER = 8;

/** The rows of the interactions and people tables the kept lists cover, by last rowid. */
interface Covered {
  interactions: number;
  people: number;
}
const coveredNow = (sqlite: Sqlite): Covered => ({
  interactions: lastRowid(sqlite, 'interactions'),
  people: lastRowid(sqlite, 'people'),
});

/**
 * Each interaction's people (interactions in table order), kept in `derived` for the revision
 * as positions in `people`: rebuilt from those (the ids are `people`'s own strings), the lists
 * cost a fraction of reading half a million attendee rows and their ids. Interactions added
 * after the kept ones have their people read from the table (people added after the kept ones
 * leave the positions as they were). `at` is the revision read in the same transaction;
 * keeping is best effort, after it.
 */
export function readAttendance(
  sqlite: Sqlite,
  at: number,
  interactions: readonly string[],
  people: readonly string[],
): { lists: Array<string[] | undefined>; keep(): void } {
  // What the lists cover is noted here, in the read transaction; they are kept after it.
  const keeping = (lists: Array<string[] | undefined>) => {
    const covered = coveredNow(sqlite);
    return { lists, keep: () => keepAttendance(sqlite, at, lists, people, covered) };
  };
  const fromTable = () => keeping(childLists(sqlite, 'interaction_people', 'interaction', interactions));
  // Interactions changed since the lists were kept have their people read again, then all are
  // kept anew. A removal moves the rows the kept lists check their place by: read them again.
  const notes = pendingNotes<RecordNote>(sqlite, KEY);
  if (notes.some((n) => n.removed)) return fromTable();
  const kept = keptLists(sqlite, at, interactions, people);
  if (!kept) return fromTable();
  const covered = kept.covered;
  const attendees = attendeesReader(sqlite);
  for (const note of notes) {
    if (note.rowid > covered || note.position >= kept.lists.length) continue; // read with those added
    if (interactions[note.position] !== note.id) return fromTable();
    kept.lists[note.position] = attendees(note.id);
  }
  const lists = kept.lists;
  const added = interactions.length - lists.length;
  for (let i = lists.length; i < interactions.length; i++) lists.push(attendees(interactions[i]!));
  if (notes.length > 0) return keeping(lists);
  if (added === 0) return { lists, keep: () => {} };
  // A few interactions added are read each time; many are worth keeping with the rest.
  return added <= maxReadAdded(lists.length - added) ? { lists, keep: () => {} } : keeping(lists);
}

/** Reads one interaction's people from the table, in order (for the few not kept). */
export function attendeesReader(sqlite: Sqlite): (interaction: string) => string[] {
  const statement = sqlite
    .prepare('SELECT person FROM interaction_people WHERE interaction = ? ORDER BY position')
    .pluck();
  return (interaction) => statement.all(interaction) as string[];
}

// Kept as the header, offsets (interactions + 1), then the attendees' positions in `people`,
// 32-bit words: the lists of the first interactions of the table (at most `n`), over its first
// people (at most all of `people`).
function keptLists(
  sqlite: Sqlite,
  at: number,
  ids: readonly string[],
  people: readonly string[],
): { lists: Array<string[] | undefined>; covered: number } | undefined {
  const kept = keptPositions(sqlite, at, { count: ids.length, idAt: (i) => ids[i] }, people, true);
  if (!kept) return undefined;
  const { offsets, positions } = kept;
  const lists = new Array<string[]>(offsets.length - 1);
  for (let i = 0; i < lists.length; i++) {
    const from = offsets[i]!;
    const list = new Array<string>(offsets[i + 1]! - from);
    for (let j = 0; j < list.length; j++) list[j] = people[positions[from + j]!]!;
    lists[i] = list;
  }
  return { lists, covered: kept.covered };
}

/**
 * The attendance kept for revision `at`, as positions in `people`: interaction i's people are
 * positions[offsets[i] .. offsets[i + 1]), for the first offsets.length - 1 of the `count`
 * interactions of the table (`idAt` gives the id of each, in table order); undefined when
 * nothing is kept for `at` or the rows it covers were renumbered.
 */
export function keptPositions(
  sqlite: Sqlite,
  at: number,
  interactionsRead: { count: number; idAt(i: number): string | undefined },
  people: readonly string[],
  takesNotes = false,
): { offsets: Uint32Array; positions: Uint32Array; covered: number } | undefined {
  const n = interactionsRead.count;
  // Edits noted since (see `keepInteractionsEdited`) are for a reader that applies them.
  if (!takesNotes && pendingNotes(sqlite, KEY).length > 0) return undefined;
  const bytes = keptBytes(sqlite, KEY, at);
  if (!bytes || bytes.byteLength < 4 * HEADER) return undefined;
  const words = new Uint32Array(bytes.buffer, 0, bytes.byteLength >> 2);
  const [interactions, peopleCount, attendances] = [words[0]!, words[1]!, words[2]!];
  if (interactions > n || peopleCount > people.length) return undefined;
  if (words.length !== HEADER + interactions + 1 + attendances) return undefined;
  const [lastInteraction, lastPerson] = new Float64Array(bytes.buffer, 16, 2);
  if (
    !stillLast(
      sqlite,
      'interactions',
      byId(interactions === 0 ? undefined : interactionsRead.idAt(interactions - 1)),
      lastInteraction!,
    )
  )
    return undefined;
  if (!stillLast(sqlite, 'people', byId(people[peopleCount - 1]), lastPerson!)) return undefined;
  return {
    offsets: words.subarray(HEADER, HEADER + interactions + 1),
    positions: words.subarray(HEADER + interactions + 1),
    covered: lastInteraction!,
  };
}

/**
 * Keeps `lists` (each interaction's people, interactions in table order) for revision `at`,
 * covering the tables' rows up to `covered` (by default, as they stand).
 */
export function keepAttendance(
  sqlite: Sqlite,
  at: number,
  lists: ReadonlyArray<readonly string[] | undefined>,
  people: readonly string[],
  covered: Covered = coveredNow(sqlite),
): void {
  const position = new Map<string, number>();
  for (let p = 0; p < people.length; p++) position.set(people[p]!, p);
  let attendances = 0;
  for (const list of lists) attendances += list?.length ?? 0;
  const words = new Uint32Array(HEADER + lists.length + 1 + attendances);
  words[0] = lists.length;
  words[1] = people.length;
  words[2] = attendances;
  new Float64Array(words.buffer, 16, 2).set([covered.interactions, covered.people]);
  let cursor = HEADER + lists.length + 1;
  for (let i = 0; i < lists.length; i++) {
    words[HEADER + i] = cursor - (HEADER + lists.length + 1);
    for (const person of lists[i] ?? []) {
      const p = position.get(person);
      if (p === undefined) return; // an attendee who is not a person: nothing kept
      words[cursor++] = p;
    }
  }
  words[HEADER + lists.length] = attendances;
  keepBytes(sqlite, KEY, at, new Uint8Array(words.buffer));
}
