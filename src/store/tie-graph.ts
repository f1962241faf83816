import type { Database as Sqlite } from 'better-sqlite3';
import { addEdges, type CsrRows, fromEdgeArrays } from '../core/graph/index.js';
import {
  byId,
  carryWithNote,
  KEPT,
  keepBytes,
  keptBytes,
  lastRowid,
  maxReadAdded,
  pendingNotes,
  rowOf,
  stillLast,
} from './derived.js';
import { revision, type Store } from './open.js';

const KEY = KEPT.tieGraph.key;
// n, the length of `neighbors`, and the last tie compiled as the positions of its pair (`NONE`
// without ties), as 32-bit words; then the rowids of that tie and of the last person of the rows
// (64-bit floats).
const HEADER = 8;
const NONE = 0xffffffff;

/** The last tie and the last person the rows cover: their rowids, and the tie's pair. */
interface Covered {
  ties: number;
  people: number;
  lastTie: readonly [number, number] | undefined;
}
function coveredNow(sqlite: Sqlite, people: readonly string[]): Covered {
  const ties = lastRowid(sqlite, 'ties');
  const pair = sqlite.prepare('SELECT lo, hi FROM ties WHERE rowid = ?').raw().get(ties) as
    | [string, string]
    | undefined;
  return {
    ties,
    people: lastRowid(sqlite, 'people'),
    lastTie: pair && [people.indexOf(pair[0]), people.indexOf(pair[1])],
  };
}

/**
 * The ties among people compiled into rows over people in document order (node i is the i-th
 * person of `people`), each weighing (strength ?? 2) / 5 as in the analysis view. Ties change
 * far less often than they are read, and reading half a million of them costs a second, so
 * the compiled rows are kept in `derived` for the network revision they were built at. People
 * and ties added since are added to the kept rows; a tie or a person changed or removed makes
 * the next read compile them all again (derived.ts). Call inside a read transaction (the rows
 * must match `people`); keeping them is best effort, after that transaction.
 */
export function readTieRows(store: Store, people: readonly string[]): { rows: CsrRows; keep(): void } {
  const { sqlite } = store;
  const at = revision(sqlite);
  // What the rows cover is noted here, in the read transaction; they are kept after it.
  const keeping = (rows: CsrRows) => {
    const covered = coveredNow(sqlite, people);
    return { rows, keep: () => keepRows(sqlite, at, rows, covered) };
  };
  const kept = keptRows(sqlite, at, people);
  if (kept) {
    const added = addedTies(sqlite, people, kept.covered.ties);
    // Rows that took in noted edits are kept as they are now, and the notes go.
    if (added.src.length === 0)
      return kept.patched ? keeping(kept.rows) : { rows: kept.rows, keep: () => {} };
    const rows = addEdges(kept.rows, added.src, added.dst, added.wts);
    // A few ties added are added on each read; many are worth keeping with the rest.
    if (!kept.patched && added.src.length <= maxReadAdded(kept.rows.neighbors.length / 2))
      return { rows, keep: () => {} };
    return keeping(rows);
  }
  return keeping(compileTies(sqlite, people));
}

