import type { Network } from '../model.js';

/**
 * Below this share of a cluster's members, what they share does not name the cluster: "Finance
 * (Acme)" for a cluster where one in ten works in Acme's finance team would mislead.
 */
const NAMING_SHARE = 0.4;
/** A unit names the cluster only when most of it works there; else its organisation is the truer name. */
const UNIT_SHARE = 0.6;

/** The most common value among `values` and how many hold it (ties broken alphabetically, for stable names). */
function mostCommon(values: readonly string[]): [string, number] | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const [v, n] of counts) if (!best || n > best[1] || (n === best[1] && v < best[0])) best = [v, n];
  return best;
}

/**
 * A name for each cluster from what its members share, tried from the most telling to the least:
 * a unit of one organisation ("Finance (Acme)"), an organisation ("Acme"), a group they belong to
 * ("Rotary Club"), a sector ("retail sector"); "Cluster n" when nothing is shared by enough of
 * them. Two clusters with the same name are told apart by a number ("Acme", "Acme 2").
 * `community[i]` is the cluster of graph node i: node 0 is the owner, node i + 1 is people[i].
 */
export function clusterNames(network: Network, community: ArrayLike<number>, count: number): string[] {
  const orgName = new Map((network.organizations ?? []).map((o) => [o.id, o.name]));
  const groupsOf = new Map<string, string[]>();
  for (const g of network.groups ?? []) {
    for (const m of g.members ?? []) {
      const list = groupsOf.get(m);
      if (list) list.push(g.name);
      else groupsOf.set(m, [g.name]);
    }
  }
  const members: number[][] = Array.from({ length: count }, () => []);
  network.people.forEach((_p, i) => {
    const c = community[i + 1];
    if (c !== undefined && c >= 0 && c < count) members[c]!.push(i);
  });
  const names = members.map((list, c) => {
    const people = list.map((i) => network.people[i]!);
    const enough = (hit: [string, number] | undefined, share = NAMING_SHARE) =>
      hit && people.length > 0 && hit[1] / people.length >= share ? hit[0] : undefined;
    const org = (id: string | undefined) => (id === undefined ? undefined : (orgName.get(id) ?? undefined));
    return (
      enough(
        mostCommon(
          people.flatMap((p) =>
            p.unit && org(p.organization) ? [`${p.unit} (${org(p.organization)})`] : [],
          ),
        ),
        UNIT_SHARE,
      ) ??
      enough(mostCommon(people.flatMap((p) => (org(p.organization) ? [org(p.organization)!] : [])))) ??
      enough(mostCommon(people.flatMap((p) => groupsOf.get(p.id) ?? []))) ??
      (() => {
        const sector = enough(mostCommon(people.flatMap((p) => (p.sector ? [p.sector] : []))));
        return sector ? `${sector} sector` : undefined;
      })() ??
      `Cluster ${c + 1}`
    );
  });
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} ${n}`;
  });
}
