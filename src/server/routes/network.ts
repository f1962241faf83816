import { z } from 'zod';
import { pathsTo } from '../../app/analysis.js';
import { egoView } from '../../core/analysis/ego-view.js';
import { OWNER_ID } from '../../core/model.js';
import type { ThreefoldDocument } from '../../document/schema.js';
import { type Places, provisionalPlaces, startWholeLayout, type WholeLayout } from '../map-layout.js';
import { type Route, route } from '../route.js';
import type { AssessmentLike } from '../services.js';
import { asOfOr, assessment, DateParam, mapDocument, pathGraph, type RouteContext } from './context.js';

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
  layout: z.enum(['whole', 'provisional']).optional().meta({
    description:
      "with `view=ego`: `whole` when the places are the whole network's layout (the same as on the whole map); `provisional` while that layout is under way, when people keep their places from before the last change and newcomers are placed beside the people they know (or, with no earlier layout, this view is laid out alone), and for a path (`through`) asked for on such a view, which keeps its places; ask again without `through` for the whole layout's places",
  }),
  path: z
    .object({ people: z.array(z.string()), strength: z.number() })
    .optional()
    .meta({
      description: 'with `through`: the strongest path to that person (people after you), all on this view',
    }),
});
export type NetworkMap = z.infer<typeof NetworkSchema>;

const DEFAULT_STRENGTH = 3;

/** Your relationships, then the ties among people, as [source, target, strength] by position in `ids`. */
function edgesOf(doc: ThreefoldDocument, index: ReadonlyMap<string, number>): [number, number, number][] {
  const edges: [number, number, number][] = [];
  for (const r of doc.relationships ?? [])
    edges.push([0, index.get(r.person)!, r.strength ?? DEFAULT_STRENGTH]);
  for (const t of doc.ties ?? [])
    edges.push([index.get(t.a)!, index.get(t.b)!, t.strength ?? DEFAULT_STRENGTH]);
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

type MapNode = NetworkMap['nodes'][number];

/**
 * The whole map without places: who is on it and the ties by position, and each person's node
 * (name, measures) built when asked for, so an ego view builds its few hundred and not 20,000.
 */
export interface UnplacedMap {
  version: string;
  asOf: string;
  /** You first, then everyone in document order. */
  ids: string[];
  edges: [number, number, number][];
  clusters: string[];
  /** The node of the person at this position, placed at the centre. */
  nodeAt(i: number): MapNode;
}

export function unplacedMapOf(
  doc: ThreefoldDocument,
  assessed: AssessmentLike,
  version: string,
  asOf: string,
): UnplacedMap {
  const measures = new Map<string, PersonMeasures>();
  for (const p of assessed.people ?? []) measures.set(p.id, p as PersonMeasures);
  const stated = new Map((doc.relationships ?? []).map((r) => [r.person, r.forms]));
  const ids = [OWNER_ID, ...doc.people.map((p) => p.id)];
  const index = new Map(ids.map((id, i) => [id, i]));
  const ownerOrg = doc.owner.organization;
  const owner: MapNode = {
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
  };
  const nodeAt = (i: number): MapNode => {
    if (i === 0) return owner;
    const p = doc.people[i - 1]!;
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
      x: 0,
      y: 0,
    };
  };
  return {
    version,
    asOf,
    ids,
    edges: edgesOf(doc, index),
    clusters: (assessed.metrics as { clusters?: { names?: string[] } } | undefined)?.clusters?.names ?? [],
    nodeAt,
  };
}

/** The nodes with their places (a tenth of a unit is finer than any screen shows); you stay at the centre. */
function placed(nodes: readonly MapNode[], places: Places): MapNode[] {
  return nodes.map((n) => {
    const p = n.id === OWNER_ID ? undefined : places.get(n.id);
    return p ? { ...n, x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 } : n;
  });
}

/** People besides you on an ego view unless asked otherwise: a map a few hundred people wide reads. */
const DEFAULT_EGO_LIMIT = 500;
const MAX_EGO_LIMIT = 5_000;

/** The whole map of a data version and date without places. */
function unplacedMap(ctx: RouteContext, asOf: string): Promise<UnplacedMap> {
  return ctx.cache.get(`network-map:${asOf}`, async () => {
    const assessing = assessment(ctx, asOf);
    // The document is read once the assessment has handed betweenness to its thread (a
    // macrotask later), so the read overlaps that computation instead of delaying its start.
    const doc = await new Promise<void>((ok) => setImmediate(ok)).then(() => mapDocument(ctx));
    const assessed = (await assessing) as unknown as AssessmentLike;
    return unplacedMapOf(doc, assessed, ctx.cache.dataVersion ?? '', asOf);
  });
}

/** The whole network's layout of the data version, started on a worker thread (see map-layout.ts). */
function layoutOfVersion(ctx: RouteContext, map: UnplacedMap): WholeLayout {
  const before = ctx.cache.stale<WholeLayout>('layout');
  return ctx.cache.get('layout', () => startWholeLayout(map.ids, map.edges, before));
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
          const whole = await unplacedMap(ctx, asOf);
          // The whole layout starts now if it has not; until it is done this view is placed on its own.
          const layout = layoutOfVersion(ctx, whole);
          // A path asked for on a map placed provisionally joins that picture instead of moving
          // everyone on it to the whole layout's places under the leader's eyes.
          const places = best && layout.provisional.size > 0 ? undefined : layout.places;
          const kept = places ? 'whole' : 'provisional';
          return json(
            await ctx.cache.get(
              `network-ego:${asOf}:${steps}:${limit}:${through ?? ''}:${kept}`,
              async () => {
                const ego = egoView(
                  { nodes: whole.ids.map((id, at) => ({ id, at })), edges: whole.edges },
                  { owner: OWNER_ID, steps, limit, include: best?.people },
                );
                const map: NetworkMap = {
                  version: whole.version,
                  asOf: whole.asOf,
                  nodes: placed(
                    ego.nodes.map((n) => whole.nodeAt(n.at)),
                    places ?? provisionalPlaces(ego, layout, best?.people),
                  ),
                  edges: ego.edges,
                  clusters: whole.clusters,
                  layout: kept,
                  view: {
                    steps,
                    people: whole.ids.length - 1,
                    contacts: ego.contacts,
                    secondStep: ego.secondStep,
                  },
                  ...(best ? { path: { people: best.people, strength: best.strength } } : {}),
                };
                return JSON.stringify(map);
              },
            ),
          );
        }
        // Tens of megabytes for a large network: serialised once per data version.
        return json(
          await ctx.cache.get(`network:${asOf}`, async () => {
            const whole = await unplacedMap(ctx, asOf);
            const places = await layoutOfVersion(ctx, whole).ready;
            const map: NetworkMap = {
              version: whole.version,
              asOf: whole.asOf,
              nodes: placed(
                whole.ids.map((_, i) => whole.nodeAt(i)),
                places,
              ),
              edges: whole.edges,
              clusters: whole.clusters,
            };
            return JSON.stringify(map);
          }),
        );
      },
    }),
  ];
}
