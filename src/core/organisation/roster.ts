import { dayNumber, type RosterEntry } from './model.js';

/** A category column: each person's position in `names`. */
export interface Categories {
  names: string[];
  of: Int32Array;
}

/** The roster indexed for the kernels: categories as numbers, managers as positions. */
export interface IndexedRoster {
  n: number;
  ids: readonly string[];
  index: ReadonlyMap<string, number>;
  unit: Categories;
  function: Categories;
  location: Categories;
  level: Categories;
  /** A number read from the level ("L5", "7", "Grade 3"), NaN when the level has none. */
  rank: Float64Array;
  manager: Int32Array;
  /** 1 when someone on the roster reports to this person. */
  leads: Uint8Array;
  /** Days since 1970-01-01, or -1 when unknown. */
  startDay: Int32Array;
}

function categories(values: readonly string[]): Categories {
  const position = new Map<string, number>();
  const of = new Int32Array(values.length);
  values.forEach((value, i) => {
    let p = position.get(value);
    if (p === undefined) {
      p = position.size;
      position.set(value, p);
    }
    of[i] = p;
  });
  return { names: [...position.keys()], of };
}

export function indexRoster(people: readonly RosterEntry[]): IndexedRoster {
  const n = people.length;
  const ids = people.map((p) => p.id);
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const manager = new Int32Array(n).fill(-1);
  const leads = new Uint8Array(n);
  const rank = new Float64Array(n);
  const startDay = new Int32Array(n).fill(-1);
  people.forEach((p, i) => {
    const m = p.manager === null ? undefined : index.get(p.manager);
    if (m !== undefined && m !== i) {
      manager[i] = m;
      leads[m] = 1;
    }
    const digits = /\d+(?:\.\d+)?/.exec(p.level);
    rank[i] = digits ? Number(digits[0]) : Number.NaN;
    if (p.startDate) startDay[i] = dayNumber(p.startDate);
  });
  return {
    n,
    ids,
    index,
    unit: categories(people.map((p) => p.unit)),
    function: categories(people.map((p) => p.function)),
    location: categories(people.map((p) => p.location)),
    level: categories(people.map((p) => p.level)),
    rank,
    manager,
    leads,
    startDay,
  };
}