// Kept as the header, offsets (n + 1), neighbours (arcs) as 32-bit words, then one byte per arc:
// the stated strength 1..5 behind the weight (weights are strength / 5), a third of the bytes of
// 64-bit weights, since the whole blob is read on every run.
function keptRows(
  sqlite: Sqlite,
  at: number,
  people: readonly string[],
): { rows: CsrRows; covered: Covered; patched: boolean } | undefined {
  const n = people.length;
  let bytes = keptBytes(sqlite, KEY, at);
  // Edits noted since the rows were kept are applied in the order they were written.
  const notes = bytes ? pendingNotes<TieNote>(sqlite, KEY) : [];
  if (bytes && notes.length > 0) bytes = applyTieNotes(bytes, notes);
  if (!bytes || bytes.byteLength < 4 * HEADER) return undefined;
  const header = new Uint32Array(bytes.buffer, 0, 4);
  const [nodes, arcs, lo, hi] = [header[0]!, header[1]!, header[2]!, header[3]!];
  const rowids = new Float64Array(bytes.buffer, 16, 2);
  const covered: Covered = {
    ties: rowids[0]!,
    people: rowids[1]!,
    lastTie: lo === NONE ? undefined : [lo, hi],
  };
  const words = HEADER + nodes + 1 + arcs;
  if (nodes > n || bytes.byteLength !== 4 * words + arcs) return undefined;
  if (lo !== NONE && (lo >= nodes || hi >= nodes)) return undefined;
  const pair = lo === NONE ? undefined : { sql: 'lo = ? AND hi = ?', params: [people[lo]!, people[hi]!] };
  if (!stillLast(sqlite, 'ties', pair, covered.ties)) return undefined;
  if (!stillLast(sqlite, 'people', byId(people[nodes - 1]), covered.people)) return undefined;
  let offsets = new Uint32Array(bytes.buffer, 4 * HEADER, nodes + 1);
  if (nodes < n) {
    // People added after the rows were kept: their rows start empty.
    const grown = new Uint32Array(n + 1).fill(arcs);
    grown.set(offsets);
    offsets = grown;
  }
  const neighbors = new Uint32Array(bytes.buffer, 4 * (HEADER + nodes + 1), arcs);
  const strengths = new Uint8Array(bytes.buffer, 4 * words, arcs);
  // The weights are built only if something reads them: the analysis reads the strengths
  // (`withHub`), and 1,000,000 ties' weights are 16 MB of fresh memory.
  let weights: Float64Array | undefined;
  const rows: CsrRows = {
    n,
    offsets,
    neighbors,
    strengths,
    get weights() {
      if (!weights) {
        weights = new Float64Array(arcs);
        for (let i = 0; i < arcs; i++) weights[i] = strengths[i]! / 5;
      }
      return weights;
    },
  };
  return { rows, covered, patched: notes.length > 0 };
}

function keepRows(sqlite: Sqlite, at: number, rows: CsrRows, covered: Covered): void {
  const arcs = rows.neighbors.length;
  const words = HEADER + rows.n + 1 + arcs;
  const bytes = new Uint8Array(4 * words + arcs);
  new Uint32Array(bytes.buffer, 0, 4).set([rows.n, arcs, ...(covered.lastTie ?? [NONE, NONE])]);
  new Float64Array(bytes.buffer, 16, 2).set([covered.ties, covered.people]);
  new Uint32Array(bytes.buffer, 4 * HEADER, rows.n + 1).set(rows.offsets);
  new Uint32Array(bytes.buffer, 4 * (HEADER + rows.n + 1), arcs).set(rows.neighbors);
  const strengths = new Uint8Array(bytes.buffer, 4 * words, arcs);
  for (let i = 0; i < arcs; i++) {
    const s = Math.round(rows.weights[i]! * 5);
    if (s / 5 !== rows.weights[i]) return; // not a stated strength: nothing kept
    strengths[i] = s;
  }
  keepBytes(sqlite, KEY, at, bytes);
}

interface Edges {
  src: Uint32Array;
  dst: Uint32Array;
  wts: Float64Array;
}
const edgeArrays = (count: number): Edges => ({
  src: new Uint32Array(count),
  dst: new Uint32Array(count),
  wts: new Float64Array(count),
});

/** The ties after rowid `after`, as edges between positions in `people`. */
function addedTies(sqlite: Sqlite, people: readonly string[], after: number): Edges {
  const ties = sqlite
    .prepare('SELECT lo, hi, strength FROM ties WHERE rowid > ? ORDER BY rowid')
    .raw()
    .all(after) as Array<[string, string, number | null]>;
  const edges = edgeArrays(ties.length);
  if (ties.length === 0) return edges; // no index of every person for nothing
  compileInto(edges, people, (add) => {
    for (const [lo, hi, strength] of ties) add(lo, hi, strength);
  });
  return edges;
}

/**
 * Keeps the ties of a document just written at revision `at`, compiled from its records (people
 * in document order, which is table order): an import has them in hand, and the first analysis
 * after it then reads them kept instead of compiling them from the table.
 */
export function keepTiesOf(
  sqlite: Sqlite,
  at: number,
  people: readonly string[],
  ties: ReadonlyArray<{ a: string; b: string; strength?: number | undefined }>,
): void {
  keepRows(
    sqlite,
    at,
    compile(people, ties.length, (add) => {
      for (const t of ties) add(t.a, t.b, t.strength);
    }),
    coveredNow(sqlite, people),
  );
}

type AddTie = (a: string, b: string, strength: number | null | undefined) => void;

