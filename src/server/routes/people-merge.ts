import { z } from 'zod';
import { mergePeople, possibleDuplicates } from '../../app/network.js';
import { type Route, route } from '../route.js';
import type { RouteContext } from './context.js';

const PersonId = z.string().min(1).max(200);

const Pair = z.object({
  a: z.string(),
  b: z.string(),
  names: z.tuple([z.string(), z.string()]),
  reasons: z.array(z.string()).meta({ description: 'why they look like one person, in words' }),
  confidence: z.enum(['likely', 'possible']).meta({
    description: '`likely`: a shared e-mail or profile address; `possible`: a name alone',
  }),
});

/** Duplicate review: the pairs the identity rules find, and the merge of one pair. */
export function peopleMergeRoutes(ctx: RouteContext): Route[] {
  return [
    route({
      method: 'get',
      path: '/api/duplicates',
      operationId: 'listDuplicates',
      summary: 'People who are probably the same person, with the reasons (nothing is merged)',
      tag: 'people',
      response: z.object({ pairs: z.array(Pair) }),
      // Found on the whole network, so kept per data version like the assessment.
      handler: async () => ({
        pairs: await ctx.cache.get('duplicates', () => possibleDuplicates(ctx.store)),
      }),
    }),
    route({
      method: 'post',
      path: '/api/people/merge',
      operationId: 'mergePeople',
      summary:
        'Merge person `drop` into `keep`: every relationship, tie, interaction, group and goal of `drop` moves over, and `drop` is removed',
      tag: 'people',
      body: z.strictObject({
        keep: PersonId.meta({ description: 'id of the person who stays' }),
        drop: PersonId.meta({ description: 'id of the person merged into them and removed' }),
      }),
      response: z.object({
        kept: z.string(),
        removed: z.string(),
        moved: z.object({
          relationships: z.number().int(),
          ties: z.number().int(),
          interactions: z.number().int(),
          groups: z.number().int(),
          goals: z.number().int(),
        }),
        backup: z.object({ name: z.string(), takenAt: z.string(), bytes: z.number().int() }).optional().meta({
          description:
            'the copy of the network taken just before the merge: POST /api/backups/{name}/restore undoes it',
        }),
      }),
      errors: [404],
      handler: ({ body }) => mergePeople(ctx.store, body.keep, body.drop, { at: new Date().toISOString() }),
    }),
  ];
}
