import type { z } from 'zod';
import { type ErrorDetail, invalidInput } from '../errors.js';
import { checkReferences, formatPath, type KnownIds, MAX_DETAILS } from './references.js';
import { DocumentSchema, type ThreefoldDocument } from './schema.js';

function zodDetails(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

function fail(details: ErrorDetail[]): never {
  const shown = details.slice(0, MAX_DETAILS);
  const first = shown[0];
  const more =
    details.length > 1 ? ` (and ${details.length - 1} more problem${details.length > 2 ? 's' : ''})` : '';
  throw invalidInput(`invalid threefold/1 document: ${first?.path}: ${first?.message}${more}`, shown);
}

/**
 * Validates an already-parsed JSON value as a `threefold/1` document. Throws an
 * `invalid_input` ThreefoldError whose message and details name the path of each problem.
 */
export function validateDocument(value: unknown, known: KnownIds = {}): ThreefoldDocument {
  const parsed = DocumentSchema.safeParse(value);
  if (!parsed.success) fail(zodDetails(parsed.error));
  const problems = checkReferences(parsed.data, known);
  if (problems.length > 0) fail(problems);
  return parsed.data;
}
