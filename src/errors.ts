/**
 * The one error type of threefold. Edges convert `code` into an exit code (CLI) or an HTTP
 * status (server); the core and the store throw it with a message a user can act on.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'too_large'
  | 'unauthorized'
  | 'forbidden'
  | 'too_many_requests'
  | 'internal';

export interface ErrorDetail {
  /** Where the problem is: a document path (`people[3].name`), a CLI option, a line number. */
  path?: string;
  message: string;
}

export class ThreefoldError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];

  constructor(code: ErrorCode, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'ThreefoldError';
    this.code = code;
    this.details = details;
  }
}

export const invalidInput = (message: string, details: ErrorDetail[] = []) =>
  new ThreefoldError('invalid_input', message, details);
export const notFound = (message: string) => new ThreefoldError('not_found', message);
export const conflict = (message: string, details: ErrorDetail[] = []) =>
  new ThreefoldError('conflict', message, details);
/** Anything but setting the owner or importing needs a network: the database holds none yet. */
export const noNetworkYet = () =>
  conflict('no owner yet: set one (threefold init, or PUT /api/owner), import a document or load the sample');
export const unauthorized = (message: string) => new ThreefoldError('unauthorized', message);
export const forbidden = (message: string) => new ThreefoldError('forbidden', message);
/** A conditional write (`If-Match`) whose record has changed since the caller read it. */
export const preconditionFailed = (message: string) => new ThreefoldError('precondition_failed', message);

/** CLI exit codes: 2 is bad input, as the usual Unix convention for usage errors. */
export const EXIT_CODES: Record<ErrorCode, number> = {
  invalid_input: 2,
  not_found: 3,
  conflict: 4,
  precondition_failed: 4,
  too_large: 2,
  unauthorized: 5,
  forbidden: 5,
  too_many_requests: 5,
  internal: 1,
};

export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  too_large: 413,
  unauthorized: 401,
  forbidden: 403,
  too_many_requests: 429,
  internal: 500,
};

export function toThreefoldError(err: unknown): ThreefoldError {
  if (err instanceof ThreefoldError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new ThreefoldError('internal', message);
}
