import type { Network } from '../../core/model.js';
import { OWNER_ID } from '../../core/model.js';

/** Measures from the analysis that graph exports carry as node attributes. */
export interface NodeMeasures {
  forms?: readonly string[];
  constraint?: number | null;
  effectiveSize?: number | null;
  betweenness?: number;
  degree?: number;
  cluster?: number;
}

export interface ExportOptions {
  /** Per person id; absent measures are left out of the file. */
  measures?: ReadonlyMap<string, NodeMeasures>;
  /** YYYY-MM-DD written as the file's date (GEXF `lastmodifieddate`). */
  date?: string;
}

export interface GraphNodeOut {
  id: string;
  label: string;
  attributes: Record<string, string | number | undefined>;
  x?: number;
  y?: number;
}
export interface GraphEdgeOut {
  source: string;
  target: string;
  weight?: number;
  kind: 'relationship' | 'tie';
  source_?: string;
}

/**
 * The network as nodes and edges for Gephi-like tools: the owner is the node `owner`, the
 * owner's relationships are edges from it, ties are edges between people.
 */
export function graphOf(
  doc: Network,
  options: ExportOptions,
): { nodes: GraphNodeOut[]; edges: GraphEdgeOut[] } {
  const orgName = new Map((doc.organizations ?? []).map((o) => [o.id, o.name]));
  const orgSector = new Map((doc.organizations ?? []).map((o) => [o.id, o.sector]));
  const rel = new Map((doc.relationships ?? []).map((r) => [r.person, r]));
  const nodes: GraphNodeOut[] = [
    {
      id: OWNER_ID,
      label: doc.owner.name,
      attributes: {
        kind: 'owner',
        organization: orgName.get(doc.owner.organization) ?? doc.owner.organization,
        unit: doc.owner.unit,
        title: doc.owner.title,
      },
    },
  ];
  for (const p of doc.people) {
    const m = options.measures?.get(p.id);
    const forms = m?.forms ?? rel.get(p.id)?.forms;
    const position = p as { x?: unknown; y?: unknown };
    const node: GraphNodeOut = {
      id: p.id,
      label: p.name,
      attributes: {
        kind: 'person',
        organization: p.organization ? (orgName.get(p.organization) ?? p.organization) : undefined,
        unit: p.unit,
        title: p.title,
        sector: p.sector ?? (p.organization ? orgSector.get(p.organization) : undefined),
        emails: p.emails?.join(';'),
        form: forms?.join(';'),
        constraint: m?.constraint ?? undefined,
        effectiveSize: m?.effectiveSize ?? undefined,
        betweenness: m?.betweenness,
        degree: m?.degree,
        cluster: m?.cluster,
      },
    };
    if (typeof position.x === 'number' && typeof position.y === 'number') {
      node.x = position.x;
      node.y = position.y;
    }
    nodes.push(node);
  }
  const edges: GraphEdgeOut[] = [];
  for (const r of doc.relationships ?? [])
    edges.push({ source: OWNER_ID, target: r.person, weight: r.strength, kind: 'relationship' });
  for (const t of doc.ties ?? [])
    edges.push({ source: t.a, target: t.b, weight: t.strength, kind: 'tie', source_: t.source });
  return { nodes, edges };
}

export const NODE_ATTRIBUTES: { id: string; type: 'string' | 'double' | 'integer' }[] = [
  { id: 'kind', type: 'string' },
  { id: 'organization', type: 'string' },
  { id: 'unit', type: 'string' },
  { id: 'title', type: 'string' },
  { id: 'sector', type: 'string' },
  { id: 'emails', type: 'string' },
  { id: 'form', type: 'string' },
  { id: 'constraint', type: 'double' },
  { id: 'effectiveSize', type: 'double' },
  { id: 'betweenness', type: 'double' },
  { id: 'degree', type: 'integer' },
  { id: 'cluster', type: 'integer' },
];
