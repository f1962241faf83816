import type { Database as Sqlite } from 'better-sqlite3';
import { type CsrRows, fromEdgeArrays } from '../core/graph/index.js';
import { KEPT, keepBytes, keptBytes } from './derived.js';
import { revision, type Store } from './open.js';

const KEY = KEPT.tieGraph.key;
const HEADER = 2; // n and the length of `neighbors`, as 32-bit words

/**
 * The ties among people compiled into rows over people in document order (node i is the i-th
 * person of `people`), each weighing (strength ?? 2) / 5 as in the analysis view. Ties change
 * far less often than they are read, and reading half a million of them costs a second, so
 * the compiled rows are kept in `derived` for the network revision they were built at: a write
 * to the ties or the people makes the next read compile again (adding a person does not:
 * derived.ts). Call inside a read transaction
 * (the rows must match `people`); keeping them is best effort, after that transaction.
 */
export function readTieRows(store: Store, people: readonly string[]): { rows: CsrRows; keep(): void } {
  const { sqlite } = store;
  const at = revision(sqlite);
  const kept = keptRows(sqlite, at, people.length);
  if (kept) return { rows: kept, keep: () => {} };
  const rows = compileTies(sqlite, people);
  return { rows, keep: () => keepRows(sqlite, at, rows) };
}

// Kept as [n, arcs], offsets (n + 1), neighbours (arcs) as 32-bit words, then one byte per arc:
// the stated strength 1..5 behind the weight (weights are strength / 5), a third of the bytes of
// 64-bit weights, since the whole blob is read on every run.
function keptRows(sqlite: Sqlite, at: number, n: number): CsrRows | undefined {
  const bytes = keptBytes(sqlite, KEY, at);
  if (!bytes || bytes.byteLength < 4 * HEADER) return undefined;
  const header = new Uint32Array(bytes.buffer, 0, HEADER);
  const [nodes, arcs] = [header[0]!, header[1]!];
  const words = HEADER + nodes + 1 + arcs;
  if (nodes > n || bytes.byteLength !== 4 * words + arcs) return undefined;
  let offsets = new Uint32Array(bytes.buffer, 4 * HEADER, nodes + 1);
  if (nodes < n) {
    // People added after the rows were kept have no ties yet (adding a tie is not carried
    // over): their rows are empty.
    const grown = new Uint32Array(n + 1).fill(arcs);
    grown.set(offsets);
    offsets = grown;
  }
  const neighbors = new Uint32Array(bytes.buffer, 4 * (HEADER + nodes + 1), arcs);
  const strengths = new Uint8Array(bytes.buffer, 4 * words, arcs);
  const weights = new Float64Array(arcs);
  for (let i = 0; i < arcs; i++) weights[i] = strengths[i]! / 5;
  return { n, offsets, neighbors, weights };
}

function keepRows(sqlite: Sqlite, at: number, rows: CsrRows): void {
  const arcs = rows.neighbors.length;
  const words = HEADER + rows.n + 1 + arcs;
  const bytes = new Uint8Array(4 * words + arcs);
  const header = new Uint32Array(bytes.buffer, 0, HEADER);
  header[0] = rows.n;
  header[1] = arcs;
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
  );
}

type AddTie = (a: string, b: string, strength: number | null | undefined) => void;

/** Rows over `people` from `count` ties that `visit` adds, each weighing (strength ?? 2) / 5. */
function compile(people: readonly string[], count: number, visit: (add: AddTie) => void): CsrRows {
  const index = new Map<string, number>();
  for (let i = 0; i < people.length; i++) index.set(people[i]!, i);
  const node = (id: string) => {
    const v = index.get(id);
    if (v === undefined) throw new Error(`tie to unknown person "${id}"`);
    return v;
  };
  const src = new Uint32Array(count);
  const dst = new Uint32Array(count);
  const wts = new Float64Array(count);
  let t = 0;
  visit((a, b, strength) => {
    src[t] = node(a);
    dst[t] = node(b);
    wts[t++] = (strength ?? 2) / 5;
  });
  return fromEdgeArrays(people, index, src, dst, wts);
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
