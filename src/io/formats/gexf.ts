import { invalidInput } from '../../errors.js';
import { type GraphEdge, type GraphNode, graphToResult, localName, parseXml } from './graph-common.js';
import type { ParseResult } from './types.js';

/** GEXF 1.1 to 1.3 as Gephi and graphology write it: nodes become people, edges ties. */
export function parseGexf(text: string): ParseResult {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const titles = new Map<string, string>();
  let sawRoot = false;
  let node: GraphNode | undefined;
  let attributeClass = 'node';
  parseXml(text, 'GEXF', {
    open(tag, line) {
      const name = localName(tag.name);
      const a = tag.attributes as Record<string, string>;
      if (name === 'gexf') sawRoot = true;
      else if (name === 'attributes') attributeClass = (a.class ?? 'node').toLowerCase();
      else if (name === 'attribute' && attributeClass === 'node' && a.id !== undefined)
        titles.set(a.id, (a.title ?? a.id).toLowerCase());
      else if (name === 'node' && a.id !== undefined) {
        node = { id: a.id, label: a.label, attributes: new Map() };
        nodes.push(node);
      } else if (name === 'attvalue' && node) {
        const key = a.for ?? a.id;
        if (key !== undefined && a.value !== undefined)
          node.attributes.set(titles.get(key) ?? key.toLowerCase(), a.value);
      } else if (name === 'position' && node) {
        const x = Number(a.x);
        const y = Number(a.y);
        if (Number.isFinite(x) && Number.isFinite(y)) Object.assign(node, { x, y });
      } else if (name === 'edge') {
        if (a.source === undefined || a.target === undefined)
          throw invalidInput(`GEXF edge at line ${line} has no source or target`);
        const weight = a.weight === undefined ? undefined : Number(a.weight);
        edges.push({ source: a.source, target: a.target, weight, line });
      }
    },
    close(name) {
      if (localName(name) === 'node') node = undefined;
    },
  });
  if (!sawRoot) throw invalidInput('not a GEXF file: no <gexf> element');
  // GEXF's default weight is 1; it matters when weights are on another scale than 1..5 (counts,
  // as in Les Misérables). On threefold's own scale a missing weight stays an unknown strength.
  const weights = edges.flatMap((e) => (e.weight === undefined ? [] : [e.weight]));
  const ownScale = weights.every((w) => Number.isInteger(w) && w >= 1 && w <= 5);
  if (weights.length > 0 && !ownScale) for (const e of edges) e.weight ??= 1;
  return graphToResult('gexf', nodes, edges);
}
