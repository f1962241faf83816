import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compactPieces, createOutput, ListInPieces } from './output.js';

test('--json output is indented for a person, compact once it passes a megabyte', () => {
  let written = '';
  const out = createOutput((text) => {
    written += text;
  }, false);
  out.json({ people: [{ id: 'p:1' }] });
  assert.equal(written, `${JSON.stringify({ people: [{ id: 'p:1' }] }, null, 2)}\n`);
  const large = { people: Array.from({ length: 40_000 }, (_, i) => ({ id: `p:${i}`, name: 'Someone' })) };
  written = '';
  out.json(large);
  assert.equal(written, `${JSON.stringify(large)}\n`);
  assert.deepEqual(JSON.parse(written), large);
});

test('large --json output comes in pieces that join to what JSON.stringify gives', () => {
  const people = Array.from({ length: 25_001 }, (_, i) => ({
    id: `p:${i}`,
    name: i % 7 === 0 ? 'Zoë "Z" Ødegård\n' : 'Someone',
    gone: undefined,
    score: i % 11 === 0 ? Number.NaN : i / 3,
  }));
  const values: unknown[] = [
    { asOf: '2026-11-15', skipped: undefined, fn: () => 1, people, findings: [{ code: 'x' }], empty: [] },
    { first: undefined, people, list: [undefined, () => 2, 3] },
    { when: new Date(0), people },
    people,
    'text',
    null,
  ];
  for (const value of values) {
    let written = '';
    const out = createOutput((text) => {
      written += text;
    }, false);
    out.json(value);
    const expected = JSON.stringify(value);
    assert.equal(
      written,
      expected.length > 1_000_000 ? `${expected}\n` : `${JSON.stringify(value, null, 2)}\n`,
    );
  }
  assert.ok([...compactPieces(values[0])].length > 4, 'the long list came in pieces');
});

test('a list in pieces is written as the whole list, each slice made only when it is written', () => {
  const element = (i: number) => ({
    id: `p:${i}`,
    name: i % 5 === 0 ? 'Zoë "Z"\n' : 'Someone',
    score: i / 7,
  });
  for (const count of [3, 60_000]) {
    const whole = Array.from({ length: count }, (_, i) => element(i));
    let made = 0;
    let written = 0;
    let mostAhead = 0;
    let largestSlice = 0;
    const list = new ListInPieces(count, (from, to) => {
      const slice = whole.slice(from, to).map((e) => ({ ...e }));
      made += slice.length;
      largestSlice = Math.max(largestSlice, slice.length);
      mostAhead = Math.max(mostAhead, made - written);
      return slice;
    });
    let text = '';
    const out = createOutput((piece) => {
      text += piece;
      written = (text.match(/"id":/g) ?? []).length;
    }, false);
    out.json({ asOf: '2026-11-15', people: list, findings: [] });
    const value = { asOf: '2026-11-15', people: whole, findings: [] };
    const expected = JSON.stringify(value);
    assert.equal(text, expected.length > 1_000_000 ? `${expected}\n` : `${JSON.stringify(value, null, 2)}\n`);
    if (count > 5000) {
      assert.equal(made, count, 'each element made once');
      // Past the first megabyte (held to choose the layout), pieces are written as they are made.
      assert.ok(largestSlice <= 5000, `slices of at most 5,000 (${largestSlice})`);
      assert.ok(mostAhead < count / 2, `the list was not made whole before writing (${mostAhead} ahead)`);
    }
  }
});