/** Rows over `people` from `count` ties that `visit` adds, each weighing (strength ?? 2) / 5. */
function compile(people: readonly string[], count: number, visit: (add: AddTie) => void): CsrRows {
  const edges = edgeArrays(count);
  const index = compileInto(edges, people, visit);
  return fromEdgeArrays(people, index, edges.src, edges.dst, edges.wts);
}

/** Fills `edges` with the ties `visit` adds, as positions in `people`; returns their index. */
function compileInto(
  edges: Edges,
  people: readonly string[],
  visit: (add: AddTie) => void,
): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < people.length; i++) index.set(people[i]!, i);
  const node = (id: string) => {
    const v = index.get(id);
    if (v === undefined) throw new Error(`tie to unknown person "${id}"`);
    return v;
  };
  let t = 0;
  visit((a, b, strength) => {
    edges.src[t] = node(a);
    edges.dst[t] = node(b);
    edges.wts[t++] = (strength ?? 2) / 5;
  });
  return index;
}

/**
 * The ties' pairs and strengths from one text SQLite writes, split on a separator: far faster than
 * half a million rows crossing one cell at a time. Should an id hold the separator, the parts
 * do not add up and the ties are read again as JSON.
 */
function compileTies(sqlite: Sqlite, people: readonly string[]): CsrRows {
  const count = sqlite.prepare('SELECT count(*) FROM ties').pluck().get() as number;
  if (count === 0) return compile(people, 0, () => {});
  const text = sqlite
    .prepare(
      // json_quote writes the strengths exactly as the document export reads them.
      `SELECT group_concat(lo || char(31) || hi || char(31) || json_quote(strength), char(31)) FROM ties`,
    )
    .pluck()
    .get() as string;
  let parts: Array<string | number | null> = text.split('\x1f');
  if (parts.length !== 3 * count) {
    parts = JSON.parse(
      sqlite
        .prepare(
          `SELECT '[' || group_concat(json_quote(lo) || ',' || json_quote(hi) || ',' || coalesce(json_quote(strength), 'null'), ',') || ']' FROM ties`,
        )
        .pluck()
        .get() as string,
    ) as Array<string | number | null>;
  }
  return compile(people, count, (add) => {
    for (let r = 0; r < parts.length; r += 3) {
      const s = parts[r + 2];
      add(parts[r] as string, parts[r + 1] as string, s === 'null' || s === null ? null : Number(s));
    }
  });
}

/** A tie about to be changed or removed: its row, its pair, and the revision before the write. */
export interface TieEdited {
  from: number;
  rowid: number;
  lo: string;
  hi: string;
}

/** Call in the write's transaction, before the write: undefined for no such tie. */
export function tieBeforeEdit(sqlite: Sqlite, lo: string, hi: string): TieEdited | undefined {
  const rowid = sqlite.prepare('SELECT rowid FROM ties WHERE lo = ? AND hi = ?').pluck().get(lo, hi) as
    | number
    | undefined;
  return rowid === undefined ? undefined : { from: revision(sqlite), rowid, lo, hi };
}

/**
 * An edit of one tie, as the kept rows take it in: the tie's row, the positions of its pair,
 * its strength now (undefined: removed), and, when it was the last tie the rows cover, the tie
 * before it (its rowid and pair, null for none), all read when the edit was written.
 */
interface TieNote {
  rowid: number;
  u: number;
  v: number;
  strength?: number | null;
  before?: { rowid: number; pair: [number, number] } | null;
}

/**
 * After a tie was changed (`strength`: its strength now, null when unset) or removed
 * (`strength` undefined) and the revision bumped: the rows kept for the old revision are carried
 * over with a note of the edit, which the next read applies (`applyTieNotes`), rather than
 * compiled again from half a million ties on the next analysis or rewritten on every edit.
 * Best effort, like all keeping: anything unexpected keeps nothing.
 */
