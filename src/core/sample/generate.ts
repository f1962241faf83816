import type {
  Commitment,
  Goal,
  Group,
  Interaction,
  Network,
  Organization,
  Person,
  Relationship,
  Tie,
} from '../model.js';
import { DIRECTIONS, FORMS, type InteractionKind, ROLES, STANCES } from '../vocabulary.js';
import { FIRST_NAMES, INTERESTS, LAST_NAMES, REGIONS, SECTORS, TOPICS } from './names.js';
import { createRandom, daysBefore } from './random.js';

export interface GenerateOptions {
  seed?: number;
  people: number;
  /** Ties among people per person (the 50k benchmark network uses 10). */
  tiesPerPerson?: number;
  /** Interactions per person (the benchmark network uses 6). */
  interactionsPerPerson?: number;
  asOf?: string;
}

export const HOME_ORG = 'o:home';
export const UNITS = [
  'Operations',
  'Finance',
  'Sales',
  'Marketing',
  'Engineering',
  'HR',
  'Legal',
  'Strategy',
];
const KINDS: InteractionKind[] = ['meeting', 'call', 'message', 'meal', 'event', 'request', 'favor'];

/**
 * A seeded, realistic network of any size, for benchmarks and tests: a home organisation with
 * units (dense inside a unit, sparse across), external organisations in several sectors,
 * clustered who-knows-whom ties with some bridges, a few hundred relationships of the owner,
 * two years of interactions, groups, goals and commitments. Same options, same document.
 */
