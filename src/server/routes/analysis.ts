import { z } from 'zod';
import { ACTION_STATES, completeAction, markAction, reopenAction, stillHides } from '../../app/actions.js';
import {
  goalMoves,
  historyReviewOf,
  meetingBrief,
  pathsTo,
  planWeek,
  snapshotNow,
  suggestNamed,
  takeSnapshot,
} from '../../app/analysis.js';
import type { ActionState } from '../../app/port.js';
import { namesFor } from '../../core/coach/move-names.js';
import { InteractionSchema } from '../../document/schema.js';
import { type Route, route } from '../route.js';
import type { CoachAction } from '../services.js';
import { asOfOr, assessment, DateParam, pathGraph, type RouteContext } from './context.js';

const AsOfQuery = z.object({
  asOf: DateParam.optional().meta({ description: 'date of the analysis; today by default' }),
});

const Finding = z.looseObject({
  code: z.string(),
  severity: z.string(),
  form: z.string().nullable().optional(),
  title: z.string(),
  explanation: z.string(),
  evidence: z.looseObject({
    people: z.array(z.string()).optional(),
    organizations: z.array(z.string()).optional(),
    goals: z.array(z.string()).optional(),
    measures: z.record(z.string(), z.unknown()).optional(),
  }),
  actions: z.array(z.string()),
});

const Assessment = z.looseObject({
  asOf: z.string(),
  metrics: z.looseObject({}),
  people: z.array(z.looseObject({ id: z.string() })),
  findings: z.array(Finding),
});

const FormSummary = z.object({
  relationships: z.number(),
  depth: z.number(),
  breadth: z.number(),
  leverage: z.number(),
  minutesRecent: z.number(),
});

/** `summarizeSnapshot` (core/coach/review-summary.ts): what one snapshot recorded, compactly. */
const SnapshotSummary = z.object({
  forms: z.object({ operational: FormSummary, personal: FormSummary, strategic: FormSummary }),
  reciprocity: z.object({ gave: z.number(), received: z.number(), mutual: z.number() }),
  ties: z.object({
    count: z.number(),
    meanStrength: z.number().meta({ description: 'stated strength, 0–5' }),
  }),
  trustedWithoutSupport: z.number().nullable().meta({
    description:
      'relationships and organisations in support.trust-without-support then (trust ≥ 4, support ≤ 1); null for snapshots from before it was recorded',
  }),
  dormantTies: z.number().nullable().meta({
    description:
      'relationships gone quiet then (past their cadence); null for snapshots from before it was recorded',
  }),
  newTies: z.number().nullable().meta({
    description:
      'relationships not in the snapshot before; null for the first (for `currentSummary`: since the last snapshot)',
  }),
  commitments: z.object({ kept: z.number(), total: z.number() }),
});

const MoveNamesSchema = z
  .object({ people: z.record(z.string(), z.string()), goals: z.record(z.string(), z.string()) })
  .meta({ description: 'the names of the people and the titles of the goals the actions refer to, by id' });

const SuggestedAction = z.looseObject({
  key: z.string().meta({ description: 'stable key of the action, for POST /api/actions/{key}' }),
  state: z.enum(['open', ...ACTION_STATES]),
  until: z.string().optional(),
  at: z.string().optional().meta({ description: 'when the action was marked (handled actions only)' }),
  kind: z.string(),
  people: z.array(z.string()),
  organizations: z.array(z.string()),
  goal: z.string().nullable().optional(),
  form: z.string().nullable().optional(),
  minutes: z.number(),
  score: z.number(),
  reason: z.string(),
});

/**
 * A key that names the same advice across runs (kind and who it concerns), so a dismissal
 * survives recomputation. The coach's own `key`/`id` wins when it gives one.
 */
export function actionKey(a: CoachAction): string {
  const own = a.key ?? a.id;
  if (typeof own === 'string' && own.length > 0) return own;
  const parts = [a.kind, ...[...(a.people ?? [])].sort(), ...[...(a.organizations ?? [])].sort()];
  if (a.goal) parts.push(`goal=${a.goal}`);
  return parts.join('|');
}

