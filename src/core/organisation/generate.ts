import { createRandom } from '../sample/random.js';
import {
  CHANNELS,
  type Collaboration,
  type CollaborationTime,
  collaborationOf,
  dateOfDay,
  dayNumber,
  type OrganisationData,
  type RosterEntry,
  timeOf,
} from './model.js';

export interface OrganisationShape {
  units: number;
  perUnit: number;
  asOf: string;
  seed?: number;
  /** Ties inside one's unit, and to other units, per person. */
  insideTies?: number;
  outsideTies?: number;
  /** Units whose people almost never work with other units. */
  silos?: number;
  /** People tied into many units besides their own. */
  brokers?: number;
  /** People who collaborate more than 25 hours a week. */
  overloaded?: number;
  /** Leaders who started 40 to 89 days ago. */
  newLeaders?: number;
  /** Rows of collaboration per tie (each a few interactions on one day). */
  rowsPerTie?: number;
}

/** What the generator planted, for tests to check the analysis finds it. */
export interface Planted {
  silos: string[];
  brokers: string[];
  overloaded: string[];
  newLeaders: string[];
}

const FUNCTIONS = ['Engineering', 'Sales', 'Finance', 'Operations', 'People'];
const LOCATIONS = ['Lyon', 'Leeds', 'Lisbon'];
const WINDOW = 90;

/**
 * A seeded organisation with known structure: dense units, a few cross-unit ties per person,
 * silo units with almost none, brokers tied into many units, overloaded people and new leaders.
 * Columns are filled directly, so 200,000 people and 20 million rows take seconds.
 */
export function generateOrganisation(shape: OrganisationShape): { data: OrganisationData; planted: Planted } {
  const random = createRandom(shape.seed ?? 7);
  const n = shape.units * shape.perUnit;
  const asOfDay = dayNumber(shape.asOf);
  const unitName = (u: number) => `Unit ${String(u + 1).padStart(3, '0')}`;
  const silos = new Set(Array.from({ length: shape.silos ?? 0 }, (_, i) => i));
  const people: RosterEntry[] = [];
  const start = new Int32Array(n).fill(asOfDay - 2000);
  for (let v = 0; v < n; v++) {
    const u = Math.floor(v / shape.perUnit);
    const head = u * shape.perUnit;
    people.push({
      id: `p${v}`,
      unit: unitName(u),
      function: FUNCTIONS[u % FUNCTIONS.length]!,
      level: v === head ? 'L5' : `L${1 + (v % 3)}`,
      location: LOCATIONS[v % LOCATIONS.length]!,
      manager: v === head ? null : `p${head}`,
      startDate: dateOfDay(asOfDay - 2000),
    });
  }
  const planted: Planted = { silos: [...silos].map(unitName), brokers: [], overloaded: [], newLeaders: [] };
  const open = [...Array(shape.units).keys()].filter((u) => !silos.has(u));
  const member = (u: number) => u * shape.perUnit + random.int(0, shape.perUnit - 1);
  // New leaders: the second person of an open unit leads the next two, from 40 to 89 days ago.
  for (let i = 0; i < (shape.newLeaders ?? 0); i++) {
    const u = open[i % open.length]!;
    const leader = u * shape.perUnit + 1 + 3 * Math.floor(i / open.length);
    for (const report of [leader + 1, leader + 2]) people[report]!.manager = `p${leader}`;
    start[leader] = asOfDay - random.int(40, 89);
    people[leader]!.startDate = dateOfDay(start[leader]!);
    planted.newLeaders.push(`p${leader}`);
  }
  // Pairs in growable typed columns: at 200,000 people there are ten million of them.
  let pa = new Uint32Array(1024);
  let pb = new Uint32Array(1024);
  let pairs = 0;
  const pair = (a: number, b: number) => {
    if (a === b) return;
    if (pairs === pa.length) {
      const grow = (x: Uint32Array) => {
        const y = new Uint32Array(x.length * 2);
        y.set(x);
        return y;
      };
      pa = grow(pa);
      pb = grow(pb);
    }
    pa[pairs] = a;
    pb[pairs++] = b;
  };
  const inside = shape.insideTies ?? 6;
  const outside = shape.outsideTies ?? 2;
  for (let v = 0; v < n; v++) {
    const u = Math.floor(v / shape.perUnit);
    for (let t = 0; t < inside / 2; t++) pair(v, member(u));
    const reach = silos.has(u) ? (random.chance(0.05) ? 1 : 0) : outside / 2;
    for (let t = 0; t < reach; t++) {
      const other = random.pick(open);
      if (other !== u) pair(v, member(other));
    }
  }
  for (let i = 0; i < (shape.brokers ?? 0); i++) {
    const u = open[(i * 7) % open.length]!;
    const broker = u * shape.perUnit + shape.perUnit - 1 - i;
    planted.brokers.push(`p${broker}`);
    for (let j = 1; j <= Math.min(8, shape.units - 1); j++) {
      const other = (u + j * 3) % shape.units;
      if (other === u) continue;
      for (let t = 0; t < 4; t++) pair(broker, member(other));
    }
  }
  const rowsPerTie = shape.rowsPerTie ?? 2;
  const edges: Collaboration = collaborationOf(pairs * rowsPerTie);
  for (let p = 0; p < pairs; p++) {
    const a = pa[p]!;
    const b = pb[p]!;
    const from = Math.max(start[a]!, start[b]!, asOfDay - WINDOW + 1);
    for (let r = 0; r < rowsPerTie; r++) {
      const e = edges.length++;
      edges.a[e] = a;
      edges.b[e] = b;
      edges.day[e] = random.int(from, asOfDay);
      edges.channel[e] = random.int(0, 2);
      edges.count[e] = random.int(1, 3);
      edges.minutes[e] = edges.channel[e] === CHANNELS.indexOf('meeting') ? 30 * edges.count[e]! : 0;
    }
  }
  const overloaded = new Set<number>();
  while (overloaded.size < (shape.overloaded ?? 0)) overloaded.add(random.int(0, n - 1));
  planted.overloaded = [...overloaded].map((v) => `p${v}`);
  const weeks = Math.floor(WINDOW / 7);
  const time: CollaborationTime = timeOf(n * weeks);
  for (let v = 0; v < n; v++)
    for (let w = 0; w < weeks; w++) {
      const r = time.length++;
      time.person[r] = v;
      time.day[r] = asOfDay - 7 * w;
      time.minutes[r] = overloaded.has(v) ? random.int(1500, 1800) : random.int(240, 720);
    }
  return { data: { people, collaboration: edges, time }, planted };
}
