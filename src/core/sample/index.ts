import type { Interaction, Network, Person, Relationship, Tie } from '../model.js';
import type { Form, InteractionKind } from '../vocabulary.js';
import { FIRST_NAMES, INTERESTS, LAST_NAMES } from './names.js';
import { createRandom, daysBefore } from './random.js';

export { type GenerateOptions, generateNetwork } from './generate.js';

/**
 * The demo network: Maya Okafor, a supply-chain expert just promoted to Director of Operations
 * at Northwind Foods. Her operational network is deep, her personal one has gone quiet, and her
 * strategic one is thin: a skeptical board member she barely knows holds sway over her main
 * goal, a bank trusts her but has never helped, her old mentor has gone dormant, and her
 * networking collapsed in the last weeks under a warehouse crisis. About 150 people; seeded.
 */
export function sampleNetwork(options: { asOf?: string } = {}): Network {
  const asOf = options.asOf ?? '2026-11-15';
  const rnd = createRandom(20261115);
  const ago = (days: number) => daysBefore(asOf, days);

  const organizations: Network['organizations'] = [
    { id: 'o:northwind', name: 'Northwind Foods', kind: 'company', sector: 'food retail', trust: 4 },
    { id: 'o:greenmart', name: 'Greenmart Stores', kind: 'company', sector: 'food retail', trust: 3 },
    {
      id: 'o:fresh-logistics',
      name: 'Fresh Logistics',
      kind: 'company',
      sector: 'logistics',
      trust: 4,
      support: [{ date: ago(200), kind: 'people', note: 'lent two planners during the peak' }],
    },
    { id: 'o:harbour-bank', name: 'Harbour Bank', kind: 'company', sector: 'banking', trust: 4 },
    {
      id: 'o:food-ops-assoc',
      name: 'Food Operations Association',
      kind: 'association',
      sector: 'food retail',
      trust: 3,
    },
    {
      id: 'o:lakeside-alumni',
      name: 'Lakeside Business School Alumni',
      kind: 'alumni',
      sector: 'education',
      trust: 3,
    },
    { id: 'o:harbour-sailing', name: 'Harbour Sailing Club', kind: 'club', sector: 'leisure' },
    {
      id: 'o:food-authority',
      name: 'Regional Food Authority',
      kind: 'public-body',
      sector: 'public sector',
      trust: 2,
    },
    { id: 'o:datagrain', name: 'Datagrain Analytics', kind: 'company', sector: 'software', trust: 2 },
  ];

  const people: Person[] = [];
  const relationships: Relationship[] = [];
  const ties: Tie[] = [];
  const tieKeys = new Set<string>();
  const tie = (a: string, b: string, strength: number) => {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || tieKeys.has(key)) return;
    tieKeys.add(key);
    ties.push({ a, b, strength, source: 'stated' });
  };

  // The people the story is about.
  const cast: Array<Person & { rel?: Omit<Relationship, 'person'> }> = [
    {
      id: 'p:claire-martin',
      name: 'Claire Martin',
      organization: 'o:northwind',
      unit: 'Executive',
      title: 'Chief Executive',
      level: 6,
      interests: ['sailing'],
      rel: {
        forms: ['operational', 'strategic'],
        roles: ['superior'],
        prescribed: true,
        strength: 4,
        trust: 4,
        support: 4,
        cadenceDays: 14,
        since: '2019-04-01',
      },
    },
    {
      id: 'p:henrik-lund',
      name: 'Henrik Lund',
      organization: 'o:northwind',
      unit: 'Board',
      title: 'Non-executive Director',
      level: 6,
      interests: ['sailing', 'wine'],
      tags: ['board'],
      rel: { roles: ['board'], strength: 1, trust: 1, cadenceDays: 60, since: ago(150) },
    },
    {
      id: 'p:ravi-patel',
      name: 'Ravi Patel',
      organization: 'o:northwind',
      unit: 'Finance',
      title: 'Chief Financial Officer',
      level: 5,
      rel: { roles: ['peer'], prescribed: true, strength: 2, trust: 3, cadenceDays: 30, since: '2021-01-10' },
    },
    {
      id: 'p:sofia-berg',
      name: 'Sofia Berg',
      organization: 'o:northwind',
      unit: 'Sales',
      title: 'Sales Director',
      level: 4,
      interests: ['jazz'],
      rel: { roles: ['peer'], prescribed: true, strength: 3, trust: 3, cadenceDays: 30, since: '2020-06-01' },
    },
    {
      id: 'p:tom-becker',
      name: 'Tom Becker',
      organization: 'o:greenmart',
      title: 'Head of Stores',
      level: 4,
      sector: 'food retail',
      needs: ['supply-chain advice'],
      rel: {
        forms: ['operational'],
        roles: ['customer'],
        strength: 3,
        trust: 3,
        cadenceDays: 30,
        since: '2022-03-01',
      },
    },
    {
      id: 'p:ana-silva',
      name: 'Ana Silva',
      organization: 'o:fresh-logistics',
      title: 'Managing Director',
      level: 5,
      sector: 'logistics',
      offers: ['advice on supply chains', 'cold-chain logistics'],
      interests: ['running'],
      rel: {
        forms: ['personal'],
        roles: ['supplier'],
        strength: 4,
        trust: 4,
        support: 3,
        cadenceDays: 60,
        since: '2018-09-01',
      },
    },
    {
      id: 'p:elena-ruiz',
      name: 'Elena Ruiz',
      organization: 'o:lakeside-alumni',
      title: 'Former COO, now adviser',
      level: 6,
      sector: 'consulting',
      offers: ['board governance'],
      interests: ['theatre'],
      rel: {
        forms: ['personal', 'strategic'],
        roles: ['mentor'],
        strength: 5,
        trust: 5,
        support: 3,
        cadenceDays: 45,
        since: '2015-02-01',
      },
    },
    {
      id: 'p:marcus-hale',
      name: 'Marcus Hale',
      organization: 'o:harbour-bank',
      title: 'Relationship Director',
      level: 5,
      sector: 'banking',
      rel: {
        forms: ['strategic'],
        roles: ['investor'],
        strength: 3,
        trust: 4,
        support: 0,
        cadenceDays: 60,
        since: '2020-11-01',
      },
    },
    {
      id: 'p:ingrid-vos',
      name: 'Ingrid Vos',
      organization: 'o:northwind',
      unit: 'Board',
      title: 'Board Chair',
      level: 6,
      tags: ['board'],
      rel: { roles: ['board'], strength: 2, trust: 3, cadenceDays: 90, since: '2022-05-01' },
    },
    {
      id: 'p:kwame-mensah',
      name: 'Kwame Mensah',
      organization: 'o:food-authority',
      title: 'Head of Inspections',
      level: 5,
      sector: 'public sector',
      offers: ['EU customs rules'],
      rel: { roles: ['regulator'], strength: 2, trust: 2, cadenceDays: 90, since: '2023-01-01' },
    },
    {
      id: 'p:lea-fontaine',
      name: 'Léa Fontaine',
      organization: 'o:datagrain',
      title: 'Founder',
      level: 5,
      sector: 'software',
      offers: ['data analytics', 'warehouse automation'],
      needs: ['retail buyers'],
      interests: ['sailing'],
    },
    {
      id: 'p:jonas-weber',
      name: 'Jonas Weber',
      organization: 'o:food-ops-assoc',
      title: 'Programme Chair',
      level: 4,
      sector: 'food retail',
      rel: { forms: ['personal'], strength: 2, trust: 3, cadenceDays: 60, since: '2021-05-01' },
    },
  ];
  for (const { rel, ...person } of cast) if (rel) relationships.push({ person: person.id, ...rel });

  // The rest: Maya's team and other units at Northwind, and people at the external organisations.
  const units: Array<[unit: string, count: number]> = [
    ['Operations', 26],
    ['Finance', 10],
    ['Sales', 12],
    ['Marketing', 8],
    ['Engineering', 10],
    ['HR', 5],
    ['Executive', 3],
  ];
  const external: Array<[org: string, count: number, sector: string]> = [
    ['o:greenmart', 10, 'food retail'],
    ['o:fresh-logistics', 9, 'logistics'],
    ['o:harbour-bank', 4, 'banking'],
    ['o:food-ops-assoc', 12, 'food retail'],
    ['o:lakeside-alumni', 10, 'education'],
    ['o:harbour-sailing', 6, 'leisure'],
    ['o:food-authority', 4, 'public sector'],
    ['o:datagrain', 5, 'software'],
  ];
  const byCluster = new Map<string, string[]>();
  const add = (cluster: string, person: Person) => {
    people.push(person);
    if (!byCluster.has(cluster)) byCluster.set(cluster, []);
    byCluster.get(cluster)!.push(person.id);
  };
  for (const { rel: _rel, ...person } of cast)
    add(person.unit ? `u:${person.unit}` : String(person.organization), person);
  let k = 0;
  const nextName = () => {
    const name = `${FIRST_NAMES[(k * 7) % FIRST_NAMES.length]} ${LAST_NAMES[(k * 11 + 3) % LAST_NAMES.length]}`;
    k++;
    return name;
  };
  const slug = (name: string) =>
    `p:${name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')}`;
  for (const [unit, count] of units) {
    for (let i = 0; i < count; i++) {
      const name = nextName();
      add(`u:${unit}`, {
        id: slug(name),
        name,
        organization: 'o:northwind',
        unit,
        title: i === 0 ? `Head of ${unit}` : `${unit} ${rnd.pick(['Manager', 'Lead', 'Analyst', 'Planner'])}`,
        level: i === 0 ? 4 : rnd.int(2, 3),
        region: 'UK',
      });
    }
  }
  for (const [org, count, sector] of external) {
    for (let i = 0; i < count; i++) {
      const name = nextName();
      const person: Person = {
        id: slug(name),
        name,
        organization: org,
        sector,
        level: rnd.int(2, 5),
        region: rnd.pick(['UK', 'Benelux', 'Nordics', 'DACH']),
      };
      if (rnd.chance(0.4)) person.interests = [rnd.pick(INTERESTS)];
      add(org, person);
    }
  }

  // Who knows whom: dense inside each cluster, a few bridges between them.
  const clusters = [...byCluster.values()];
  for (const list of clusters) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++)
        if (rnd.chance(list.length > 15 ? 0.18 : 0.45)) tie(list[i]!, list[j]!, rnd.int(2, 4));
    }
  }
  tie('p:claire-martin', 'p:henrik-lund', 4);
  tie('p:claire-martin', 'p:ingrid-vos', 5);
  tie('p:henrik-lund', 'p:ingrid-vos', 4);
  tie('p:henrik-lund', 'p:marcus-hale', 3);
  tie('p:ravi-patel', 'p:marcus-hale', 4);
  tie('p:ravi-patel', 'p:henrik-lund', 3);
  tie('p:elena-ruiz', 'p:ingrid-vos', 3);
  tie('p:sofia-berg', 'p:tom-becker', 4);
  tie('p:ana-silva', 'p:jonas-weber', 3);
  tie('p:lea-fontaine', 'p:jonas-weber', 2);

  // Maya's relationships beyond the cast: her whole Operations team (prescribed, strong) and a
  // scattering of others, mostly inside the company: an inward-looking network.
  const ops = byCluster.get('u:Operations')!;
  ops.forEach((id, i) => {
    relationships.push({
      person: id,
      forms: ['operational'],
      roles: [i < 8 ? 'direct-report' : 'peer'],
      prescribed: true,
      strength: i < 8 ? 5 : 4,
      trust: 4,
      cadenceDays: 14,
      since: '2019-04-01',
    });
  });
  for (const [cluster, share] of [
    ['u:Finance', 0.5],
    ['u:Sales', 0.5],
    ['u:Engineering', 0.4],
    ['u:HR', 0.4],
    ['u:Marketing', 0.3],
    ['o:fresh-logistics', 0.4],
    ['o:greenmart', 0.3],
    ['o:food-ops-assoc', 0.25],
    ['o:lakeside-alumni', 0.3],
    ['o:harbour-sailing', 0.3],
  ] as const) {
    for (const id of byCluster.get(cluster) ?? []) {
      if (relationships.some((r) => r.person === id) || !rnd.chance(share)) continue;
      const internal = cluster.startsWith('u:');
      relationships.push({
        person: id,
        strength: rnd.int(1, 4),
        ...(internal && rnd.chance(0.6) ? { prescribed: true } : {}),
        ...(rnd.chance(0.5) ? { cadenceDays: rnd.pick([30, 60, 90]) } : {}),
        since: ago(rnd.int(200, 2500)),
      });
    }
  }

  // Two years of interactions: a steady rhythm, mostly operational, that collapses in the last
  // five weeks (the warehouse crisis); the mentor and the board member are hardly ever seen.
  const interactions: Interaction[] = [];
  const log = (
    days: number,
    kind: InteractionKind,
    with_: string[],
    minutes: number,
    forms?: Form[],
    extra: Partial<Interaction> = {},
  ) => {
    interactions.push({
      id: `i:${String(interactions.length + 1).padStart(4, '0')}`,
      date: ago(days),
      kind,
      people: with_,
      minutes,
      ...(forms ? { forms } : {}),
      ...extra,
    });
  };
  const related = relationships
    .map((r) => r.person)
    .filter((id) => !['p:henrik-lund', 'p:elena-ruiz', 'p:marcus-hale', 'p:ingrid-vos'].includes(id));
  for (let day = 730; day > 35; day -= rnd.int(1, 3)) {
    const who = rnd.pick(related);
    const internal = people.find((p) => p.id === who)?.organization === 'o:northwind';
    const form: Form = internal
      ? rnd.chance(0.85)
        ? 'operational'
        : 'strategic'
      : rnd.chance(0.7)
        ? 'personal'
        : 'strategic';
    log(
      day,
      rnd.pick(['meeting', 'call', 'message', 'meal'] as const),
      [who],
      rnd.pick([15, 30, 45, 60]),
      [form],
      rnd.chance(0.2) ? { direction: rnd.pick(['gave', 'received', 'mutual'] as const) } : {},
    );
  }
  for (let day = 34; day > 0; day -= rnd.int(5, 9)) log(day, 'meeting', [rnd.pick(ops)], 60, ['operational']);
  for (let day = 700; day > 40; day -= 14)
    log(day, 'meeting', ['p:claire-martin'], 45, ['operational', 'strategic']);
  // The CFO and the board chair: only ever in the big monthly management and board meetings.
  for (let day = 720; day > 20; day -= 30) {
    log(day, 'meeting', ['p:ravi-patel', 'p:sofia-berg', 'p:claire-martin', ops[0]!, ops[1]!], 120, [
      'operational',
    ]);
    if (day % 90 < 30)
      log(day - 2, 'meeting', ['p:ingrid-vos', 'p:henrik-lund', 'p:claire-martin', 'p:ravi-patel'], 180, [
        'strategic',
      ]);
  }
  log(320, 'meal', ['p:elena-ruiz'], 90, ['personal', 'strategic'], {
    direction: 'received',
    value: ['advice'],
  });
  log(260, 'call', ['p:marcus-hale'], 30, ['strategic'], { direction: 'mutual' });
  log(120, 'event', ['p:jonas-weber', 'p:ana-silva'], 180, ['personal']);
  for (const days of [400, 250, 90])
    log(days, 'request', ['p:kwame-mensah'], 20, ['operational'], { direction: 'received' });

  const groups: Network['groups'] = [
    {
      id: 'g:ops-team',
      name: 'Operations leadership team',
      kind: 'team',
      members: ops.slice(0, 8),
      ownerIsMember: true,
    },
    {
      id: 'g:food-ops-forum',
      name: 'Food Operations Association forum',
      kind: 'association',
      members: [...(byCluster.get('o:food-ops-assoc') ?? []), 'p:ana-silva', 'p:lea-fontaine'],
      ownerIsMember: false,
    },
    {
      id: 'g:lakeside-alumni',
      name: 'Lakeside alumni, class of 2012',
      kind: 'alumni',
      members: [...(byCluster.get('o:lakeside-alumni') ?? [])],
      ownerIsMember: true,
    },
    {
      id: 'g:harbour-sailing',
      name: 'Harbour Sailing Club',
      kind: 'club',
      members: [...(byCluster.get('o:harbour-sailing') ?? []), 'p:henrik-lund', 'p:lea-fontaine'],
      ownerIsMember: false,
    },
  ];

  return {
    format: 'threefold/1',
    owner: {
      name: 'Maya Okafor',
      organization: 'o:northwind',
      unit: 'Operations',
      title: 'Director of Operations',
      level: 4,
      interests: ['sailing', 'jazz'],
    },
    organizations,
    people,
    relationships,
    ties,
    groups,
    interactions,
    goals: [
      {
        id: 'goal:eu-hub',
        title: 'Open the first EU distribution hub',
        due: daysBefore(asOf, -400),
        stakeholders: [
          { person: 'p:claire-martin', influence: 5, stance: 'champion' },
          { person: 'p:henrik-lund', influence: 5, stance: 'skeptical' },
          { person: 'p:ingrid-vos', influence: 4, stance: 'unknown' },
          { person: 'p:ravi-patel', influence: 4, stance: 'opposed' },
          { person: 'p:marcus-hale', influence: 3, stance: 'neutral' },
          { person: 'p:kwame-mensah', influence: 3, stance: 'unknown' },
          { person: 'p:ana-silva', influence: 2, stance: 'supportive' },
        ],
      },
      {
        id: 'goal:digital-ops',
        title: 'Run the warehouses on live data',
        due: daysBefore(asOf, -250),
        stakeholders: [
          { person: 'p:claire-martin', influence: 5, stance: 'supportive' },
          { person: 'p:lea-fontaine', influence: 3, stance: 'champion' },
          { person: ops[0]!, influence: 3, stance: 'supportive' },
        ],
      },
    ],
    commitments: [
      {
        id: 'c:external-events',
        text: 'Two external events a month',
        form: 'personal',
        kind: 'event',
        per: 'month',
        target: 2,
        since: ago(300),
      },
      {
        id: 'c:board-coffee',
        text: 'One-to-one with a board member every quarter',
        form: 'strategic',
        kind: 'meeting',
        per: 'quarter',
        target: 1,
        since: ago(200),
      },
    ],
  };
}