export function keepTieGraphEdited(
  sqlite: Sqlite,
  edited: TieEdited,
  strength: number | null | undefined,
): void {
  const u = personAt(sqlite, edited.lo);
  const v = personAt(sqlite, edited.hi);
  if (u === undefined || v === undefined) return;
  const note: TieNote = { rowid: edited.rowid, u, v, ...(strength !== undefined ? { strength } : {}) };
  if (strength === undefined) {
    // Should this be the last tie the rows cover, the one before it becomes the last.
    const before = sqlite
      .prepare('SELECT rowid, lo, hi FROM ties WHERE rowid < ? ORDER BY rowid DESC LIMIT 1')
      .get(edited.rowid) as { rowid: number; lo: string; hi: string } | undefined;
    const pair = before && [personAt(sqlite, before.lo), personAt(sqlite, before.hi)];
    if (pair && (pair[0] === undefined || pair[1] === undefined)) return;
    note.before = before ? { rowid: before.rowid, pair: pair as [number, number] } : null;
  }
  carryWithNote(sqlite, KEY, edited.from, revision(sqlite), note);
}

/**
 * The kept rows with the noted edits applied in order, or undefined when they cannot take one.
 * Strengths change in place; removed arcs are marked, and the rows are closed up once at the
 * end, so a hundred removals cost one pass over the rows, not a hundred.
 */
function applyTieNotes(bytes: Uint8Array, notes: readonly TieNote[]): Uint8Array | undefined {
  if (bytes.byteLength < 4 * HEADER) return undefined;
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER);
  const [nodes, arcs] = [header[0]!, header[1]!];
  const covered = new Float64Array(bytes.buffer, bytes.byteOffset + 16, 2);
  const words = HEADER + nodes + 1 + arcs;
  if (bytes.byteLength !== 4 * words + arcs) return undefined;
  const offsets = new Uint32Array(bytes.buffer, bytes.byteOffset + 4 * HEADER, nodes + 1);
  const neighbors = new Uint32Array(bytes.buffer, bytes.byteOffset + 4 * (HEADER + nodes + 1), arcs);
  const strengths = bytes.subarray(4 * words);
  const removed = new Uint8Array(arcs);
  let removedArcs = 0;
  for (const note of notes) {
    // A tie past the kept ones: their reader takes it from the table.
    if (note.rowid > covered[0]!) continue;
    const { u, v } = note;
    if (u >= nodes || v >= nodes) return undefined;
    const uv = arcIn(offsets, neighbors, u, v);
    const vu = arcIn(offsets, neighbors, v, u);
    if (uv < 0 || vu < 0 || removed[uv] || removed[vu]) return undefined;
    if (note.strength !== undefined) {
      const stated = note.strength ?? 2;
      if (!Number.isInteger(stated) || stated < 0 || stated > 255) return undefined;
      strengths[uv] = stated;
      strengths[vu] = stated;
      continue;
    }
    removed[uv] = 1;
    removed[vu] = 1;
    removedArcs += 2;
    if (note.rowid === covered[0]) {
      // The last tie kept went: the one before it is the last now. It is checked to be the last
      // kept one by its pair first, as the reader would (not rows renumbered behind the rows).
      if (header[2] !== u || header[3] !== v || note.before === undefined) return undefined;
      header.set(note.before ? note.before.pair : [NONE, NONE], 2);
      covered[0] = note.before?.rowid ?? 0;
    }
  }
  if (removedArcs === 0) return bytes;
  // Removed arcs go, and the rows after them move up.
  const out = new Uint8Array(4 * (words - removedArcs) + arcs - removedArcs);
  const outWords = new Uint32Array(out.buffer, 0, words - removedArcs);
  outWords.set(header);
  outWords[1] = arcs - removedArcs;
  new Float64Array(out.buffer, 16, 2).set(covered);
  const outOffsets = outWords.subarray(HEADER, HEADER + nodes + 1);
  const outNeighbors = outWords.subarray(HEADER + nodes + 1);
  const outStrengths = out.subarray(4 * (words - removedArcs));
  let b = 0;
  for (let w = 0; w < nodes; w++) {
    outOffsets[w] = b;
    for (let a = offsets[w]!; a < offsets[w + 1]!; a++) {
      if (removed[a]) continue;
      outNeighbors[b] = neighbors[a]!;
      outStrengths[b++] = strengths[a]!;
    }
  }
  outOffsets[nodes] = b;
  return out;
}

/** A person's position in table order. */
const personAt = (sqlite: Sqlite, id: string) => rowOf(sqlite, 'people', id)?.position;

/** The arc from u to v in the sorted rows, -1 when there is none. */
function arcIn(offsets: Uint32Array, neighbors: Uint32Array, u: number, v: number): number {
  let lo = offsets[u]!;
  let hi = offsets[u + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (neighbors[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets[u + 1]! && neighbors[lo] === v ? lo : -1;
}
