import type { z } from 'zod';
import { HTTP_STATUS, ThreefoldError, toThreefoldError } from '../errors.js';

/** The one error body of the API: `{ "error": { "code", "message", "details" } }`. */
export interface ErrorBody {
  error: { code: string; message: string; details: { path?: string; message: string }[] };
}

export function errorBody(err: ThreefoldError): ErrorBody {
  return { error: { code: err.code, message: err.message, details: err.details } };
}

/** Renders any thrown value as the API's JSON error. Unknown errors become a 500 without internals. */
export function errorResponse(thrown: unknown): Response {
  const err = toThreefoldError(thrown);
  // An internal error's message may carry file paths or SQL; the log gets it, the client does not.
  const shown = err.code === 'internal' ? new ThreefoldError('internal', 'internal server error') : err;
  return new Response(JSON.stringify(errorBody(shown)), {
    status: HTTP_STATUS[err.code],
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** `where` is `query`, `body` or `params`; the path names the field so a client can show it. */
export function validationError(where: string, error: z.ZodError): ThreefoldError {
  const details = error.issues.map((issue) => {
    const path = [where, ...issue.path.map(String)].join('.');
    return { path, message: issue.message };
  });
  const first = details[0];
  return new ThreefoldError(
    'invalid_input',
    first ? `${first.path}: ${first.message}` : `invalid ${where}`,
    details,
  );
}
