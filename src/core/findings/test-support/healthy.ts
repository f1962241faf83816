// A deliberately healthy, balanced network: deep operational ties, broad outside contacts, a
// strategic layer with bridges and goal support, steady contact. Tests mutate it to make one
// finding fire at a time.
import type { Interaction, Network, Person, Relationship, Tie } from '../../model.js';
import type { Form } from '../../vocabulary.js';

export const AS_OF = '2026-06-30';

export function daysAgo(days: number, asOf = AS_OF): string {
  return new Date(Date.parse(asOf) - days * 86_400_000).toISOString().slice(0, 10);
}

export function healthyNetwork(): Network {
  const people: Person[] = [
    { id: 'i1', name: 'Ines Peer', organization: 'o:home', unit: 'Ops', level: 3 },
    { id: 'i2', name: 'Ivo Report', organization: 'o:home', unit: 'Ops', level: 2 },
    { id: 'i3', name: 'Ida Planner', organization: 'o:home', unit: 'Ops', level: 2 },
    { id: 'i4', name: 'Ian Finance', organization: 'o:home', unit: 'Finance', level: 3 },
    { id: 'i5', name: 'Isla Boss', organization: 'o:home', unit: 'Sales', level: 5 },
    { id: 'e1', name: 'Eva Alpha', organization: 'o:a', level: 4, sector: 'software' },
    { id: 'e2', name: 'Emil Beta', organization: 'o:b', level: 5, sector: 'banking' },
    { id: 'e3', name: 'Eli Gamma', organization: 'o:c', level: 3, sector: 'health' },
    { id: 'e4', name: 'Edda Assoc', organization: 'o:assoc', level: 4, sector: 'retail' },
    { id: 'e5', name: 'Enzo Beta', organization: 'o:b', level: 2, sector: 'banking' },
  ];
  for (let i = 1; i <= 12; i++)
    people.push({ id: `f${i}`, name: `Friend ${i}`, organization: i % 2 ? 'o:a' : 'o:c' });
  const rel = (person: string, forms: Form[], extra: Partial<Relationship> = {}): Relationship => ({
    person,
    forms,
    strength: 3,
    since: '2020-01-01',
    ...extra,
  });
  const relationships: Relationship[] = [
    rel('i1', ['operational'], { roles: ['peer'], prescribed: true, strength: 5, trust: 4, support: 3 }),
    rel('i2', ['operational'], { roles: ['direct-report'], prescribed: true, strength: 4 }),
    rel('i3', ['operational'], { prescribed: true, strength: 4 }),
    rel('i4', ['operational', 'strategic'], { roles: ['peer'], prescribed: true, strength: 3 }),
    rel('i5', ['operational', 'strategic'], {
      roles: ['superior'],
      prescribed: true,
      strength: 4,
      trust: 4,
      support: 4,
    }),
    rel('e1', ['personal']),
    rel('e2', ['strategic'], { roles: ['advisor'] }),
    rel('e3', ['personal']),
    rel('e4', ['personal']),
    rel('e5', ['personal'], { strength: 2, since: daysAgo(60) }),
  ];
  const ties: Tie[] = [
    { a: 'i1', b: 'i2', strength: 4 },
    { a: 'i2', b: 'i3', strength: 4 },
    { a: 'i5', b: 'e2', strength: 3 },
    { a: 'e1', b: 'e3', strength: 2 },
  ];
  ['e1', 'e2', 'e3', 'e4', 'e5', 'i4'].forEach((p, k) => {
    ties.push({ a: p, b: `f${2 * k + 1}`, strength: 2 }, { a: p, b: `f${2 * k + 2}`, strength: 2 });
  });
  // Two one-to-one meetings a week for 32 weeks, rotating over the ten relationships.
  const order = ['i1', 'e1', 'i2', 'e2', 'i3', 'e3', 'i4', 'e4', 'i5', 'e5'];
  const interactions: Interaction[] = [];
  for (let week = 0; week < 32; week++) {
    for (const [slot, offset] of [1, 4].entries()) {
      const n = week * 2 + slot;
      interactions.push({
        id: `i:${n}`,
        date: daysAgo(week * 7 + offset),
        kind: 'meeting',
        people: [order[n % order.length]!],
        minutes: 60,
        direction: week % 2 === 0 ? 'gave' : 'received',
      });
    }
  }
  return {
    format: 'threefold/1',
    owner: { name: 'Olivia Owner', organization: 'o:home', unit: 'Ops', title: 'Head of Ops', level: 3 },
    organizations: [
      { id: 'o:home', name: 'Home Co', kind: 'company', sector: 'retail' },
      { id: 'o:a', name: 'Alpha', kind: 'company', sector: 'software' },
      {
        id: 'o:b',
        name: 'Beta Bank',
        kind: 'company',
        sector: 'banking',
        trust: 4,
        support: [{ date: daysAgo(100), kind: 'finance' }],
      },
      { id: 'o:c', name: 'Gamma Health', kind: 'company', sector: 'health' },
      { id: 'o:assoc', name: 'Retail Association', kind: 'association', sector: 'retail' },
    ],
    people,
    relationships,
    ties,
    groups: [
      {
        id: 'g:assoc',
        name: 'Retail Association forum',
        kind: 'association',
        members: ['e4', 'f7'],
        ownerIsMember: true,
      },
    ],
    interactions,
    goals: [
      {
        id: 'goal:1',
        title: 'Open a second site',
        stakeholders: [
          { person: 'i5', influence: 5, stance: 'champion' },
          { person: 'e2', influence: 3, stance: 'supportive' },
        ],
      },
    ],
    commitments: [
      {
        id: 'c:1',
        text: 'Two meetings a week',
        kind: 'meeting',
        per: 'week',
        target: 2,
        since: '2026-01-01',
      },
    ],
  };
}
