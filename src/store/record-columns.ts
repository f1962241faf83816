import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { TableCodec } from './tables.js';

/**
 * A table's records laid out column by column for keeping (kept-records.ts): each column's
 * distinct values once, as JSON, and a code per record. Reading them back builds each record
 * directly, without parsing every record's JSON: a few distinct dates, kinds and forms serve
 * 300,000 interactions, a few organisations and sectors 50,000 people. Records come back
 * exactly as `recordsFromJson` gives them: fields in codec order, unset ones absent, lists as
 * fresh arrays (or, for readers that ask, one frozen list per value: `recordAt`). Each column's
 * values are parsed only when first read: the analysis reads the interactions' dates and kinds,
 * not their 300,000 ids. A column's values that fill more than `APART` bytes are deflated on
 * their own and inflated only when first read: the interactions' ids were 8.7 of the 15 MB
 * inflated on every analysis at 200,000 people, the people's emails 2.8 of 11.8.
 *
 * Layout: records n and columns c as 32-bit words (c with `APART_SIZES` set), then c words
 * giving the width of each column's codes (1, 2 or 4 bytes, the fewest that hold its largest
 * code; 0 where every record's code is its number plus one, as ids are), then each column's
 * codes (padded to a word), then c + 2 words of byte offsets into the text that follows, then
 * c + 1 words giving each text's size inflated (0 for a text not deflated): each column's values
 * as a JSON array, then the last record's id (its key: a relationship's is its person) as JSON
 * (null for none), so that what the bytes cover is checked without parsing every id. Bytes kept
 * before texts were deflated apart have c without the flag and no sizes: read as they are.
 */

const HEADER = 2; // records, columns
/** Set in the column count of bytes whose texts may be deflated apart (and that give their sizes). */
const APART_SIZES = 0x8000_0000;
/** Texts larger than this are deflated apart; smaller ones (dates, kinds, organisations) stay with the rest. */
const APART = 16 * 1024;

/**
 * The records as bytes; undefined when one carries a field that is neither the codec's nor
 * one of `childFields` (lists kept elsewhere, such as an interaction's people).
 */
export function encodeColumns(
  codec: TableCodec,
  records: ReadonlyArray<Record<string, unknown>>,
  childFields: readonly string[] = [],
  /** The field that keys the records (a relationship's is `person`). */
  keyField = 'id',
): Uint8Array | undefined {
  const fields = codec.columns.map((c) => c.field);
  const idColumn = fields.indexOf(keyField);
  const n = records.length;
  const known = new Set([...fields, ...childFields]);
  const codes = new Uint32Array(fields.length * n);
  const dictionaries = fields.map(() => [] as unknown[]);
  const codeOf = fields.map(() => new Map<unknown, number>());
  for (let i = 0; i < n; i++) {
    const record = records[i]!;
    for (const key in record) if (!known.has(key)) return undefined;
    for (let c = 0; c < fields.length; c++) {
      const value = record[fields[c]!];
      if (value === undefined || value === null) continue;
      if (c === idColumn) {
        // Ids are the table's key, each its own value: listed as they come, with no lookup
        // (a map of 300,000 distinct ids would be most of the encoding's cost).
        codes[c * n + i] = dictionaries[c]!.push(value);
        continue;
      }
      // Strings and numbers are their own keys; lists are keyed by their JSON.
      const key = typeof value === 'object' ? JSON.stringify(value) : value;
      let code = codeOf[c]!.get(key);
      if (code === undefined) {
        dictionaries[c]!.push(value);
        code = dictionaries[c]!.length;
        codeOf[c]!.set(key, code);
      }
      codes[c * n + i] = code;
    }
  }
  const texts = [...dictionaries, records.at(-1)?.[keyField] ?? null].map((d) =>
    Buffer.from(JSON.stringify(d), 'utf8'),
  );
  // The last id's text is read on every read: never apart.
  const sizes = texts.map((t, k) => (k < fields.length && t.byteLength > APART ? t.byteLength : 0));
  return layOut(
    n,
    fields.map((_, c) => codes.subarray(c * n, (c + 1) * n)),
    texts.map((t, k) => (sizes[k] ? deflateRawSync(t, { level: 1 }) : t)),
    sizes,
  );
}

