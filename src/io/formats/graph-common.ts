import sax from 'sax';
import { overLimit } from '../../core/vocabulary.js';
import { invalidInput } from '../../errors.js';
import { distinct, FragmentBuilder } from './builder.js';
import { clean, clip, email } from './text.js';
import { type ImportFormat, newResult, type ParseResult } from './types.js';

/** A node or an edge as read from GEXF or GraphML, attributes by their title. */
export interface GraphNode {
  id: string;
  label?: string;
  attributes: Map<string, string>;
  x?: number;
  y?: number;
}
export interface GraphEdge {
  source: string;
  target: string;
  weight?: number;
  line: number;
}

/** The id threefold's own exports give the owner's node. */
export const OWNER_NODE = 'owner';

/** Runs a strict sax parser over `text`, turning XML errors into an invalid_input naming the line. */
export function parseXml(
  text: string,
  what: string,
  handlers: {
    open(tag: sax.Tag, line: number): void;
    close(name: string): void;
    text?(value: string): void;
  },
): void {
  const parser = sax.parser(true, { trim: false, normalize: false, xmlns: false, position: true });
  parser.onerror = (err) => {
    throw invalidInput(
      `not a readable ${what} file: line ${parser.line + 1}: ${err.message.split('\n')[0]}`,
      [{ path: `line ${parser.line + 1}`, message: err.message.split('\n')[0] ?? 'XML error' }],
    );
  };
  parser.onopentag = (tag) => handlers.open(tag as sax.Tag, parser.line + 1);
  parser.onclosetag = (name) => handlers.close(name);
  if (handlers.text) {
    const onText = handlers.text;
    parser.ontext = onText;
    parser.oncdata = onText;
  }
  parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
}

/** Local tag name without prefix, lower-cased (`viz:position` -> `position`). */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return (i >= 0 ? name.slice(i + 1) : name).toLowerCase();
}

function strengthScale(weights: number[]): (w: number | undefined) => number | undefined {
  const finite = weights.filter((w) => Number.isFinite(w) && w > 0);
  if (finite.length === 0) return () => undefined;
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  if (finite.every((w) => Number.isInteger(w) && w >= 1 && w <= 5)) return (w) => w;
  if (max === min) return (w) => (w === undefined ? undefined : 3);
  return (w) =>
    w === undefined || !Number.isFinite(w) || w <= 0
      ? undefined
      : 1 + Math.round((4 * (w - min)) / (max - min));
}

/**
 * Nodes to people (label as name; organization, title, unit, sector, emails attributes when
 * present, as threefold exports them), edges to ties. An `owner` node (threefold's own export)
 * is the owner: its edges become relationships; without one, every node is a contact.
 */
export function graphToResult(format: ImportFormat, nodes: GraphNode[], edges: GraphEdge[]): ParseResult {
  const result = newResult(format);
  const b = new FragmentBuilder(result.fragment);
  const ids = new Map<string, string>();
  const isOwner = (n: GraphNode) => n.id === OWNER_NODE || n.attributes.get('kind') === 'owner';
  const ownerNodes = new Set(nodes.filter(isOwner).map((n) => n.id));
  // Checked before any person is built: the owner's node and edges are not people or ties.
  const over = overLimit({
    people: nodes.length - ownerNodes.size,
    ties: edges.reduce((n, e) => (ownerNodes.has(e.source) || ownerNodes.has(e.target) ? n : n + 1), 0),
  });
  if (over) throw invalidInput(`${format === 'gexf' ? 'GEXF' : 'GraphML'} file with ${over}`);
  for (const node of nodes) {
    if (ownerNodes.has(node.id)) continue;
    if (ids.has(node.id)) {
      result.problems.push({ record: `node "${node.id}"`, reason: 'the same id appears twice' });
      continue;
    }
    const attr = (k: string) => clean(node.attributes.get(k));
    const name = clip(clean(node.label) || attr('name') || node.id);
    if (!name) {
      result.problems.push({ record: `node "${node.id}"`, reason: 'no label or id' });
      continue;
    }
    const emails = distinct(
      attr('emails')
        .split(/[;,\s]+/)
        .map(email),
    );
    const person = b.person({
      name,
      emails,
      organization: b.organization(attr('organization')),
      title: clip(attr('title')) || undefined,
      unit: clip(attr('unit')) || undefined,
      sector: clip(attr('sector')) || undefined,
      // The node id is kept as a hint: a re-import of our own export finds its people again.
      ref: node.id,
    } as Parameters<FragmentBuilder['person']>[0]);
    ids.set(node.id, person.id);
  }
  const scale = strengthScale(edges.flatMap((e) => (e.weight === undefined ? [] : [e.weight])));
  const ties = new Map<string, { a: string; b: string; strength?: number }>();
  const relationships = new Map<string, number | undefined>();
  for (const edge of edges) {
    const record = `edge at line ${edge.line}`;
    const toOwner = ownerNodes.has(edge.source)
      ? edge.target
      : ownerNodes.has(edge.target)
        ? edge.source
        : undefined;
    if (toOwner !== undefined) {
      const id = ids.get(toOwner);
      if (!id) {
        if (!ownerNodes.has(toOwner)) result.problems.push({ record, reason: `no node "${toOwner}"` });
        continue;
      }
      relationships.set(id, scale(edge.weight));
      continue;
    }
    const a = ids.get(edge.source);
    const c = ids.get(edge.target);
    if (!a || !c) {
      result.problems.push({ record, reason: `no node "${!a ? edge.source : edge.target}"` });
      continue;
    }
    if (a === c) {
      result.skipped.push({ record, reason: 'a node tied to itself' });
      continue;
    }
    const [x, y] = a < c ? [a, c] : [c, a];
    const key = `${x}\u0000${y}`;
    const strength = scale(edge.weight);
    const old = ties.get(key);
    if (!old || (strength ?? 0) > (old.strength ?? 0))
      ties.set(key, strength ? { a: x, b: y, strength } : { a: x, b: y });
  }
  for (const tie of ties.values()) result.fragment.ties.push({ ...tie, source: 'imported' });
  if (ownerNodes.size > 0) {
    for (const [person, strength] of relationships)
      result.fragment.relationships.push(strength ? { person, strength } : { person });
  } else {
    for (const person of ids.values()) result.fragment.relationships.push({ person });
  }
  return result;
}
