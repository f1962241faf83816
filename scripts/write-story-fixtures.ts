// Writes fixtures/stories/*.json: the framework's cautionary stories as threefold/1 documents.
// Run with `npx tsx scripts/write-story-fixtures.ts` after changing a story; the JSON is committed.
import { writeFileSync } from 'node:fs';
import type { Interaction, Network, Person, Relationship } from '../src/core/model.js';

const AS_OF = '2026-06-30';
const ago = (days: number) => new Date(Date.parse(AS_OF) - days * 86_400_000).toISOString().slice(0, 10);

interface Cast {
  people: Person[];
  relationships: Relationship[];
  interactions: Interaction[];
}
function cast(): Cast & {
  add(p: Person, r?: Omit<Relationship, 'person'>): void;
  meet(days: number, people: string[], extra?: Partial<Interaction>): void;
} {
  const c: Cast = { people: [], relationships: [], interactions: [] };
  return {
    ...c,
    add(p, r) {
      c.people.push(p);
      if (r) c.relationships.push({ person: p.id, ...r });
    },
    meet(days, people, extra = {}) {
      c.interactions.push({
        id: `i:${c.interactions.length + 1}`,
        date: ago(days),
        kind: 'meeting',
        people,
        minutes: 60,
        ...extra,
      });
    },
    get people() {
      return c.people;
    },
    get relationships() {
      return c.relationships;
    },
    get interactions() {
      return c.interactions;
    },
  };
}

function team(c: ReturnType<typeof cast>, org: string, unit: string, n: number, prefix: string) {
  for (let i = 1; i <= n; i++) {
    c.add(
      { id: `${prefix}${i}`, name: `${unit} colleague ${i}`, organization: org, unit, level: 2 },
      {
        forms: ['operational'],
        roles: ['direct-report'],
        prescribed: true,
        strength: 5,
        since: '2020-01-01',
      },
    );
  }
  for (let w = 0; w < 26; w++) c.meet(w * 7 + 1, [`${prefix}${(w % n) + 1}`]);
}

