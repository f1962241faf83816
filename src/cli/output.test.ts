import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createOutput } from './output.js';

test('--json output is indented for a person, compact once it passes a megabyte', () => {
  let written = '';
  const out = createOutput((text) => {
    written = text;
  }, false);
  out.json({ people: [{ id: 'p:1' }] });
  assert.equal(written, `${JSON.stringify({ people: [{ id: 'p:1' }] }, null, 2)}\n`);
  const large = { people: Array.from({ length: 40_000 }, (_, i) => ({ id: `p:${i}`, name: 'Someone' })) };
  out.json(large);
  assert.equal(written, `${JSON.stringify(large)}\n`);
  assert.deepEqual(JSON.parse(written), large);
});
