import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deflateRawSync } from 'node:zlib';
import { columnOf, decodeColumns, encodeColumns, readColumns } from './record-columns.js';
import { INTERACTIONS } from './tables.js';

const encodeInteractions = (records: Array<Record<string, unknown>>) =>
  encodeColumns(INTERACTIONS, records, ['people']);
const decodeInteractions = (bytes: Uint8Array) => decodeColumns(INTERACTIONS, bytes);

test('interactions kept column by column come back exactly, field order included', () => {
  // As the store reads them: fields in codec order, unset ones absent.
  const records = [
    { id: 'i:1', date: '2026-01-02', kind: 'call', minutes: 1 / 3, forms: ['operational', 'strategic'] },
    { id: 'i:2', date: '2026-01-02T09:30:00+01:00', notes: 'é "quoted" \\ \u2028 \u0000' },
    { id: 'i:3', date: '2026-01-02', kind: 'call', minutes: 0, direction: 'gave', value: ['support'] },
    { id: 'i:4', date: '2025-12-31', forms: ['operational', 'strategic'], people: ['p:1'] },
  ];
  const bytes = encodeInteractions(records);
  assert.ok(bytes);
  const back = decodeInteractions(new Uint8Array(bytes));
  // `people` is attached by the reader, not kept here.
  const expected = records.map(({ people: _people, ...r }: Record<string, unknown>) => r);
  assert.equal(JSON.stringify(back), JSON.stringify(expected));
  // Lists are fresh arrays, never shared between records.
  assert.notEqual(back![0]!.forms, back![3]!.forms);
  assert.deepEqual(decodeInteractions(encodeInteractions([])!), []);
});

test('a record with a field the codec does not know is not kept, and odd bytes are refused', () => {
  assert.equal(encodeInteractions([{ id: 'i:1', date: '2026-01-01', x_extra: { a: 1 } }]), undefined);
  assert.equal(decodeInteractions(new Uint8Array(3)), undefined);
  const bytes = encodeInteractions([{ id: 'i:1', date: '2026-01-01' }])!;
  const words = new Uint32Array(bytes.buffer, 0, 2);
  words[1] = 99; // another number of columns
  assert.equal(decodeInteractions(bytes), undefined);
});

test('columns are read one by one: the last id and the dates without the other values', () => {
  const bytes = encodeInteractions([
    { id: 'i:1', date: '2026-01-02', kind: 'call' },
    { id: 'i:2', date: '2026-01-03' },
    { id: 'i:3', date: '2026-01-02', kind: 'meeting' },
  ])!;
  // Spoil the ids' text: what does not read them still reads.
  const at = Buffer.from(bytes).indexOf('"i:2"');
  bytes[at] = 0x7b;
  const columns = readColumns(INTERACTIONS, bytes)!;
  assert.equal(columns.lastId, 'i:3');
  const dates = columnOf(columns, 'date');
  assert.deepEqual([...dates.codes], [1, 2, 1]);
  assert.deepEqual(dates.values(), ['2026-01-02', '2026-01-03']);
  assert.deepEqual(columnOf(columns, 'kind').values(), ['call', 'meeting']);
  assert.throws(() => columnOf(columns, 'id').values());
  assert.equal(readColumns(INTERACTIONS, encodeInteractions([])!)!.lastId, undefined);
});

test('codes take the width their column needs, and ids numbered in order take none', () => {
  // 70,000 records: 69,000 distinct notes (4-byte codes), 300 dates (2 bytes), 3 kinds (1 byte).
  const records = Array.from({ length: 70_000 }, (_, i) => ({
    id: `i:${i}`,
    date: `2026-01-01T00:00:${String(i % 300).padStart(3, '0')}`,
    kind: ['call', 'meeting', 'email'][i % 3],
    notes: `note ${i < 69_000 ? i : i - 69_000}`,
  }));
  const bytes = encodeInteractions(records)!;
  const columns = readColumns(INTERACTIONS, bytes)!;
  const width = (field: string) => columnOf(columns, field).codes.BYTES_PER_ELEMENT;
  assert.deepEqual(['date', 'kind', 'notes'].map(width), [2, 1, 4]);
  assert.equal(JSON.stringify(decodeInteractions(bytes)), JSON.stringify(records));
  // The ids cost no codes: the bytes are the header and widths, the other columns' codes, the
  // text offsets and sizes, and the texts: those over 16 KB (the ids', the notes') deflated apart.
  const texts = [...columns.fields.map((_, c) => columns.dictionary(c)), 'i:69999'].map((t) =>
    Buffer.from(JSON.stringify(t)),
  );
  const stored = texts.map((t, k) =>
    k < 8 && t.byteLength > 16 * 1024 ? deflateRawSync(t, { level: 1 }) : t,
  );
  assert.deepEqual(
    stored.map((t, k) => t !== texts[k]),
    [true, false, false, false, false, false, false, true, false],
  );
  const textBytes = stored.reduce((sum, t) => sum + t.byteLength, 0);
  assert.equal(
    bytes.byteLength,
    4 * (2 + 8) + 70_000 * (2 + 1 + 4 + 4 * 1) + 4 * (8 + 2) + 4 * (8 + 1) + textBytes,
  );
  // Read back as they were kept, whichever way they were stored.
  columns.fields.forEach((_, c) => assert.deepEqual(columns.text(c), texts[c]));
  assert.deepEqual([...columnOf(columns, 'id').codes.subarray(0, 3)], [1, 2, 3]);
  // An id missing somewhere: the ids get codes like any column.
  const gap = [{ date: '2026-01-01' }, { id: 'i:2', date: '2026-01-01' }];
  assert.equal(JSON.stringify(decodeInteractions(encodeInteractions(gap)!)), JSON.stringify(gap));
});

test('bytes kept before texts were deflated apart (no sizes) are read as they are', () => {
  const records = [
    { id: 'i:1', date: '2026-01-02', kind: 'call', minutes: 30 },
    { id: 'i:2', date: '2026-01-03', forms: ['personal'], notes: 'lunch' },
  ];
  const bytes = encodeInteractions(records)!;
  // The same bytes as an earlier version laid them out: the flag off and no sizes.
  const columns = 8;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  assert.equal(words[1], columns + 0x8000_0000);
  // The texts (each under 16 KB, none deflated) end the bytes, after the offsets and sizes.
  const read = readColumns(INTERACTIONS, bytes)!;
  let textBytes = 0;
  for (let t = 0; t <= columns; t++) textBytes += read.text(t).byteLength;
  const offsetsEnd = bytes.byteLength - textBytes - 4 * (columns + 1);
  const earlier = new Uint8Array(bytes.byteLength - 4 * (columns + 1));
  earlier.set(bytes.subarray(0, offsetsEnd));
  earlier.set(bytes.subarray(offsetsEnd + 4 * (columns + 1)), offsetsEnd);
  new Uint32Array(earlier.buffer, 0, 2)[1] = columns;
  assert.equal(JSON.stringify(decodeInteractions(earlier)), JSON.stringify(records));
  assert.equal(readColumns(INTERACTIONS, earlier)!.lastId, 'i:2');
});
