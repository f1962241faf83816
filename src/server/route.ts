import type { Context } from 'hono';
import type { z } from 'zod';
import { JSON_BODY_LIMIT, readJsonBody } from './body.js';
import { validationError } from './errors.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * One API operation, declared once: the app registers it with Hono and the OpenAPI document is
 * generated from the same object, so the two cannot drift apart.
 */
export interface Route<P = unknown, Q = unknown, B = unknown> {
  method: Method;
  /** OpenAPI form, `/api/people/{id}`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  /** JSON body schema, or `upload` for a raw / multipart file (read by the handler itself). */
  body?: z.ZodType<B> | 'upload';
  /** Success status (200 unless said otherwise) and the schema of what it returns. */
  status?: 200 | 201 | 204;
  response?: z.ZodType;
  /** Error statuses this operation can answer besides 400/401/403/413/500, for the document. */
  errors?: readonly (401 | 403 | 404 | 409 | 412 | 429)[];
  /**
   * `read`: the answer carries the record's version as an `ETag`; `write`: the request may carry
   * `If-Match` with it, and a record that has moved since answers 412.
   */
  etag?: 'read' | 'write';
  /** `public`: answered without a signed-in session in team mode (signing in, accepting an invitation). */
  access?: 'public';
  handler: (input: { params: P; query: Q; body: B; c: Context }) => unknown;
}

/** Keeps the generic types of one route while building a heterogeneous table. */
export function route<P, Q, B>(r: Route<P, Q, B>): Route {
  return r as unknown as Route;
}

/** `/api/people/{id}` -> `/api/people/:id`. */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(where, result.error);
  return result.data;
}

/** Validates the request against the route's schemas and runs its handler. */
export async function runRoute(r: Route, c: Context): Promise<Response> {
  const params = parse(r.params, c.req.param(), 'params');
  const query = parse(r.query, c.req.query(), 'query');
  let body: unknown;
  if (r.body !== undefined && r.body !== 'upload') {
    body = parse(r.body, await readJsonBody(c.req.raw, JSON_BODY_LIMIT), 'body');
  }
  const result = await r.handler({ params, query, body, c });
  if (result instanceof Response) return result;
  const status = r.status ?? 200;
  if (status === 204) return c.body(null, 204);
  return c.json(result as object, status);
}
