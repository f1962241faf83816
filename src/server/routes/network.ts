import { z } from 'zod';
import { pathsTo } from '../../app/analysis.js';
import { egoView } from '../../core/analysis/ego-view.js';
import { OWNER_ID } from '../../core/model.js';
import type { ThreefoldDocument } from '../../document/schema.js';
import { computeLayout } from '../layout.js';
import { type Route, route } from '../route.js';
import type { AssessmentLike } from '../services.js';
import { asOfOr, assessment, currentDocument, DateParam, pathGraph, type RouteContext } from './context.js';

const Node = z.object({
  id: z.string(),
  name: z.string(),
  form: z.string().nullable().meta({ description: "the main form of the owner's tie (stated or inferred)" }),
  forms: z.array(z.string()),
  internal: z.boolean(),
  organization: z.string().nullable(),
  unit: z.string().nullable(),
  sector: z.string().nullable(),
  measures: z
    .record(z.string(), z.number())
    .meta({ description: 'numeric measures, four significant digits; absent when unknown' }),
  x: z.number(),
  y: z.number(),
});

const Edge = z.tuple([z.number().int(), z.number().int(), z.number()]).meta({
  description:
    '[source, target, strength]: positions in `nodes` and the stated strength 1..5 (3 when unknown); compact because a large map has hundreds of thousands',
});

export const NetworkSchema = z.object({
  version: z.string(),
  asOf: z.string(),
  nodes: z.array(Node),
  edges: z.array(Edge),
  clusters: z.array(z.string()).meta({
    description: "each cluster's name from what its members share, by the `cluster` measure's number",
  }),
  view: z
    .object({
      steps: z.number().int(),
      people: z.number().int().meta({ description: 'people in the whole network, the owner aside' }),
      contacts: z.object({ total: z.number().int(), shown: z.number().int() }),
      secondStep: z.object({ total: z.number().int(), shown: z.number().int() }),
    })
    .optional()
    .meta({ description: 'with `view=ego`: how many people each step out holds, and how many are shown' }),
  path: z
    .object({ people: z.array(z.string()), strength: z.number() })
    .optional()
    .meta({
      description: 'with `through`: the strongest path to that person (people after you), all on this view',
    }),
});
export type NetworkMap = z.infer<typeof NetworkSchema>;

const DEFAULT_STRENGTH = 3;

function edgesOf(doc: ThreefoldDocument): [string, string, number][] {
  const edges: [string, string, number][] = [];
  for (const r of doc.relationships ?? []) edges.push([OWNER_ID, r.person, r.strength ?? DEFAULT_STRENGTH]);
  for (const t of doc.ties ?? []) edges.push([t.a, t.b, t.strength ?? DEFAULT_STRENGTH]);
  return edges;
}

/** Four significant digits: more than a map can show, and a large map's JSON halves. */
const compact = (v: number) => (Number.isInteger(v) ? v : Number(v.toPrecision(4)));

type PersonMeasures = Record<string, unknown>;

/** Numeric measures of a person from the assessment, flattened one level (`forms` etc. are read apart). */
function measuresOf(entry: PersonMeasures | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  if (!entry) return out;
  const visit = (obj: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(obj)) {
      if (typeof v === 'number' && Number.isFinite(v)) out[prefix + k] = compact(v);
      else if (prefix === '' && v && typeof v === 'object' && !Array.isArray(v)) {
        visit(v as Record<string, unknown>, `${k}.`);
      }
    }
  };
  visit(entry, '');
  return out;
}

function formsOf(entry: PersonMeasures | undefined, stated: readonly string[] | undefined): string[] {
  const fromAssessment = entry?.forms;
  if (Array.isArray(fromAssessment)) return fromAssessment.filter((f): f is string => typeof f === 'string');
  return [...(stated ?? [])];
}

/** Builds the map's nodes and edges; the layout is positions by node index. */
export function buildNetworkMap(
  doc: ThreefoldDocument,
  assessed: AssessmentLike,
  layoutOf: (ids: string[], edges: [string, string, number][]) => { x: Float64Array; y: Float64Array },
  version: string,
  asOf: string,
): NetworkMap {
  const measures = new Map<string, PersonMeasures>();
  for (const p of assessed.people ?? []) measures.set(p.id, p as PersonMeasures);
  const stated = new Map((doc.relationships ?? []).map((r) => [r.person, r.forms]));
  const edges = edgesOf(doc);
  const ids = [OWNER_ID, ...doc.people.map((p) => p.id)];
  const { x, y } = layoutOf(ids, edges);
  const index = new Map(ids.map((id, i) => [id, i]));
  const ownerOrg = doc.owner.organization;
  const nodes = [
    {
      id: OWNER_ID,
      name: doc.owner.name,
      form: null,
      forms: [],
      internal: true,
      organization: ownerOrg,
      unit: doc.owner.unit ?? null,
      sector: null,
      measures: measuresOf((assessed.metrics as { owner?: PersonMeasures } | undefined)?.owner),
      x: 0,
      y: 0,
    },
    ...doc.people.map((p, i) => {
      const entry = measures.get(p.id);
      const forms = formsOf(entry, stated.get(p.id));
      return {
        id: p.id,
        name: p.name,
        form: forms[0] ?? null,
        forms,
        internal: p.organization !== undefined && p.organization === ownerOrg,
        organization: p.organization ?? null,
        unit: p.unit ?? null,
        sector: p.sector ?? null,
        measures: measuresOf(entry),
        x: Math.round((x[i + 1] ?? 0) * 10) / 10,
        y: Math.round((y[i + 1] ?? 0) * 10) / 10,
      };
    }),
  ];
  return {
    version,
    asOf,
    nodes,
    edges: edges.map(([a, b, strength]) => [index.get(a)!, index.get(b)!, strength]),
    clusters: (assessed.metrics as { clusters?: { names?: string[] } } | undefined)?.clusters?.names ?? [],
  };
}

