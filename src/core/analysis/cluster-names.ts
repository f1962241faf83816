import type { Network } from '../model.js';

/**
 * Below this share of a cluster's members, what they share does not name the cluster: "Finance
 * (Acme)" for a cluster where one in ten works in Acme's finance team would mislead.
 */
const NAMING_SHARE = 0.4;
/** A unit names the cluster only when most of it works there; else its organisation is the truer name. */
const UNIT_SHARE = 0.6;

/**
 * Each person's value of one attribute as a number (-1 for none) and the distinct values: the
 * clusters then count numbers, not strings (200,000 people name their clusters in a pass each).
 */
interface Coded {
  code: Int32Array;
  values: string[];
}

function coded(count: number, attribute: (i: number) => string | undefined): Coded {
  const code = new Int32Array(count);
  const values: string[] = [];
  const numbers = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const value = attribute(i);
    if (!value) {
      code[i] = -1;
      continue;
    }
    let n = numbers.get(value);
    if (n === undefined) {
      n = values.push(value) - 1;
      numbers.set(value, n);
    }
    code[i] = n;
  }
  return { code, values };
}

/**
 * A name for each cluster from what its members share, tried from the most telling to the least:
 * a unit of one organisation ("Finance (Acme)"), an organisation ("Acme"), a group they belong to
 * ("Rotary Club"), a sector ("retail sector"); "Cluster n" when nothing is shared by enough of
 * them. Two clusters with the same name are told apart by a number ("Acme", "Acme 2").
 * `community[i]` is the cluster of graph node i: node 0 is the owner, node i + 1 is people[i].
 */
export function clusterNames(network: Network, community: ArrayLike<number>, count: number): string[] {
  const { people } = network;
  const orgName = new Map((network.organizations ?? []).map((o) => [o.id, o.name]));
  const groupsOf = new Map<string, string[]>();
  for (const g of network.groups ?? []) {
    for (const m of g.members ?? []) {
      const list = groupsOf.get(m);
      if (list) list.push(g.name);
      else groupsOf.set(m, [g.name]);
    }
  }
  // Members of each cluster in people order, by a counting sort.
  const start = new Int32Array(count + 1);
  for (let i = 0; i < people.length; i++) {
    const c = community[i + 1];
    if (c !== undefined && c >= 0 && c < count) start[c + 1]!++;
  }
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const members = new Int32Array(start[count]!);
  const next = start.slice(0, count);
  for (let i = 0; i < people.length; i++) {
    const c = community[i + 1];
    if (c !== undefined && c >= 0 && c < count) members[next[c]!++] = i;
  }

  const org = (i: number) => {
    const id = people[i]!.organization;
    return id === undefined ? undefined : orgName.get(id);
  };
  // Coded only when some cluster gets that far down the list.
  let units: Coded | undefined;
  let orgsCoded: Coded | undefined;
  const orgs = () => {
    orgsCoded ??= coded(people.length, org);
    return orgsCoded;
  };
  let sectors: Coded | undefined;
  let groups: { values: string[]; start: Int32Array; codes: Int32Array } | undefined;
  const codeUnits = (): Coded => {
    // "unit (organisation)" by the pair of codes: each pair's text is made and looked up once.
    const unit = coded(people.length, (i) => people[i]!.unit);
    const organisation = orgs();
    const width = organisation.values.length;
    const codeOfPair = new Map<number, number>();
    const numbers = new Map<string, number>();
    const values: string[] = [];
    const code = new Int32Array(people.length);
    for (let i = 0; i < people.length; i++) {
      const u = unit.code[i]!;
      const o = organisation.code[i]!;
      if (u < 0 || o < 0) {
        code[i] = -1;
        continue;
      }
      let n = codeOfPair.get(u * width + o);
      if (n === undefined) {
        const text = `${unit.values[u]} (${organisation.values[o]})`;
        n = numbers.get(text); // two pairs can make one text, as two organisations one name
        if (n === undefined) {
          n = values.push(text) - 1;
          numbers.set(text, n);
        }
        codeOfPair.set(u * width + o, n);
      }
      code[i] = n;
    }
    return { code, values };
  };
  const codeGroups = () => {
    // Each person's groups as codes, a member listed twice counted twice (as it always was).
    const numbers = new Map<string, number>();
    const values: string[] = [];
    const start = new Int32Array(people.length + 1);
    const list: number[] = [];
    for (let i = 0; i < people.length; i++) {
      for (const name of groupsOf.get(people[i]!.id) ?? []) {
        let n = numbers.get(name);
        if (n === undefined) {
          n = values.push(name) - 1;
          numbers.set(name, n);
        }
        list.push(n);
      }
      start[i + 1] = list.length;
    }
    return { values, start, codes: Int32Array.from(list) };
  };

  // One tally reused by every cluster: counts by code, reset through the codes touched.
  let tally = new Int32Array(0);
  const touched: number[] = [];
  const count1 = (n: number) => {
    if (n >= tally.length) {
      const grown = new Int32Array(Math.max(n + 1, tally.length * 2));
      grown.set(tally);
      tally = grown;
    }
    if (tally[n] === 0) touched.push(n);
    tally[n]!++;
  };
  /** The value most members hold (ties broken alphabetically), if at least `share` of them do. */
  const shared = (values: readonly string[], size: number, share: number): string | undefined => {
    let best = -1;
    for (const n of touched) {
      if (best < 0 || tally[n]! > tally[best]! || (tally[n]! === tally[best]! && values[n]! < values[best]!))
        best = n;
    }
    const hit = best >= 0 && size > 0 && tally[best]! / size >= share ? values[best] : undefined;
    for (const n of touched) tally[n] = 0;
    touched.length = 0;
    return hit;
  };
  const byAttribute = (c: number, { code, values }: Coded, share = NAMING_SHARE) => {
    for (let k = start[c]!; k < start[c + 1]!; k++) {
      const n = code[members[k]!]!;
      if (n >= 0) count1(n);
    }
    return shared(values, start[c + 1]! - start[c]!, share);
  };
  const byGroup = (c: number) => {
    groups ??= codeGroups();
    for (let k = start[c]!; k < start[c + 1]!; k++) {
      const i = members[k]!;
      for (let g = groups.start[i]!; g < groups.start[i + 1]!; g++) count1(groups.codes[g]!);
    }
    return shared(groups.values, start[c + 1]! - start[c]!, NAMING_SHARE);
  };

  const names = Array.from({ length: count }, (_, c) => {
    units ??= codeUnits();
    const sector = () => {
      sectors ??= coded(people.length, (i) => people[i]!.sector);
      const hit = byAttribute(c, sectors);
      return hit ? `${hit} sector` : undefined;
    };
    return (
      byAttribute(c, units, UNIT_SHARE) ??
      byAttribute(c, orgs()) ??
      byGroup(c) ??
      sector() ??
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
