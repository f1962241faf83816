import type { Network } from '../../core/model.js';
import { OWNER_ID } from '../../core/model.js';

interface KumuElement {
  label: string;
  type: string;
  description?: string;
  tags?: string[];
  [field: string]: unknown;
}
interface KumuConnection {
  from: string;
  to: string;
  type: string;
  direction: 'undirected';
  strength?: number;
  [field: string]: unknown;
}

/**
 * Kumu's JSON import: `{ elements, connections }`, elements named by `label` (Kumu joins
 * connections to elements by label), extra fields as Kumu fields. Labels are made unique
 * with the id when two people share a name.
 */
export function exportKumu(doc: Network): { elements: KumuElement[]; connections: KumuConnection[] } {
  const orgName = new Map((doc.organizations ?? []).map((o) => [o.id, o.name]));
  const rel = new Map((doc.relationships ?? []).map((r) => [r.person, r]));
  const counts = new Map<string, number>();
  for (const p of doc.people) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  counts.set(doc.owner.name, (counts.get(doc.owner.name) ?? 0) + 1);
  const label = new Map<string, string>();
  label.set(OWNER_ID, (counts.get(doc.owner.name) ?? 0) > 1 ? `${doc.owner.name} (owner)` : doc.owner.name);
  for (const p of doc.people) label.set(p.id, (counts.get(p.name) ?? 0) > 1 ? `${p.name} (${p.id})` : p.name);

  const elements: KumuElement[] = [
    {
      label: label.get(OWNER_ID)!,
      type: 'Owner',
      id: OWNER_ID,
      organization: orgName.get(doc.owner.organization),
    },
  ];
  for (const p of doc.people) {
    const r = rel.get(p.id);
    const e: KumuElement = { label: label.get(p.id)!, type: 'Person', id: p.id };
    const org = p.organization ? orgName.get(p.organization) : undefined;
    if (org) e.organization = org;
    if (p.title) e.title = p.title;
    if (p.unit) e.unit = p.unit;
    if (p.sector) e.sector = p.sector;
    if (p.emails?.length) e.email = p.emails.join(', ');
    if (r?.forms?.length) e.form = r.forms.join(', ');
    if (p.tags?.length) e.tags = p.tags;
    if (p.notes) e.description = p.notes;
    elements.push(e);
  }
  const connections: KumuConnection[] = [];
  for (const r of doc.relationships ?? []) {
    const to = label.get(r.person);
    if (!to) continue;
    const c: KumuConnection = {
      from: label.get(OWNER_ID)!,
      to,
      type: 'Relationship',
      direction: 'undirected',
    };
    if (r.strength) c.strength = r.strength;
    if (r.forms?.length) c.form = r.forms.join(', ');
    connections.push(c);
  }
  for (const t of doc.ties ?? []) {
    const from = label.get(t.a);
    const to = label.get(t.b);
    if (!from || !to) continue;
    const c: KumuConnection = { from, to, type: 'Tie', direction: 'undirected' };
    if (t.strength) c.strength = t.strength;
    if (t.source) c.source = t.source;
    connections.push(c);
  }
  return { elements, connections };
}
