import { z } from 'zod';
import type { Route } from './route.js';

const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum([
        'invalid_input',
        'not_found',
        'conflict',
        'precondition_failed',
        'too_large',
        'unauthorized',
        'forbidden',
        'too_many_requests',
        'internal',
      ]),
      message: z.string(),
      details: z.array(z.object({ path: z.string().optional(), message: z.string() })),
    }),
  })
  .meta({ description: 'Every error of the API has this shape.' });

const ERROR_TEXT: Record<number, string> = {
  400: 'Invalid input; `details` names each field',
  401: 'Missing or wrong bearer token (only when the server runs with a token)',
  403: 'Host or Origin not allowed',
  404: 'Not found',
  409: 'Conflict with existing data',
  412: 'The record has changed since the version named in If-Match: read it again',
  413: 'Request body too large',
  429: 'Too many failed sign-ins: wait, then try again',
  500: 'Internal error',
};

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** Path and query parameters from an object schema, one OpenAPI parameter per key. */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const js = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  const required = new Set(js.required ?? []);
  return Object.entries(js.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

function operation(r: Route): JsonSchema {
  const responses: Record<string, JsonSchema> = {};
  const status = r.status ?? 200;
  responses[String(status)] =
    status === 204
      ? { description: 'Done' }
      : {
          description: 'Success',
          content: { 'application/json': { schema: r.response ? jsonSchema(r.response, 'output') : {} } },
        };
  if (r.etag && status !== 204) {
    responses[String(status)]!.headers = {
      ETag: {
        description: "the record's version, for If-Match on a later PATCH or DELETE",
        schema: { type: 'string' },
      },
    };
  }
  const errorStatuses = new Set<number>([400, 401, 403, 500, ...(r.errors ?? [])]);
  if (r.etag === 'write') errorStatuses.add(412);
  if (r.body !== undefined) errorStatuses.add(413);
  for (const s of [...errorStatuses].sort()) {
    responses[String(s)] = {
      description: ERROR_TEXT[s] ?? 'Error',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  const op: JsonSchema = {
    operationId: r.operationId,
    summary: r.summary,
    tags: [r.tag],
    parameters: [
      ...parameters(r.params, 'path'),
      ...parameters(r.query, 'query'),
      ...(r.etag === 'write'
        ? [
            {
              name: 'If-Match',
              in: 'header',
              required: false,
              description:
                'the ETag of the record as read: the change applies only if the record is still at that version (412 otherwise); without it, the change applies to the record as it is',
              schema: { type: 'string' },
            },
          ]
        : []),
    ],
    responses,
  };
  if (r.body === 'upload') {
    op.requestBody = {
      required: true,
      description:
        'The file: raw bytes (with `filename` in the query) or multipart/form-data with a `file` field',
      content: {
        'application/octet-stream': {
          schema: { type: 'string', contentMediaType: 'application/octet-stream' },
        },
        'multipart/form-data': {
          schema: {
            type: 'object',
            properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
          },
        },
      },
    };
  } else if (r.body) {
    op.requestBody = {
      required: true,
      content: { 'application/json': { schema: jsonSchema(r.body, 'input') } },
    };
  }
  return op;
}

/** The OpenAPI 3.1 document of every route in the table. */
export function openApiDocument(routes: readonly Route[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const r of routes) {
    const item = paths[r.path] ?? {};
    item[r.method] = operation(r);
    paths[r.path] = item;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'threefold API',
      version,
      description:
        "The JSON API of `threefold serve`: a leader's network (people, relationships, ties, interactions, goals) and its diagnosis and coaching.",
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    security: [{}, { bearer: [] }],
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Required on every request when the server was started with a token',
        },
      },
      schemas: { Error: jsonSchema(ErrorSchema, 'output') },
    },
    paths,
  };
}
