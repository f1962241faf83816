import { z } from 'zod';
import { editOwner, getOwner, setOwner } from '../../app/owner.js';
import { OwnerSchema } from '../../document/schema.js';
import { type Route, route } from '../route.js';
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
  .strictObject(
    Object.fromEntries(
      Object.entries(OwnerSchema.shape as Record<string, z.ZodType>).map(([k, s]) => [
        k,
        s.nullable().optional(),
      ]),
    ),
  )
  .meta({ description: 'JSON merge patch: null removes a field' });

export function metaRoutes(ctx: RouteContext, version: string): Route[] {
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
      handler: async () => {
        const [counts, owner, dataVersion] = await Promise.all([
          ctx.store.counts(),
          ctx.store.owner(),
          ctx.store.dataVersion(),
        ]);
        const hasOwner = owner !== undefined;
        return {
          version,
          dataVersion,
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
      handler: () => getOwner(ctx.store),
    }),
    route({
      method: 'put',
      path: '/api/owner',
      operationId: 'setOwner',
      summary: 'Set the owner',
      tag: 'owner',
      body: OwnerSchema.strict(),
      response: OwnerSchema,
      handler: ({ body }) => setOwner(ctx.store, body),
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
      handler: ({ body }) => editOwner(ctx.store, body as Record<string, unknown>),
    }),
  ];
}