export function generateNetwork(options: GenerateOptions): Network {
  const { people: n, seed = 1, tiesPerPerson = 10, interactionsPerPerson = 6, asOf = '2026-11-15' } = options;
  const rnd = createRandom(seed);
  const externalOrgs = Math.max(6, Math.round(n / 60));
  const organizations: Organization[] = [
    { id: HOME_ORG, name: 'Home Company', kind: 'company', sector: 'food retail' },
  ];
  for (let i = 0; i < externalOrgs; i++) {
    const kind = i % 9 === 0 ? 'association' : i % 13 === 0 ? 'alumni' : 'company';
    organizations.push({
      id: `o:${i + 1}`,
      name: `Organisation ${i + 1}`,
      kind,
      sector: SECTORS[i % SECTORS.length]!,
    });
  }

  // Each person belongs to a cluster (a unit of the home company or an external organisation);
  // ties are drawn mostly within clusters, which gives the clustering real networks show.
  const people: Person[] = new Array(n);
  const cluster = new Int32Array(n);
  const members: number[][] = [];
  for (let i = 0; i < n; i++) {
    const internal = rnd.chance(0.4);
    const c = internal ? rnd.int(0, UNITS.length - 1) : UNITS.length + rnd.int(0, externalOrgs - 1);
    cluster[i] = c;
    if (!members[c]) members[c] = [];
    members[c].push(i);
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]!;
    const person: Person = {
      id: `p:${i + 1}`,
      name: `${first} ${last}${i >= FIRST_NAMES.length * LAST_NAMES.length ? ` ${Math.floor(i / (FIRST_NAMES.length * LAST_NAMES.length)) + 1}` : ''}`,
      organization: internal ? HOME_ORG : `o:${c - UNITS.length + 1}`,
      level: rnd.weighted([1, 2, 3, 4, 5, 6], [10, 30, 30, 18, 8, 4]),
      region: rnd.pick(REGIONS),
    };
    if (internal) person.unit = UNITS[c]!;
    else person.sector = organizations[c - UNITS.length + 1]!.sector!;
    if (rnd.chance(0.3)) person.interests = [rnd.pick(INTERESTS)];
    if (rnd.chance(0.15)) person.offers = [rnd.pick(TOPICS)];
    if (rnd.chance(0.1)) person.needs = [rnd.pick(TOPICS)];
    if (rnd.chance(0.5)) person.emails = [`person${i + 1}@example.org`];
    people[i] = person;
  }

  const ties: Tie[] = [];
  const seen = new Set<number>();
  const wanted = Math.min(Math.round(n * tiesPerPerson), (n * (n - 1)) / 2);
  for (let attempts = 0; ties.length < wanted && attempts < wanted * 4; attempts++) {
    const a = rnd.int(0, n - 1);
    const group = members[cluster[a]!]!;
    const b = rnd.chance(0.85) && group.length > 1 ? rnd.pick(group) : rnd.int(0, n - 1);
    if (a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue;
    seen.add(key);
    ties.push({
      a: people[a]!.id,
      b: people[b]!.id,
      strength: rnd.weighted([1, 2, 3, 4, 5], [25, 30, 25, 14, 6]),
      source: 'stated',
    });
  }

  // The owner knows a few hundred people: more of their own units, some outside.
  const contactCount = Math.min(n, 120 + Math.floor(Math.sqrt(n)));
  const contacts: number[] = [];
  const chosen = new Set<number>();
  while (contacts.length < contactCount) {
    const i = rnd.int(0, n - 1);
    if (!chosen.has(i)) {
      chosen.add(i);
      contacts.push(i);
    }
  }
  const relationships: Relationship[] = contacts.map((i) => {
    const internal = people[i]!.organization === HOME_ORG;
    const r: Relationship = {
      person: people[i]!.id,
      strength: rnd.weighted([1, 2, 3, 4, 5], [15, 30, 30, 17, 8]),
    };
    if (rnd.chance(0.6))
      r.forms = [internal ? (rnd.chance(0.8) ? 'operational' : 'strategic') : rnd.pick(FORMS)];
    if (internal && rnd.chance(0.5)) r.prescribed = true;
    if (rnd.chance(0.5))
      r.roles = [rnd.pick(internal ? (['peer', 'direct-report', 'superior'] as const) : ROLES)];
    if (rnd.chance(0.4)) r.trust = rnd.int(1, 5);
    if (rnd.chance(0.3)) r.support = rnd.int(0, 4);
    if (rnd.chance(0.5)) r.cadenceDays = rnd.pick([14, 30, 60, 90]);
    r.since = daysBefore(asOf, rnd.int(30, 3000));
    return r;
  });

  const interactions: Interaction[] = [];
  const total = Math.round(n * interactionsPerPerson);
  for (let k = 0; k < total; k++) {
    // Three in four interactions are with the owner's contacts, the rest with anyone.
    const first = rnd.chance(0.75) ? contacts[rnd.int(0, contacts.length - 1)]! : rnd.int(0, n - 1);
    const attendees = [people[first]!.id];
    const extra = rnd.weighted([0, 1, 2, 4], [60, 25, 10, 5]);
    for (let j = 0; j < extra; j++) {
      const other = people[rnd.int(0, n - 1)]!.id;
      if (!attendees.includes(other)) attendees.push(other);
    }
    const interaction: Interaction = {
      id: `i:${k + 1}`,
      date: daysBefore(asOf, Math.floor(rnd.next() ** 1.4 * 730)),
      kind: rnd.pick(KINDS),
      people: attendees,
      minutes: rnd.pick([15, 30, 30, 45, 60, 90]),
    };
    if (rnd.chance(0.5)) interaction.forms = [rnd.weighted(FORMS, [6, 3, 1])];
    if (rnd.chance(0.3)) interaction.direction = rnd.pick(DIRECTIONS);
    interactions.push(interaction);
  }

  const groups: Group[] = [];
  for (let g = 0; g < Math.max(3, Math.round(n / 2000)); g++) {
    const size = Math.min(n, rnd.int(8, 40));
    const set = new Set<string>();
    while (set.size < size) set.add(people[rnd.int(0, n - 1)]!.id);
    groups.push({
      id: `g:${g + 1}`,
      name: `Group ${g + 1}`,
      kind: rnd.pick(['association', 'club', 'alumni', 'community']),
      members: [...set],
      ownerIsMember: g % 2 === 0,
    });
  }
  const goals: Goal[] = [1, 2].map((g) => ({
    id: `goal:${g}`,
    title: g === 1 ? 'Open a new market' : 'Modernise operations',
    due: daysBefore(asOf, -365 * g),
    stakeholders: Array.from({ length: Math.min(n, 8) }, (_, j) => ({
      person: people[contacts[(j * 7 + g) % contacts.length]!]!.id,
      influence: rnd.int(1, 5),
      stance: rnd.pick(STANCES),
    })).filter((s, j, all) => all.findIndex((t) => t.person === s.person) === j),
  }));
  const commitments: Commitment[] = [
    {
      id: 'c:1',
      text: 'Two external events a month',
      form: 'personal',
      kind: 'event',
      per: 'month',
      target: 2,
      since: daysBefore(asOf, 300),
    },
  ];

  return {
    format: 'threefold/1',
    owner: {
      name: 'Sam Owner',
      organization: HOME_ORG,
      unit: 'Operations',
      title: 'Director of Operations',
      level: 4,
    },
    organizations,
    people,
    relationships,
    ties,
    groups,
    interactions,
    goals,
    commitments,
  };
}
