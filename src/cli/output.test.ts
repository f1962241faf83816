import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compactPieces, createOutput } from './output.js';

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
  assert.ok(compactPieces(values[0]).length > 4, 'the long list came in pieces');
});