/**
 * The bytes of `n` records: each column's codes, then the columns' texts and the last id's,
 * with their sizes inflated (0 for a text as it is).
 */
function layOut(
  n: number,
  codes: readonly Codes[],
  texts: readonly Uint8Array[],
  sizes: readonly number[],
): Uint8Array {
  const columns = codes.length;
  const widths = codes.map((column) => {
    let max = 0;
    let numbered = true;
    for (let i = 0; i < n; i++) {
      const code = column[i]!;
      if (code > max) max = code;
      if (code !== i + 1) numbered = false;
    }
    return numbered ? 0 : max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  });
  const blockBytes = widths.map((w) => (w * n + 3) & ~3);
  const offsetsAt = 4 * (HEADER + columns) + blockBytes.reduce((sum, b) => sum + b, 0);
  const textAt = offsetsAt + 4 * (2 * texts.length + 1);
  const bytes = new Uint8Array(textAt + texts.reduce((sum, t) => sum + t.byteLength, 0));
  const head = new Uint32Array(bytes.buffer, 0, HEADER + columns);
  head[0] = n;
  head[1] = columns | APART_SIZES;
  head.set(widths, HEADER);
  let block = 4 * (HEADER + columns);
  for (let c = 0; c < columns; c++) {
    const column = codes[c]!.subarray(0, n);
    if (widths[c] === 1) new Uint8Array(bytes.buffer, block, n).set(column);
    else if (widths[c] === 2) new Uint16Array(bytes.buffer, block, n).set(column);
    else if (widths[c] === 4) new Uint32Array(bytes.buffer, block, n).set(column);
    block += blockBytes[c]!;
  }
  const offsets = new Uint32Array(bytes.buffer, offsetsAt, texts.length + 1);
  let at = 0;
  for (let t = 0; t < texts.length; t++) {
    offsets[t] = at;
    bytes.set(texts[t]!, textAt + at);
    at += texts[t]!.byteLength;
  }
  offsets[texts.length] = at;
  new Uint32Array(bytes.buffer, offsetsAt + 4 * (texts.length + 1), texts.length).set(sizes);
  return bytes;
}

/** A column's codes, one per record: 0 for none, else the number of its value from 1. */
export type Codes = Uint8Array | Uint16Array | Uint32Array;

/**
 * Records laid out by `encodeColumns`, read column by column: record i's value of column c is
 * dictionary(c)[codes[c][i] - 1], none where the code is 0.
 */
export interface RecordColumns {
  n: number;
  fields: readonly string[];
  codes: readonly Codes[];
  /** Column c's distinct values, parsed when first asked for. */
  dictionary(c: number): unknown[];
  /** Column c's values as JSON text (column count: the last id's). */
  text(c: number): Uint8Array;
  /** The last record's id (its key field's value), undefined for no records. */
  lastId: string | undefined;
}

