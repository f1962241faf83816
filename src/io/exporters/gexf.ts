import type { Network } from '../../core/model.js';
import { type ExportOptions, graphOf, NODE_ATTRIBUTES } from './graph-model.js';
import { xml } from './xml.js';

/** GEXF 1.3 (valid against gexf.net's schema) with form, unit, sector and measures as attributes. */
export function exportGexf(doc: Network, options: ExportOptions = {}): string {
  const { nodes, edges } = graphOf(doc, options);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta${options.date ? ` lastmodifieddate="${xml(options.date.slice(0, 10))}"` : ''}>`,
    '    <creator>threefold</creator>',
    `    <description>${xml(`The network of ${doc.owner.name}`)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    ...NODE_ATTRIBUTES.map((a) => `      <attribute id="${a.id}" title="${a.id}" type="${a.type}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="source" title="source" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of nodes) {
    const values = NODE_ATTRIBUTES.flatMap((a) => {
      const v = n.attributes[a.id];
      return v === undefined || v === '' ? [] : [`          <attvalue for="${a.id}" value="${xml(v)}"/>`];
    });
    out.push(`      <node id="${xml(n.id)}" label="${xml(n.label)}">`);
    if (values.length) out.push('        <attvalues>', ...values, '        </attvalues>');
    if (n.x !== undefined && n.y !== undefined)
      out.push(`        <viz:position x="${n.x}" y="${n.y}" z="0"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  edges.forEach((e, i) => {
    const weight = e.weight === undefined ? '' : ` weight="${e.weight}"`;
    out.push(`      <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}"${weight}>`);
    out.push('        <attvalues>', `          <attvalue for="kind" value="${e.kind}"/>`);
    if (e.source_) out.push(`          <attvalue for="source" value="${xml(e.source_)}"/>`);
    out.push('        </attvalues>', '      </edge>');
  });
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
