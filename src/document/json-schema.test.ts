import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { documentJsonSchema } from './json-schema.js';

test('the committed JSON Schema is the one generated from the zod schemas (run `npm run schema`)', () => {
  const committed = JSON.parse(
    readFileSync(new URL('../../schema/threefold-1.json', import.meta.url), 'utf8'),
  );
  assert.deepEqual(committed, documentJsonSchema());
});

test('the JSON Schema names every collection of the document', () => {
  const schema = documentJsonSchema() as { properties: Record<string, unknown>; required: string[] };
  for (const key of [
    'format',
    'owner',
    'organizations',
    'people',
    'relationships',
    'ties',
    'groups',
    'interactions',
    'goals',
    'commitments',
  ]) {
    assert.ok(key in schema.properties, key);
  }
  assert.deepEqual([...schema.required].sort(), ['format', 'owner', 'people']);
});