// Alistair: a new financial director who polished his department and never sounded out his
// six co-directors on the board; the board split and he was surprised.
function alistair(): Network {
  const c = cast();
  team(c, 'o:acme', 'Finance', 6, 'f');
  const directors = ['Marketing', 'Sales', 'Operations', 'R&D', 'HR', 'Legal'];
  directors.forEach((unit, i) => {
    c.add(
      { id: `d${i + 1}`, name: `${unit} Director`, organization: 'o:acme', unit, level: 5, tags: ['board'] },
      { roles: ['peer', 'board'], prescribed: true, strength: 1, since: ago(120) },
    );
  });
  c.add(
    { id: 'ceo', name: 'Chief Executive', organization: 'o:acme', unit: 'Executive', level: 6 },
    { roles: ['superior'], prescribed: true, strength: 3, since: ago(120) },
  );
  for (let m = 0; m < 4; m++)
    c.meet(m * 30 + 5, ['ceo', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6'], { minutes: 180 });
  return {
    format: 'threefold/1',
    owner: {
      name: 'Alistair Reed',
      organization: 'o:acme',
      unit: 'Finance',
      title: 'Financial Director',
      level: 5,
    },
    organizations: [{ id: 'o:acme', name: 'Acme Cosmetics', kind: 'company', sector: 'consumer goods' }],
    people: c.people,
    relationships: c.relationships,
    interactions: c.interactions,
    ties: directors.flatMap((_, i) =>
      directors.slice(i + 1).map((__, j) => ({ a: `d${i + 1}`, b: `d${i + j + 2}`, strength: 3 })),
    ),
    goals: [
      {
        id: 'goal:restructure',
        title: 'Restructure the finance function',
        stakeholders: directors.map((_, i) => ({
          person: `d${i + 1}`,
          influence: 4,
          stance: 'unknown' as const,
        })),
      },
    ],
  };
}

// Henrik: production manager and board member who prepared well for board meetings but never
// met board members outside them; an acquisition was decided without him.
function henrik(): Network {
  const c = cast();
  team(c, 'o:nordmill', 'Production', 8, 'p');
  for (let i = 1; i <= 4; i++) {
    c.add(
      { id: `b${i}`, name: `Board member ${i}`, organization: 'o:nordmill', unit: 'Board', level: 6 },
      { roles: ['board'], strength: 3, since: '2021-01-01' },
    );
  }
  for (let m = 0; m < 6; m++)
    c.meet(m * 30 + 3, ['b1', 'b2', 'b3', 'b4'], { minutes: 240, forms: ['strategic'] });
  c.add(
    { id: 'x1', name: 'Supplier contact', organization: 'o:steelco', level: 3 },
    { forms: ['personal'], strength: 3, since: ago(100) },
  );
  c.meet(20, ['x1']);
  return {
    format: 'threefold/1',
    owner: {
      name: 'Henrik Berg',
      organization: 'o:nordmill',
      unit: 'Production',
      title: 'Production Manager',
      level: 4,
    },
    organizations: [
      { id: 'o:nordmill', name: 'Nordmill', kind: 'company', sector: 'manufacturing' },
      { id: 'o:steelco', name: 'Steelco', kind: 'company', sector: 'metals' },
    ],
    people: c.people,
    relationships: c.relationships,
    interactions: c.interactions,
    ties: [
      { a: 'b1', b: 'b2', strength: 4 },
      { a: 'b2', b: 'b3', strength: 4 },
      { a: 'b3', b: 'b4', strength: 4 },
    ],
    goals: [
      {
        id: 'goal:plant',
        title: 'Expand the plant',
        stakeholders: [
          { person: 'b1', influence: 5, stance: 'neutral' },
          { person: 'b2', influence: 4, stance: 'supportive' },
        ],
      },
    ],
  };
}

// Sophie: a logistics manager with a loyal, strong team and no ties outside her unit, who
// missed shifting market priorities; her function was reorganised.
function sophie(): Network {
  const c = cast();
  team(c, 'o:fastfreight', 'Logistics', 12, 'l');
  return {
    format: 'threefold/1',
    owner: {
      name: 'Sophie Laurent',
      organization: 'o:fastfreight',
      unit: 'Logistics',
      title: 'Logistics Manager',
      level: 3,
    },
    organizations: [{ id: 'o:fastfreight', name: 'FastFreight', kind: 'company', sector: 'logistics' }],
    people: c.people,
    relationships: c.relationships,
    interactions: c.interactions,
    ties: Array.from({ length: 11 }, (_, i) => ({ a: `l${i + 1}`, b: `l${i + 2}`, strength: 4 })),
  };
}

// Jody: a large internal network she would not activate when rivals took over her unit:
// dormant strong ties and idle allies around a contested goal.
function jody(): Network {
  const c = cast();
  for (let i = 1; i <= 10; i++) {
    c.add(
      {
        id: `a${i}`,
        name: `Long-time colleague ${i}`,
        organization: 'o:bigco',
        unit: i % 2 ? 'Sales' : 'Product',
        level: 4,
      },
      { strength: 5, trust: 4, since: '2015-01-01' },
    );
    c.meet(400 + i * 10, [`a${i}`]);
  }
  c.add(
    { id: 'r1', name: 'Rival executive', organization: 'o:bigco', unit: 'Strategy', level: 5 },
    { roles: ['peer'], strength: 2, since: ago(90) },
  );
  c.add(
    { id: 'r2', name: 'Rival ally', organization: 'o:bigco', unit: 'Strategy', level: 4 },
    { strength: 2, since: ago(90) },
  );
  c.meet(10, ['r1', 'r2']);
  c.meet(40, ['r1']);
  return {
    format: 'threefold/1',
    owner: {
      name: 'Jody Park',
      organization: 'o:bigco',
      unit: 'Marketing',
      title: 'Head of Marketing',
      level: 4,
    },
    organizations: [{ id: 'o:bigco', name: 'BigCo', kind: 'company', sector: 'media' }],
    people: c.people,
    relationships: c.relationships,
    interactions: c.interactions,
    ties: [
      { a: 'a1', b: 'a2', strength: 4 },
      { a: 'r1', b: 'r2', strength: 5 },
      { a: 'a3', b: 'r1', strength: 2 },
    ],
    goals: [
      {
        id: 'goal:keep-unit',
        title: 'Keep the marketing unit independent',
        stakeholders: [
          { person: 'r1', influence: 5, stance: 'opposed' },
          { person: 'r2', influence: 3, stance: 'opposed' },
          { person: 'a1', influence: 4, stance: 'supportive' },
          { person: 'a2', influence: 4, stance: 'champion' },
          { person: 'a5', influence: 3, stance: 'supportive' },
        ],
      },
    ],
  };
}

// Harris: started alumni networking, dropped it in a crunch, and two years later was still out
// of touch: a lapse under operational load and a habit that stopped.
function harris(): Network {
  const c = cast();
  team(c, 'o:pharmaco', 'Quality', 6, 'q');
  for (let i = 1; i <= 8; i++) {
    c.add(
      { id: `al${i}`, name: `Alumnus ${i}`, organization: 'o:alumni', level: 4 },
      { forms: ['personal'], strength: 3, since: ago(400) },
    );
  }
  // A busy alumni rhythm until two months ago, then only operations.
  for (let w = 9; w < 32; w++)
    c.meet(w * 7 + 2, [`al${(w % 8) + 1}`], { kind: 'event', forms: ['personal'], minutes: 120 });
  for (let w = 9; w < 32; w++)
    c.meet(w * 7 + 4, [`al${((w + 3) % 8) + 1}`], { kind: 'event', forms: ['personal'], minutes: 120 });
  return {
    format: 'threefold/1',
    owner: {
      name: 'Harris Roberts',
      organization: 'o:pharmaco',
      unit: 'Quality',
      title: 'Quality Director',
      level: 4,
    },
    organizations: [
      { id: 'o:pharmaco', name: 'PharmaCo', kind: 'company', sector: 'health' },
      { id: 'o:alumni', name: 'Business School Alumni', kind: 'alumni', sector: 'education' },
    ],
    people: c.people,
    relationships: c.relationships,
    interactions: c.interactions,
    groups: [
      {
        id: 'g:alumni',
        name: 'Alumni chapter',
        kind: 'alumni',
        members: ['al1', 'al2', 'al3'],
        ownerIsMember: true,
      },
    ],
    commitments: [
      {
        id: 'c:alumni',
        text: 'One alumni event a week',
        form: 'personal',
        kind: 'event',
        per: 'week',
        target: 1,
        since: ago(250),
      },
    ],
  };
}

// The entrepreneur of seed 002: years of warm relationships with organisations and a banker
// that never produced anything tangible.
function entrepreneur(): Network {
  const c = cast();
  c.add(
    { id: 'banker', name: 'Private banker', organization: 'o:bank', level: 5 },
    { forms: ['strategic'], strength: 4, trust: 5, support: 0, since: '2019-01-01' },
  );
  c.add(
    { id: 'mayor', name: 'Deputy mayor', organization: 'o:city', level: 5 },
    { forms: ['strategic'], strength: 3, trust: 4, support: 1, since: '2020-01-01' },
  );
  c.add(
    { id: 'cofounder', name: 'Co-founder', organization: 'o:startup', level: 5 },
    { forms: ['operational'], prescribed: true, strength: 5, trust: 5, support: 5, since: '2018-01-01' },
  );
  for (let w = 0; w < 20; w++)
    c.meet(w * 10 + 3, [w % 2 ? 'banker' : 'mayor'], { kind: 'meal', minutes: 90 });
  return {
    format: 'threefold/1',
    owner: { name: 'Nadia Karim', organization: 'o:startup', title: 'Founder', level: 6 },
    organizations: [
      { id: 'o:startup', name: 'Karim Robotics', kind: 'company', sector: 'robotics' },
      { id: 'o:bank', name: 'City Bank', kind: 'company', sector: 'banking', trust: 5 },
      { id: 'o:city', name: 'City Council', kind: 'public-body', sector: 'public sector', trust: 4 },
      {
        id: 'o:incubator',
        name: 'Tech Incubator',
        kind: 'association',
        sector: 'technology',
        trust: 4,
        support: [{ date: ago(60), kind: 'facilities', note: 'free desk space' }],
      },
    ],
    people: c.people,
    relationships: c.relationships,
    interactions: c.interactions,
  };
}

const stories: Record<string, () => Network> = { alistair, henrik, sophie, jody, harris, entrepreneur };
for (const [name, build] of Object.entries(stories)) {
  writeFileSync(
    new URL(`../fixtures/stories/${name}.json`, import.meta.url),
    `${JSON.stringify(build(), null, 2)}\n`,
  );
}
console.log(`wrote ${Object.keys(stories).length} stories as of ${AS_OF}`);
