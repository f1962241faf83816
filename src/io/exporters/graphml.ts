import type { Network } from '../../core/model.js';
import { type ExportOptions, graphOf, NODE_ATTRIBUTES } from './graph-model.js';
import { xml } from './xml.js';

const GRAPHML_TYPE = { string: 'string', double: 'double', integer: 'int' } as const;

/** GraphML with the same node attributes as the GEXF export, `label` and edge `weight` keys. */
export function exportGraphml(doc: Network, options: ExportOptions = {}): string {
  const { nodes, edges } = graphOf(doc, options);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...NODE_ATTRIBUTES.map(
      (a) => `  <key id="${a.id}" for="node" attr.name="${a.id}" attr.type="${GRAPHML_TYPE[a.type]}"/>`,
    ),
    '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="edgekind" for="edge" attr.name="kind" attr.type="string"/>',
    '  <graph id="threefold" edgedefault="undirected">',
  ];
  for (const n of nodes) {
    out.push(`    <node id="${xml(n.id)}">`, `      <data key="label">${xml(n.label)}</data>`);
    for (const a of NODE_ATTRIBUTES) {
      const v = n.attributes[a.id];
      if (v !== undefined && v !== '') out.push(`      <data key="${a.id}">${xml(v)}</data>`);
    }
    if (n.x !== undefined && n.y !== undefined)
      out.push(`      <data key="x">${n.x}</data>`, `      <data key="y">${n.y}</data>`);
    out.push('    </node>');
  }
  edges.forEach((e, i) => {
    out.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}">`);
    if (e.weight !== undefined) out.push(`      <data key="weight">${e.weight}</data>`);
    out.push(`      <data key="edgekind">${e.kind}</data>`, '    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
