import { z } from 'zod';
import { OwnerSchema } from '../../document/schema.js';
import { invalidInput, notFound } from '../../errors.js';
import { type Route, route } from '../route.js';
import { mergePatch } from './collections.js';
import type { RouteContext } from './context.js';

const Counts = z.object({
  people: z.number().int(),
  organizations: z.number().int(),
  relationships: z.number().int(),
  ties: z.number().int(),
  interactions: z.number().int(),
  groups: z.number().int(),
  goals: z.number().int(),
  commitments: z.number().int(),
});

const OwnerPatch = z
  .looseObject(
    Object.fromEntries(
      Object.entries(OwnerSchema.shape as Record<string, z.ZodType>).map(([k, s]) => [
        k,
        s.nullable().optional(),
      ]),
    ),
  )
  .meta({ description: 'JSON merge patch: null removes a field' });

function validOwner(value: unknown) {
  const parsed = OwnerSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => ({
    path: ['body', ...i.path.map(String)].join('.'),
    message: i.message,
  }));
  throw invalidInput(`${details[0]?.path}: ${details[0]?.message}`, details);
}

export function metaRoutes(ctx: RouteContext, version: string): Route[] {
  const getOwner = () => {
    const owner = ctx.backend.getOwner();
    if (!owner)
      throw notFound('no owner yet: set one with PUT /api/owner, import a document or load the sample');
    return owner;
  };
  return [
    route({
      method: 'get',
      path: '/api/status',
      operationId: 'status',
      summary: 'What the database holds (for the empty state)',
      tag: 'meta',
      response: z.object({
        version: z.string(),
        dataVersion: z.string(),
        hasOwner: z.boolean(),
        empty: z.boolean(),
        counts: Counts,
      }),
      handler: () => {
        const counts = ctx.backend.counts();
        const hasOwner = ctx.backend.getOwner() !== undefined;
        return {
          version,
          dataVersion: ctx.backend.dataVersion(),
          hasOwner,
          empty: !hasOwner && counts.people === 0,
          counts,
        };
      },
    }),
    route({
      method: 'get',
      path: '/api/owner',
      operationId: 'getOwner',
      summary: 'The owner (the leader whose network this is)',
      tag: 'owner',
      response: OwnerSchema,
      errors: [404],
      handler: getOwner,
    }),
    route({
      method: 'put',
      path: '/api/owner',
      operationId: 'setOwner',
      summary: 'Set the owner',
      tag: 'owner',
      body: OwnerSchema,
      response: OwnerSchema,
      handler: ({ body }) => ctx.backend.setOwner(body),
    }),
    route({
      method: 'patch',
      path: '/api/owner',
      operationId: 'updateOwner',
      summary: 'Change the owner (JSON merge patch)',
      tag: 'owner',
      body: OwnerPatch,
      response: OwnerSchema,
      errors: [404],
      handler: ({ body }) => ctx.backend.setOwner(validOwner(mergePatch(getOwner(), body))),
    }),
  ];
}
