// Writes schema/threefold-1.json from the zod schemas, so the committed JSON Schema can never
// drift from what the importer enforces (a test compares the two).
import { writeFileSync } from 'node:fs';
import { documentJsonSchema } from '../src/document/json-schema.js';

writeFileSync(
  new URL('../schema/threefold-1.json', import.meta.url),
  `${JSON.stringify(documentJsonSchema(), null, 2)}\n`,
);
console.log('wrote schema/threefold-1.json');