/** The columns of `encodeColumns`' bytes; undefined for bytes laid out otherwise. */
export function readColumns(codec: TableCodec, bytes: Uint8Array): RecordColumns | undefined {
  const fields = codec.columns.map((c) => c.field);
  if (bytes.byteLength < 4 * HEADER || bytes.byteOffset % 4 !== 0) return undefined;
  const head = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER);
  const n = head[0]!;
  const apart = (head[1]! & APART_SIZES) !== 0;
  const columns = head[1]! & ~APART_SIZES;
  if (columns !== fields.length || bytes.byteLength < 4 * (HEADER + columns)) return undefined;
  const widths = new Uint32Array(bytes.buffer, bytes.byteOffset + 4 * HEADER, columns);
  let block = 4 * (HEADER + columns);
  const codes: Codes[] = [];
  for (let c = 0; c < columns; c++) {
    const width = widths[c]!;
    const size = (width * n + 3) & ~3;
    if (width > 4 || width === 3 || block + size > bytes.byteLength) return undefined;
    const at = bytes.byteOffset + block;
    if (width === 0) {
      const numbered = new Uint32Array(n);
      for (let i = 0; i < n; i++) numbered[i] = i + 1;
      codes.push(numbered);
    } else
      codes.push(
        width === 1
          ? new Uint8Array(bytes.buffer, at, n)
          : width === 2
            ? new Uint16Array(bytes.buffer, at, n)
            : new Uint32Array(bytes.buffer, at, n),
      );
    block += size;
  }
  const words = columns + 2 + (apart ? columns + 1 : 0); // offsets, then sizes
  if (bytes.byteLength < block + 4 * words) return undefined;
  const offsets = new Uint32Array(bytes.buffer, bytes.byteOffset + block, columns + 2);
  const sizes = apart
    ? new Uint32Array(bytes.buffer, bytes.byteOffset + block + 4 * (columns + 2), columns + 1)
    : new Uint32Array(columns + 1);
  const textAt = bytes.byteOffset + block + 4 * words;
  if (textAt - bytes.byteOffset + offsets[columns + 1]! !== bytes.byteLength) return undefined;
  const inflated = new Array<Buffer | undefined>(columns + 1);
  const raw = (t: number): Buffer => {
    const stored = Buffer.from(bytes.buffer, textAt + offsets[t]!, offsets[t + 1]! - offsets[t]!);
    const size = sizes[t]!;
    if (size === 0) return stored;
    let text = inflated[t];
    if (!text) {
      // In one chunk of the size it had: never gathered from smaller chunks and copied again.
      text = inflateRawSync(stored, { chunkSize: Math.max(64, size + 64) });
      if (text.byteLength !== size)
        throw new Error(`kept column ${fields[t]} is not the size it was kept at`);
      inflated[t] = text;
    }
    return text;
  };
  const text = (t: number): unknown => JSON.parse(raw(t).toString('utf8'));
  const lastId = text(columns);
  if (lastId !== null && typeof lastId !== 'string') return undefined;
  const dictionaries = new Array<unknown[] | undefined>(columns);
  return {
    n,
    fields,
    codes,
    dictionary(c) {
      let values = dictionaries[c];
      if (values === undefined) {
        const parsed = text(c);
        if (!Array.isArray(parsed)) throw new Error(`kept column ${fields[c]} is not a list`);
        values = parsed;
        dictionaries[c] = values;
      }
      return values;
    },
    text: raw,
    lastId: lastId ?? undefined,
  };
}

/**
 * Record i of `columns`, as `recordsFromJson` gives it; with `read`, only those columns (the
 * others' values are never parsed). With `sharedLists`, a list is the column's one frozen copy
 * of that value rather than the record's own (for readers that never change records).
 */
export function recordAt(
  columns: RecordColumns,
  i: number,
  read?: readonly number[],
  sharedLists = false,
): Record<string, unknown> {
  const { fields, codes } = columns;
  const record: Record<string, unknown> = {};
  const count = read ? read.length : fields.length;
  for (let k = 0; k < count; k++) {
    const c = read ? read[k]! : k;
    const code = codes[c]![i]!;
    if (code === 0) continue;
    const value = columns.dictionary(c)[code - 1];
    record[fields[c]!] = Array.isArray(value) ? (sharedLists ? Object.freeze(value) : value.slice()) : value;
  }
  return record;
}

/** The records of `encodeColumns`; undefined for bytes laid out otherwise. */
export function decodeColumns(codec: TableCodec, bytes: Uint8Array): Record<string, unknown>[] | undefined {
  const columns = readColumns(codec, bytes);
  if (!columns) return undefined;
  const records = new Array<Record<string, unknown>>(columns.n);
  for (let i = 0; i < columns.n; i++) records[i] = recordAt(columns, i);
  return records;
}

/**
 * Column `field` of `columns`: a code per record (0 for none), and the values the codes number
 * from 1, parsed when first asked for.
 */
export function columnOf(columns: RecordColumns, field: string): { codes: Codes; values(): unknown[] } {
  const c = columns.fields.indexOf(field);
  if (c < 0) throw new Error(`no column "${field}"`);
  return { codes: columns.codes[c]!, values: () => columns.dictionary(c) };
}
