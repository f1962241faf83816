import { invalidInput } from '../../errors.js';
import { type GraphEdge, type GraphNode, graphToResult, localName, parseXml } from './graph-common.js';
import type { ParseResult } from './types.js';

const LABEL_KEYS = ['label', 'name', 'title'];
const WEIGHT_KEYS = ['weight', 'strength', 'value'];

/** GraphML (Gephi, yEd, NetworkX, graphology): nodes become people, edges ties. */
export function parseGraphml(text: string): ParseResult {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const keys = new Map<string, { name: string; for: string }>();
  const defaults = new Map<string, string>();
  let sawRoot = false;
  let node: GraphNode | undefined;
  let edge: (GraphEdge & { data: Map<string, string> }) | undefined;
  let dataKey: string | undefined;
  let defaultKey: string | undefined;
  let buffer = '';
  // yEd keeps a node's name only in its graphics: <y:NodeLabel> inside <y:ShapeNode> and the like.
  let labelBuffer: string | undefined;
  const yedLabels = new Map<GraphNode, string>();
  parseXml(text, 'GraphML', {
    open(tag, line) {
      const name = localName(tag.name);
      const a = tag.attributes as Record<string, string>;
      if (name === 'graphml') sawRoot = true;
      else if (name === 'key' && a.id !== undefined) {
        keys.set(a.id, { name: (a['attr.name'] ?? a.id).toLowerCase(), for: (a.for ?? 'all').toLowerCase() });
        defaultKey = a.id;
      } else if (name === 'default') buffer = '';
      else if (name === 'node' && a.id !== undefined) {
        node = { id: a.id, attributes: new Map() };
        nodes.push(node);
      } else if (name === 'edge') {
        if (a.source === undefined || a.target === undefined)
          throw invalidInput(`GraphML edge at line ${line} has no source or target`);
        edge = { source: a.source, target: a.target, line, data: new Map() };
        edges.push(edge);
      } else if (name === 'data' && a.key !== undefined) {
        dataKey = a.key;
        buffer = '';
      } else if (name === 'nodelabel' && node && !edge && !yedLabels.has(node)) labelBuffer = '';
    },
    text(value) {
      if (dataKey !== undefined || defaultKey !== undefined) buffer += value;
      if (labelBuffer !== undefined) labelBuffer += value;
    },
    close(tagName) {
      const name = localName(tagName);
      if (name === 'nodelabel' && labelBuffer !== undefined) {
        if (node && labelBuffer.trim()) yedLabels.set(node, labelBuffer.trim());
        labelBuffer = undefined;
      } else if (name === 'default' && defaultKey !== undefined) defaults.set(defaultKey, buffer.trim());
      else if (name === 'key') defaultKey = undefined;
      else if (name === 'data' && dataKey !== undefined) {
        const keyName = keys.get(dataKey)?.name ?? dataKey.toLowerCase();
        if (edge) edge.data.set(keyName, buffer.trim());
        else if (node) node.attributes.set(keyName, buffer.trim());
        dataKey = undefined;
      } else if (name === 'node') node = undefined;
      else if (name === 'edge') edge = undefined;
    },
  });
  if (!sawRoot) throw invalidInput('not a GraphML file: no <graphml> element');
  for (const n of nodes) {
    for (const [id, key] of keys)
      if ((key.for === 'node' || key.for === 'all') && defaults.has(id) && !n.attributes.has(key.name))
        n.attributes.set(key.name, defaults.get(id)!);
    n.label = LABEL_KEYS.map((k) => n.attributes.get(k)).find((v) => v) ?? yedLabels.get(n);
  }
  for (const e of edges as (GraphEdge & { data: Map<string, string> })[]) {
    const w = WEIGHT_KEYS.map((k) => e.data.get(k)).find((v) => v !== undefined && v !== '');
    if (w !== undefined && Number.isFinite(Number(w))) e.weight = Number(w);
  }
  return graphToResult('graphml', nodes, edges);
}