/** People besides you on an ego view unless asked otherwise: a map a few hundred people wide reads. */
const DEFAULT_EGO_LIMIT = 500;
const MAX_EGO_LIMIT = 5_000;

/** The whole map, built once per data version (the ego views are cut from it). */
function networkMap(ctx: RouteContext, asOf: string): Promise<NetworkMap> {
  return ctx.cache.get(`network-map:${asOf}`, async () => {
    const doc = await currentDocument(ctx);
    const layoutOf = (ids: string[], edges: [string, string, number][]) => {
      const previous = ctx.cache.stale<Map<string, { x: number; y: number }>>('layout');
      return ctx.cache.get('layout', () => {
        const pos = computeLayout({ ids, edges, centre: OWNER_ID, previous });
        return new Map(ids.map((id, i) => [id, { x: pos.x[i]!, y: pos.y[i]! }]));
      });
    };
    const positions = (ids: string[], edges: [string, string, number][]) => {
      const map = layoutOf(ids, edges);
      const x = new Float64Array(ids.length);
      const y = new Float64Array(ids.length);
      ids.forEach((id, i) => {
        const p = map.get(id);
        x[i] = p?.x ?? 0;
        y[i] = p?.y ?? 0;
      });
      return { x, y };
    };
    return buildNetworkMap(
      doc,
      (await assessment(ctx, asOf)) as unknown as AssessmentLike,
      positions,
      ctx.cache.dataVersion ?? '',
      asOf,
    );
  });
}

export function networkRoutes(ctx: RouteContext): Route[] {
  return [
    route({
      method: 'get',
      path: '/api/network',
      operationId: 'network',
      summary: 'The map: every person and the owner with measures and a kept layout, and the ties',
      tag: 'analysis',
      query: z.object({
        asOf: DateParam.optional().meta({ description: 'date of the measures; today by default' }),
        view: z.enum(['all', 'ego']).optional().meta({
          description:
            '`ego`: only you, your contacts (strongest ties first) and, with `steps=2`, the people they know; `all` by default',
        }),
        steps: z.coerce
          .number()
          .int()
          .min(1)
          .max(2)
          .optional()
          .meta({ description: 'with `view=ego`: 1 (default) or 2' }),
        limit: z.coerce
          .number()
          .int()
          .min(1)
          .max(MAX_EGO_LIMIT)
          .optional()
          .meta({
            description: `with \`view=ego\`: at most this many people besides you (${DEFAULT_EGO_LIMIT} by default)`,
          }),
        through: z.string().min(1).max(200).optional().meta({
          description:
            'with `view=ego`: also the people on the strongest path to this person, and the path (404 when none)',
        }),
      }),
      response: NetworkSchema,
      handler: async ({ query }) => {
        const asOf = asOfOr(ctx, query.asOf);
        const json = (body: string) =>
          new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
        if (query.view === 'ego') {
          const steps = query.steps === 2 ? 2 : 1;
          const limit = query.limit ?? DEFAULT_EGO_LIMIT;
          const through = query.through;
          // One call for a path to someone far: the path, and the map with its people on it.
          const best = through
            ? (await pathsTo(ctx.store, { to: through, k: 1, asOf }, await pathGraph(ctx, asOf))).paths[0]
            : undefined;
          return json(
            await ctx.cache.get(`network-ego:${asOf}:${steps}:${limit}:${through ?? ''}`, async () => {
              const whole = await networkMap(ctx, asOf);
              const ego = egoView(whole, { owner: OWNER_ID, steps, limit, include: best?.people });
              const map: NetworkMap = {
                ...whole,
                nodes: ego.nodes,
                edges: ego.edges,
                view: {
                  steps,
                  people: whole.nodes.length - 1,
                  contacts: ego.contacts,
                  secondStep: ego.secondStep,
                },
                ...(best ? { path: { people: best.people, strength: best.strength } } : {}),
              };
              return JSON.stringify(map);
            }),
          );
        }
        // Tens of megabytes for a large network: serialised once per data version.
        return json(
          await ctx.cache.get(`network:${asOf}`, async () => JSON.stringify(await networkMap(ctx, asOf))),
        );
      },
    }),
  ];
}
