import { z } from 'zod';
import { NAMED, type NamedCollection, recordNames } from '../../app/names.js';
import { type Route, route } from '../route.js';
import type { RouteContext } from './context.js';

/** Ids per collection in one call; a page with more asks in batches of this size. */
export const MAX_NAMED_IDS = 500;

const IdList = (what: string) =>
  z
    .string()
    .transform((s) => s.split(',').filter((id) => id !== ''))
    .pipe(z.array(z.string().max(200)).max(MAX_NAMED_IDS, `at most ${MAX_NAMED_IDS} ids`))
    .optional()
    .meta({ type: 'string', description: `ids of ${what}, comma-separated, at most ${MAX_NAMED_IDS}` });

const NameMap = z.record(z.string(), z.string());

export function nameRoutes(ctx: RouteContext): Route[] {
  return [
    route({
      method: 'get',
      path: '/api/names',
      operationId: 'names',
      summary: 'The names of people, organisations, goals and commitments by id, in one read',
      tag: 'meta',
      query: z.object({
        people: IdList('people'),
        organizations: IdList('organisations'),
        goals: IdList('goals'),
        commitments: IdList('commitments'),
      }),
      response: z
        .object(
          Object.fromEntries(Object.keys(NAMED).map((k) => [k, NameMap])) as Record<
            NamedCollection,
            typeof NameMap
          >,
        )
        .meta({ description: 'by collection, each known id and its name; unknown ids are left out' }),
      handler: ({ query }) => recordNames(ctx.store, query),
    }),
  ];
}
