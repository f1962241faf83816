import { z } from 'zod';
import { DocumentSchema } from './schema.js';

/** The JSON Schema (draft 2020-12) of `threefold/1`, generated from the zod schemas. */
export function documentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DocumentSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return { $id: 'https://threefold.invalid/schema/threefold-1.json', ...schema };
}