/** Attaches each action's key and what the user did with it; snoozes end on their date. */
export function withStates(actions: readonly CoachAction[], states: ActionState[], asOf: string) {
  const byKey = new Map(states.map((s) => [s.key, s]));
  return actions.map((a) => {
    const key = actionKey(a);
    const s = byKey.get(key);
    const active = s && stillHides(s, asOf);
    return {
      ...a,
      key,
      state: active ? s.state : 'open',
      ...(active && s.until ? { until: s.until } : {}),
      ...(active ? { at: s.at } : {}),
    };
  });
}

/** The snapshot the network gives now: a full analysis, so computed once per data version. */
function currentSnapshot(ctx: RouteContext, asOf: string) {
  return ctx.cache.get(`snapshot:${asOf}`, () => snapshotNow(ctx.store, asOf));
}

export function analysisRoutes(ctx: RouteContext): Route[] {
  return [
    route({
      method: 'get',
      path: '/api/assess',
      operationId: 'assess',
      summary: 'Diagnose the network: measures per form, per person, and the findings',
      tag: 'analysis',
      query: AsOfQuery,
      response: Assessment,
      handler: async ({ query }) => {
        const asOf = asOfOr(ctx, query.asOf);
        // The assessment of a large network is megabytes of JSON: serialise it once per data
        // version, not on every request.
        const body = await ctx.cache.get(`assess-json:${asOf}`, async () =>
          JSON.stringify(await assessment(ctx, asOf)),
        );
        return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
      },
    }),
    route({
      method: 'get',
      path: '/api/suggest',
      operationId: 'suggest',
      summary: 'Ranked next actions, with what the user already did about each',
      tag: 'coach',
      query: AsOfQuery.extend({
        limit: z.coerce.number().int().min(1).max(500).default(20).meta({ description: 'how many actions' }),
        state: z
          .enum(['open', 'all'])
          .default('all')
          .meta({ description: '`open` hides done, dismissed and snoozed actions' }),
      }),
      response: z.object({ asOf: z.string(), actions: z.array(SuggestedAction), names: MoveNamesSchema }),
      handler: async ({ query }) => {
        const asOf = asOfOr(ctx, query.asOf);
        // Every action, handled or not, so the page can show what was done; more than a page, so
        // hiding the handled ones still fills it.
        const { moves: actions, names } = await ctx.cache.get(`suggest:${asOf}`, () =>
          suggestNamed(ctx.store, { asOf, limit: 500, includeHandled: true }),
        );
        let out = withStates(
          actions.map(({ explain: _explain, ...a }) => a as CoachAction),
          await ctx.store.actionStates(),
          asOf,
        );
        if (query.state === 'open') out = out.filter((a) => a.state === 'open');
        const shown = out.slice(0, query.limit);
        return { asOf, actions: shown, names: namesFor(names, shown) };
      },
    }),
    route({
      method: 'post',
      path: '/api/actions/{key}',
      operationId: 'setActionState',
      summary:
        'Record that an action was done (with what happened: the interaction, the introduction made), dismissed or snoozed',
      tag: 'coach',
      params: z.object({ key: z.string().min(1).max(1000) }),
      body: z
        .object({
          state: z.enum(ACTION_STATES),
          until: DateParam.optional().meta({ description: 'for snoozed: when it comes back' }),
          outcome: InteractionSchema.pick({
            people: true,
            kind: true,
            minutes: true,
            direction: true,
            notes: true,
          })
            .extend({
              date: DateParam.optional().meta({ description: 'when it happened; today by default' }),
            })
            .strict()
            .optional()
            .meta({ description: 'for done: the interaction it was, logged as one (moves the cadence)' }),
          also: z.array(z.string().min(1).max(1000)).max(50).optional().meta({
            description: 'the keys of the candidates merged into the move (its `merged`), marked with it',
          }),
          introduced: z
            .tuple([z.string().min(1).max(200), z.string().min(1).max(200)])
            .optional()
            .meta({
              description: 'for done introductions: the two people introduced, who now know each other',
            }),
        })
        .strict()
        .refine((b) => b.state !== 'snoozed' || b.until !== undefined, {
          message: 'a snooze needs an `until` date',
          path: ['until'],
        })
        .refine((b) => b.state === 'done' || (b.outcome === undefined && b.introduced === undefined), {
          message: 'only a done action records an outcome or an introduction',
          path: ['state'],
        }),
      response: z.object({
        key: z.string(),
        state: z.enum(ACTION_STATES),
        until: z.string().optional(),
        at: z.string(),
        interaction: z.string().optional().meta({ description: 'the id of the interaction logged' }),
        tie: z.object({ a: z.string(), b: z.string() }).optional(),
      }),
      errors: [404],
      handler: async ({ params, body }) => {
        const at = ctx.services.today();
        if (body.state === 'done' && (body.outcome || body.introduced)) {
          const done = await completeAction(ctx.store, {
            key: params.key,
            also: body.also,
            at,
            ...(body.outcome ? { outcome: { ...body.outcome, date: body.outcome.date ?? at } } : {}),
            ...(body.introduced ? { introduced: body.introduced } : {}),
          });
          return {
            ...done.state,
            ...(done.interaction ? { interaction: done.interaction } : {}),
            ...(done.tie ? { tie: done.tie } : {}),
          };
        }
        return markAction(ctx.store, {
          key: params.key,
          also: body.also,
          state: body.state,
          until: body.until,
          at,
        });
      },
    }),
    route({
      method: 'delete',
      path: '/api/actions/{key}',
      operationId: 'reopenAction',
      summary: 'Undo what was recorded for an action: it is open again',
      tag: 'coach',
      params: z.object({ key: z.string().min(1).max(1000) }),
      status: 204,
      handler: async ({ params }) => {
        await reopenAction(ctx.store, params.key);
        return null;
      },
    }),
    route({
      method: 'get',
      path: '/api/path',
      operationId: 'path',
      summary: 'The strongest chains of introductions from the owner to a person',
      tag: 'coach',
      query: AsOfQuery.extend({
        to: z.string().min(1).max(200).meta({ description: 'id of the person to reach' }),
        k: z.coerce.number().int().min(1).max(10).default(3).meta({ description: 'how many alternatives' }),
      }),
      response: z.looseObject({
        paths: z.array(
          z.looseObject({ people: z.array(z.string()), strength: z.number(), hops: z.array(z.unknown()) }),
        ),
      }),
      errors: [404],
      handler: async ({ query }) => {
        const asOf = asOfOr(ctx, query.asOf);
        return pathsTo(ctx.store, { to: query.to, k: query.k, asOf }, await pathGraph(ctx, asOf));
      },
    }),
    route({
      method: 'get',
      path: '/api/brief',
      operationId: 'brief',
      summary:
        'Prepare a meeting: for each attendee what you know, shared interests and groups, whom they know that you need, an opening',
      tag: 'coach',
      query: AsOfQuery.extend({
        people: z
          .string()
          .min(1)
          .max(2000)
          .transform((s) =>
            s
              .split(',')
              .map((p) => p.trim())
              .filter(Boolean),
          )
          .refine((ids) => ids.length >= 1 && ids.length <= 20, { message: 'one to twenty person ids' })
          .meta({ description: 'the attendees: person ids, comma-separated' }),
      }),
      response: z.looseObject({ attendees: z.array(z.looseObject({ id: z.string(), name: z.string() })) }),
      errors: [404],
      handler: ({ query }) =>
        meetingBrief(ctx.store, { people: query.people, asOf: asOfOr(ctx, query.asOf) }),
    }),
    route({
      method: 'get',
      path: '/api/goals/{id}/moves',
      operationId: 'goalMoves',
      summary: "A goal's stakeholder map and the moves that serve it, with the names they refer to",
      tag: 'coach',
      params: z.object({ id: z.string().min(1).max(200) }),
      query: AsOfQuery,
      response: z.looseObject({
        goal: z.looseObject({ id: z.string(), title: z.string() }),
        moves: z.array(z.looseObject({ key: z.string(), kind: z.string(), reason: z.string() })),
        names: MoveNamesSchema,
      }),
      errors: [404],
      handler: ({ params, query }) =>
        goalMoves(ctx.store, { goal: params.id, asOf: asOfOr(ctx, query.asOf) }),
    }),
    route({
      method: 'get',
      path: '/api/plan',
      operationId: 'plan',
      summary: "The week's plan within a time budget, balanced across the three forms",
      tag: 'coach',
      query: z.object({
        week: DateParam.optional().meta({ description: 'any day of the week; this week by default' }),
        budget: z.coerce
          .number()
          .int()
          .min(0)
          .max(10_080)
          .optional()
          .meta({ description: 'minutes available for the network this week' }),
      }),
      response: z.looseObject({}),
      handler: ({ query }) =>
        planWeek(ctx.store, { week: query.week ?? ctx.services.today(), budgetMinutes: query.budget ?? 180 }),
    }),
    route({
      method: 'get',
      path: '/api/review',
      operationId: 'review',
      summary:
        'Snapshots taken so far with what each recorded, and what changed between the last two and since',
      tag: 'coach',
      query: AsOfQuery,
      response: z.object({
        snapshots: z.array(
          z.object({
            id: z.string(),
            takenAt: z.string(),
            asOf: z.string().meta({ description: 'the date the snapshot measured' }),
            summary: SnapshotSummary,
          }),
        ),
        current: z.unknown().meta({ description: 'the snapshot the network would give now' }),
        currentSummary: SnapshotSummary.meta({ description: 'the summary of `current`' }),
        comparison: z.unknown().nullable().meta({ description: 'last snapshot → now' }),
        previousComparison: z
          .unknown()
          .nullable()
          .meta({ description: 'second-to-last → last snapshot; null with fewer than two' }),
        history: z.unknown().meta({
          description: 'the last 90 days of logged interactions against the 90 before (no snapshot needed)',
        }),
        names: z.record(z.string(), z.string()).meta({ description: 'names of the people `history` names' }),
        reflection: z.unknown().nullable().meta({ description: 'one question the history suggests' }),
      }),
      handler: async ({ query }) => {
        const asOf = asOfOr(ctx, query.asOf);
        const snapshots = await ctx.store.listSnapshots();
        const current = await currentSnapshot(ctx, asOf);
        const [before, last] = [snapshots.at(-2), snapshots.at(-1)];
        const fromHistory = await ctx.cache.get(`history:${asOf}`, () => historyReviewOf(ctx.store, asOf));
        return {
          ...fromHistory,
          // Each summary is what the snapshot recorded then, not a fresh measure of today's network.
          snapshots: snapshots.map(({ id, takenAt, asOf, data }, i) => ({
            id,
            takenAt,
            asOf,
            summary: ctx.services.summarize(data, snapshots[i - 1]?.data),
          })),
          current,
          currentSummary: ctx.services.summarize(current, last?.data),
          comparison: last ? ctx.services.compare(last.data, current) : null,
          previousComparison: before && last ? ctx.services.compare(before.data, last.data) : null,
        };
      },
    }),
    route({
      method: 'post',
      path: '/api/review',
      operationId: 'takeSnapshot',
      summary: 'Run the review now: keep a snapshot and compare it with the previous one',
      tag: 'coach',
      query: AsOfQuery,
      status: 201,
      response: z.object({
        snapshot: z.object({ id: z.string(), takenAt: z.string() }),
        comparison: z.unknown().nullable(),
      }),
      handler: async ({ query }) => {
        const asOf = asOfOr(ctx, query.asOf);
        const taken = await takeSnapshot(ctx.store, {
          asOf,
          // An API review is dated by the day it measures (a review can be run for a past date).
          takenAt: asOf,
          data: await currentSnapshot(ctx, asOf),
        });
        return {
          snapshot: { id: taken.snapshot.id, takenAt: taken.snapshot.takenAt },
          comparison: taken.comparison,
        };
      },
    }),
  ];
}
