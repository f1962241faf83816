import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Network } from '../model.js';
import { clusterNames } from './cluster-names.js';

const network = {
  format: 'threefold/1',
  owner: { name: 'Ada', organization: 'o:acme' },
  organizations: [
    { id: 'o:acme', name: 'Acme', kind: 'company' },
    { id: 'o:bank', name: 'Harbour Bank', kind: 'company' },
  ],
  groups: [{ id: 'g:rotary', name: 'Rotary Club', members: ['p:6', 'p:7', 'p:8'] }],
  people: [
    { id: 'p:1', name: 'A', organization: 'o:acme', unit: 'Finance' },
    { id: 'p:2', name: 'B', organization: 'o:acme', unit: 'Finance' },
    { id: 'p:3', name: 'C', organization: 'o:acme', unit: 'Sales' },
    { id: 'p:4', name: 'D', organization: 'o:bank' },
    { id: 'p:5', name: 'E', organization: 'o:bank', unit: 'Lending' },
    { id: 'p:6', name: 'F' },
    { id: 'p:7', name: 'G', sector: 'retail' },
    { id: 'p:8', name: 'H' },
    { id: 'p:9', name: 'I', sector: 'retail' },
    { id: 'p:10', name: 'J', sector: 'retail' },
    { id: 'p:11', name: 'K' },
    { id: 'p:12', name: 'L', organization: 'o:acme', unit: 'Finance' },
  ],
} as unknown as Network;

describe('clusterNames', () => {
  it('names each cluster from what most of its members share, unit first, then organisation, group, sector', () => {
    // node 0 is the owner; node i + 1 is people[i]
    const community = [0, 0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 5];
    assert.deepEqual(clusterNames(network, community, 6), [
      'Finance (Acme)',
      'Harbour Bank',
      'Rotary Club',
      'retail sector',
      'Cluster 5',
      'Finance (Acme) 2',
    ]);
  });
});

/** The names as first written: strings counted cluster by cluster (the reference for the coded pass). */
function namesByStrings(network: Network, community: ArrayLike<number>, count: number): string[] {
  const mostCommon = (values: readonly string[]): [string, number] | undefined => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    let best: [string, number] | undefined;
    for (const [v, n] of counts) if (!best || n > best[1] || (n === best[1] && v < best[0])) best = [v, n];
    return best;
  };
  const orgName = new Map((network.organizations ?? []).map((o) => [o.id, o.name]));
  const groupsOf = new Map<string, string[]>();
  for (const g of network.groups ?? [])
    for (const m of g.members ?? []) groupsOf.set(m, [...(groupsOf.get(m) ?? []), g.name]);
  const members: number[][] = Array.from({ length: count }, () => []);
  network.people.forEach((_p, i) => {
    const c = community[i + 1];
    if (c !== undefined && c >= 0 && c < count) members[c]!.push(i);
  });
  const names = members.map((list, c) => {
    const people = list.map((i) => network.people[i]!);
    const enough = (hit: [string, number] | undefined, share = 0.4) =>
      hit && people.length > 0 && hit[1] / people.length >= share ? hit[0] : undefined;
    const org = (id: string | undefined) => (id === undefined ? undefined : orgName.get(id));
    const sector = enough(mostCommon(people.flatMap((p) => (p.sector ? [p.sector] : []))));
    return (
      enough(
        mostCommon(
          people.flatMap((p) =>
            p.unit && org(p.organization) ? [`${p.unit} (${org(p.organization)})`] : [],
          ),
        ),
        0.6,
      ) ??
      enough(mostCommon(people.flatMap((p) => (org(p.organization) ? [org(p.organization)!] : [])))) ??
      enough(mostCommon(people.flatMap((p) => groupsOf.get(p.id) ?? []))) ??
      (sector ? `${sector} sector` : undefined) ??
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

describe('clusterNames when two units read alike', () => {
  it('counts "unit (organisation)" by its words, as a person reads it', () => {
    const alike = {
      format: 'threefold/1',
      owner: { name: 'O' },
      organizations: [
        { id: 'o:odd', name: 'Acme) (Bank', kind: 'company' },
        { id: 'o:bank', name: 'Bank', kind: 'company' },
      ],
      people: [
        { id: 'p:1', name: 'A', organization: 'o:odd', unit: 'Sales' },
        { id: 'p:2', name: 'B', organization: 'o:odd', unit: 'Sales' },
        { id: 'p:3', name: 'C', organization: 'o:bank', unit: 'Sales (Acme)' },
        { id: 'p:4', name: 'D', organization: 'o:bank', unit: 'Sales (Acme)' },
        { id: 'p:5', name: 'E' },
      ],
    } as unknown as Network;
    assert.deepEqual(clusterNames(alike, [0, 0, 0, 0, 0, 0], 1), ['Sales (Acme) (Bank)']);
  });
});

describe('clusterNames on generated networks', () => {
  it('gives the names the string-by-string count gives, ties, shared names and repeated members included', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const seen = new Set<string>();
    for (let round = 0; round < 60; round++) {
      const organizations = [
        { id: 'o:1', name: 'Acme', kind: 'company' },
        { id: 'o:2', name: 'Acme', kind: 'company' }, // two organisations, one name
        { id: 'o:3', name: 'Bank', kind: 'company' },
        { id: 'o:4', name: '', kind: 'company' },
        // "Sales" of "Acme) (Bank" reads as "Sales (Acme)" of "Bank": two pairs, one text
        { id: 'o:5', name: 'Acme) (Bank', kind: 'company' },
      ];
      const size = 5 + Math.floor(random() * 60);
      const people = Array.from({ length: size }, (_, i) => ({
        id: `p:${i}`,
        name: `P${i}`,
        ...(random() < 0.8 ? { organization: pick(['o:1', 'o:2', 'o:3', 'o:4', 'o:5', 'o:missing']) } : {}),
        ...(random() < 0.6 ? { unit: pick(['Finance', 'Sales', 'Sales (Acme)', '']) } : {}),
        ...(random() < 0.5 ? { sector: pick(['retail', 'banking', '']) } : {}),
      }));
      const groups = ['Rotary', 'Choir', 'Alumni'].map((name, g) => ({
        id: `g:${g}`,
        name,
        members: people.filter(() => random() < 0.3).map((p) => p.id),
      }));
      groups[0]!.members.push(...groups[0]!.members.slice(0, 2)); // listed twice
      const network = {
        format: 'threefold/1',
        owner: { name: 'O' },
        organizations,
        groups,
        people,
      } as unknown as Network;
      const count = 1 + Math.floor(random() * 8);
      // Clusters drawn at random rarely share anything: some follow the organisation or the sector.
      const lean = random();
      const community = [
        0,
        ...people.map((p, i) => {
          if (random() < 0.05) return -1;
          if (lean < 0.3) return (p.organization ?? '').length % count;
          if (lean < 0.5) return (p.sector ?? 'x').length % count;
          return lean < 0.7 ? i % count : Math.floor(random() * count);
        }),
      ];
      const expected = namesByStrings(network, community, count);
      for (const name of expected) seen.add(name.replace(/ \d+$/, ''));
      assert.deepEqual(clusterNames(network, community, count), expected, `round ${round}`);
    }
    // Every way of naming was reached.
    for (const kind of ['Finance (Acme)', 'Acme', 'Bank', 'Rotary', 'retail sector', 'Cluster'])
      assert.ok(
        [...seen].some((name) => name.startsWith(kind)),
        `${kind} among ${[...seen].join(', ')}`,
      );
  });
});
