// Turns the server's network map into the graphology graph sigma draws. Positions come from the
// server (computed once per data version), so the client only sets colours, sizes and flags.
import Graph from 'graphology';
import type { MapNode, NetworkMap } from '../../api/types';
import { FORM_COLOR } from '../../ui/format';

export const OWNER = 'owner';

/** What sigma and the filters read off each node; the measures stay on the MapNode. */
export interface NodeAttrs {
  x: number;
  y: number;
  label: string;
  size: number;
  color: string;
  /** Paints the centre of the disc: transparent inside the organisation (solid), white outside (a ring). */
  coreColor: string;
  form: string;
  internal: boolean;
  unit: string;
  sector: string;
  cluster: number;
  dormant: boolean;
}

export interface EdgeAttrs {
  strength: number;
  size: number;
  color: string;
}

export type MapGraph = Graph<NodeAttrs, EdgeAttrs>;

export const SIZE_MEASURES = [
  { key: 'degree', label: 'Degree' },
  { key: 'betweenness', label: 'Betweenness' },
  { key: 'constraint', label: 'Constraint' },
  { key: 'effectiveSize', label: 'Effective size' },
  { key: 'strength', label: 'Tie strength' },
] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number]['key'];

export type ColorMode = 'form' | 'cluster';

/** Twelve distinguishable colours for clusters (Tableau-like, darkened to read on white). */
export const CLUSTER_COLORS = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#ff7f0e',
  '#7f7f7f',
  '#393b79',
  '#637939',
];
export const OWNER_COLOR = '#111827';
const OUTSIDE_CORE = '#ffffff';
const INSIDE_CORE = 'rgba(0,0,0,0)';

export function isDormant(node: MapNode): boolean {
  const days = node.measures['cadence.days'];
  const since = node.measures['cadence.daysSinceContact'];
  return typeof days === 'number' && typeof since === 'number' && since > days;
}

export function nodeColor(attrs: Pick<NodeAttrs, 'form' | 'cluster'>, id: string, mode: ColorMode): string {
  if (id === OWNER) return OWNER_COLOR;
  if (mode === 'cluster') {
    return attrs.cluster < 0 ? FORM_COLOR.none! : CLUSTER_COLORS[attrs.cluster % CLUSTER_COLORS.length]!;
  }
  return FORM_COLOR[attrs.form] ?? FORM_COLOR.none!;
}

/**
 * Stronger ties draw darker and thicker (1..5 from the API). On dense maps every tie is fainter,
 * or a hundred thousand of them would paint the canvas grey.
 */
export function edgeStyle(strength: number, dense: boolean): { size: number; color: string } {
  const s = Math.min(5, Math.max(1, strength));
  const alpha = dense ? 0.02 + 0.025 * s : 0.12 + 0.1 * s;
  return { size: dense ? 0.3 + 0.15 * s : 0.4 + 0.35 * s, color: `rgba(75,85,99,${alpha.toFixed(3)})` };
}

/**
 * Above this many ties the map draws only some of them: yours, and those of the person picked or
 * pointed at and of a path (map-ties.ts). Every tie of a 20,000-person map is 200,000 lines that
 * software WebGL redraws in every frame (seconds each), and as a grey mass they say nothing.
 */
export const SPARSE_TIES = 30_000;

/**
 * Nodes and edges added in one batch before sigma is attached, so no renderer listens to the
 * 220,000 events a 20,000-person map would otherwise fire. `mergeEdge` folds a pair given twice
 * (a tie and a relationship between the same people) into one edge without a lookup table.
 */
export function buildGraph(network: NetworkMap, mode: ColorMode, ties: 'all' | 'yours' = 'all'): MapGraph {
  const graph: MapGraph = new Graph<NodeAttrs, EdgeAttrs>({
    type: 'undirected',
    multi: false,
    allowSelfLoops: false,
  });
  for (const n of network.nodes) {
    const attributes: NodeAttrs = {
      x: n.x,
      y: n.y,
      label: n.name,
      size: 4,
      color: '',
      coreColor: n.internal || n.id === OWNER ? INSIDE_CORE : OUTSIDE_CORE,
      form: n.form ?? 'none',
      internal: n.internal,
      unit: n.unit ?? '',
      sector: n.sector ?? '',
      cluster: typeof n.measures.cluster === 'number' ? n.measures.cluster : -1,
      dormant: isDormant(n),
    };
    attributes.color = nodeColor(attributes, n.id, mode);
    graph.addNode(n.id, attributes);
  }
  // Only your ties of a sparse map are drawn at first: they keep the full strokes.
  const dense = ties === 'all' && network.edges.length > 20_000;
  const { nodes } = network;
  for (const [s, t, strength] of network.edges) {
    const source = nodes[s]?.id;
    const target = nodes[t]?.id;
    if (source === undefined || target === undefined || source === target) continue;
    if (ties === 'yours' && source !== OWNER && target !== OWNER) continue;
    graph.mergeEdge(source, target, { strength, ...edgeStyle(strength, dense) });
  }
  applied(graph).color = mode;
  return graph;
}

/**
 * What each graph is currently drawn with, so re-applying the same choice (React effects run after
 * the first build) does not touch 20,000 nodes and make sigma process them twice.
 */
const appliedByGraph = new WeakMap<MapGraph, { size?: SizeMeasure; color?: ColorMode }>();
function applied(graph: MapGraph): { size?: SizeMeasure; color?: ColorMode } {
  let a = appliedByGraph.get(graph);
  if (!a) {
    a = {};
    appliedByGraph.set(graph, a);
  }
  return a;
}

const MIN_SIZE = 2.5;
const MAX_SIZE = 14;
export const OWNER_SIZE = 16;

/** Sizes every node by one measure (square-root scale, so a few hubs do not dwarf the rest). */
export function applySizes(graph: MapGraph, byId: ReadonlyMap<string, MapNode>, measure: SizeMeasure): void {
  if (applied(graph).size === measure) return;
  applied(graph).size = measure;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const [id, n] of byId) {
    if (id === OWNER) continue; // the owner touches everyone; it would flatten the scale
    const v = n.measures[measure];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max > min ? max - min : 1;
  graph.updateEachNodeAttributes(
    (id, attrs) => {
      if (id === OWNER) attrs.size = OWNER_SIZE;
      else {
        const v = byId.get(id)?.measures[measure];
        const t = typeof v === 'number' && Number.isFinite(v) ? Math.max(0, (v - min) / span) : 0;
        attrs.size = MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(t);
      }
      return attrs;
    },
    { attributes: ['size'] },
  );
}

export function applyColors(graph: MapGraph, mode: ColorMode): void {
  if (applied(graph).color === mode) return;
  applied(graph).color = mode;
  graph.updateEachNodeAttributes(
    (id, attrs) => {
      attrs.color = nodeColor(attrs, id, mode);
      return attrs;
    },
    { attributes: ['color'] },
  );
}

/** Above this many people the map opens on you and your contacts; the whole network is one click away. */
export const EGO_FROM = 300;

export type MapScope = 'ego' | 'all';
