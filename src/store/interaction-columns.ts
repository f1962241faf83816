import { INTERACTIONS } from './tables.js';

/**
 * Interactions laid out column by column for keeping (kept-interactions.ts): each column's
 * distinct values once, as JSON, and a code per interaction. Reading them back builds each
 * record directly, without parsing every interaction's JSON: a few distinct dates, kinds and
 * forms serve 300,000 interactions. Records come back exactly as `recordsFromJson` gives them:
 * fields in codec order, unset ones absent, lists as fresh arrays.
 */

const FIELDS = INTERACTIONS.columns.map((c) => c.field);
const HEADER = 2; // interactions, columns
const ID = FIELDS.indexOf('id');

/** The records as bytes; undefined when one carries a field the codec does not know. */
export function encodeInteractions(records: ReadonlyArray<Record<string, unknown>>): Uint8Array | undefined {
  const n = records.length;
  const known = new Set([...FIELDS, 'people']);
  const codes = new Uint32Array(FIELDS.length * n);
  const dictionaries = FIELDS.map(() => [] as unknown[]);
  const codeOf = FIELDS.map(() => new Map<unknown, number>());
  for (let i = 0; i < n; i++) {
    const record = records[i]!;
    for (const key in record) if (!known.has(key)) return undefined;
    for (let c = 0; c < FIELDS.length; c++) {
      const value = record[FIELDS[c]!];
      if (value === undefined || value === null) continue;
      if (c === ID) {
        // Ids are the table's key, each its own value: listed as they come, with no lookup
        // (a map of 300,000 distinct strings would be most of the encoding's cost).
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
  const text = Buffer.from(JSON.stringify(dictionaries), 'utf8');
  const bytes = new Uint8Array(4 * (HEADER + codes.length) + text.length);
  const words = new Uint32Array(bytes.buffer, 0, HEADER + codes.length);
  words[0] = n;
  words[1] = FIELDS.length;
  words.set(codes, HEADER);
  bytes.set(text, 4 * (HEADER + codes.length));
  return bytes;
}

/** The records of `encodeInteractions`; undefined for bytes laid out otherwise. */
export function decodeInteractions(bytes: Uint8Array): Record<string, unknown>[] | undefined {
  if (bytes.byteLength < 4 * HEADER || bytes.byteOffset % 4 !== 0) return undefined;
  const head = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER);
  const [n, columns] = [head[0]!, head[1]!];
  if (columns !== FIELDS.length || bytes.byteLength < 4 * (HEADER + columns * n)) return undefined;
  const codes = new Uint32Array(bytes.buffer, bytes.byteOffset + 4 * HEADER, columns * n);
  const textAt = 4 * (HEADER + columns * n);
  const dictionaries = JSON.parse(
    Buffer.from(bytes.buffer, bytes.byteOffset + textAt, bytes.byteLength - textAt).toString('utf8'),
  ) as unknown[][];
  if (!Array.isArray(dictionaries) || dictionaries.length !== columns) return undefined;
  const records = new Array<Record<string, unknown>>(n);
  for (let i = 0; i < n; i++) {
    const record: Record<string, unknown> = {};
    for (let c = 0; c < columns; c++) {
      const code = codes[c * n + i]!;
      if (code === 0) continue;
      const value = dictionaries[c]![code - 1];
      record[FIELDS[c]!] = Array.isArray(value) ? value.slice() : value;
    }
    records[i] = record;
  }
  return records;
}
