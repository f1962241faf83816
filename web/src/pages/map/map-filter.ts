// Which nodes and edges the current filters hide. Pure: the canvas turns the answer into sigma
// item states, so filtering never rebuilds the graph.
import { type MapGraph, OWNER } from './map-graph';

export interface MapFilter {
  form: string;
  unit: string;
  sector: string;
  minStrength: number;
  dormantOnly: boolean;
}

export const NO_FILTER: MapFilter = { form: '', unit: '', sector: '', minStrength: 1, dormantOnly: false };

export function isFiltering(f: MapFilter): boolean {
  return f.form !== '' || f.unit !== '' || f.sector !== '' || f.minStrength > 1 || f.dormantOnly;
}

export interface Hidden {
  nodes: Set<string>;
  edges: Set<string>;
  /** Ties weaker than this are hidden (ties a large map adds later are checked against it). */
  minStrength: number;
}

export function hiddenItems(graph: MapGraph, f: MapFilter): Hidden {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const minStrength = f.minStrength;
  if (!isFiltering(f)) return { nodes, edges, minStrength };
  graph.forEachNode((id, a) => {
    if (id === OWNER) return; // the centre of the map stays, whatever the filter
    if (
      (f.form && a.form !== f.form) ||
      (f.unit && a.unit !== f.unit) ||
      (f.sector && a.sector !== f.sector) ||
      (f.dormantOnly && !a.dormant)
    )
      nodes.add(id);
  });
  // Ties of hidden people are hidden too: sigma does not re-process an edge when only the
  // visibility of one of its ends changes.
  graph.forEachEdge((key, a, source, target) => {
    if (a.strength < f.minStrength || nodes.has(source) || nodes.has(target)) edges.add(key);
  });
  return { nodes, edges, minStrength };
}

/** Distinct non-empty values of a node attribute, sorted, for the filter menus. */
export function distinct(graph: MapGraph, attr: 'unit' | 'sector'): string[] {
  const values = new Set<string>();
  graph.forEachNode((_id, a) => {
    if (a[attr]) values.add(a[attr]);
  });
  return [...values].sort((x, y) => x.localeCompare(y));
}
