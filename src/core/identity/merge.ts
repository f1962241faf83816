import type { Network, Relationship, Tie } from '../model.js';
import { mergeRecord } from './resolve.js';

/**
 * Folds person `drop` into person `keep`: `keep`'s fields win, lists and notes are united, and
 * every relationship, tie, group membership, interaction and stakeholder entry of `drop` moves to
 * `keep` (no self-tie, one tie per pair at the stronger strength). Pure.
 */
export function mergePeopleInNetwork(network: Network, keep: string, drop: string): Network {
  const a = network.people.find((p) => p.id === keep);
  const b = network.people.find((p) => p.id === drop);
  if (!a || !b || keep === drop) return network;
  const merged = mergeRecord(a, { ...b, id: keep });
  if (a.notes && b.notes && a.notes !== b.notes) merged.notes = `${a.notes}\n\n${b.notes}`.slice(0, 20_000);
  const swap = (id: string) => (id === drop ? keep : id);

  const relA = network.relationships?.find((r) => r.person === keep);
  const relB = network.relationships?.find((r) => r.person === drop);
  const relationships: Relationship[] = [];
  for (const r of network.relationships ?? []) {
    if (r.person === drop) continue;
    let rel: Relationship = r.person === keep && relB ? mergeRecord(r, { ...relB, person: keep }) : { ...r };
    if (rel.introducedBy) rel.introducedBy = swap(rel.introducedBy);
    if (rel.introducedBy === rel.person) {
      const { introducedBy: _self, ...rest } = rel;
      rel = rest as Relationship;
    }
    relationships.push(rel);
  }
  if (!relA && relB) {
    const rel: Relationship = { ...relB, person: keep };
    if (rel.introducedBy === keep) delete rel.introducedBy;
    relationships.push(rel);
  }

  const ties = new Map<string, Tie>();
  for (const t of network.ties ?? []) {
    const [x, y] = [swap(t.a), swap(t.b)];
    if (x === y) continue;
    const key = x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
    const old = ties.get(key);
    const tie = { ...t, a: x, b: y };
    if (!old) ties.set(key, tie);
    else if ((tie.strength ?? 0) > (old.strength ?? 0)) ties.set(key, { ...old, strength: tie.strength });
  }

  return {
    ...network,
    people: network.people.filter((p) => p.id !== drop).map((p) => (p.id === keep ? merged : p)),
    relationships,
    ties: [...ties.values()],
    groups: network.groups?.map((g) =>
      g.members ? { ...g, members: [...new Set(g.members.map(swap))] } : g,
    ),
    interactions: network.interactions?.map((i) => ({ ...i, people: [...new Set(i.people.map(swap))] })),
    goals: network.goals?.map((g) => {
      if (!g.stakeholders) return g;
      const seen = new Set<string>();
      const stakeholders = g.stakeholders
        .map((s) => ({ ...s, person: swap(s.person) }))
        .filter((s) => {
          if (seen.has(s.person)) return false;
          seen.add(s.person);
          return true;
        });
      return { ...g, stakeholders };
    }),
  };
}

/** What a merge of `drop` into another person moves, counted on the records that name either. */
export function movedByMerge(
  around: Network,
  drop: string,
): { relationships: number; ties: number; interactions: number; groups: number; goals: number } {
  return {
    relationships: (around.relationships ?? []).filter((r) => r.person === drop).length,
    ties: (around.ties ?? []).filter((t) => t.a === drop || t.b === drop).length,
    interactions: around.interactions?.length ?? 0,
    groups: around.groups?.length ?? 0,
    goals: around.goals?.length ?? 0,
  };
}
