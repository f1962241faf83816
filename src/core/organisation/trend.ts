import { eiIndex } from '../graph/index.js';
import { type Collaboration, dateOfDay, dayNumber } from './model.js';

export interface Month {
  label: string;
  from: number;
  to: number;
}

/** The `count` calendar months up to the one holding `asOf` (the last one cut at `asOf`). */
export function monthsUpTo(asOf: string, count: number): Month[] {
  const months: Month[] = [];
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  for (let back = count - 1; back >= 0; back--) {
    const first = new Date(Date.UTC(y, m - 1 - back, 1));
    const next = new Date(Date.UTC(y, m - back, 1));
    const from = dayNumber(first.toISOString());
    const to = Math.min(dayNumber(next.toISOString()) - 1, dayNumber(asOf));
    months.push({ label: dateOfDay(from).slice(0, 7), from, to });
  }
  return months;
}

/**
 * Each group's E-I index month by month, by interactions (a month is too short for ties): one
 * pass over the edges with a day-to-month table.
 */
export function monthlyEi(
  edges: Collaboration,
  group: Int32Array,
  k: number,
  months: readonly Month[],
): Array<{ month: string; ei: Float64Array; interactions: Float64Array }> {
  if (months.length === 0) return [];
  const first = months[0]!.from;
  const last = months[months.length - 1]!.to;
  const monthOf = new Int16Array(last - first + 1);
  months.forEach((mo, i) => monthOf.fill(i, mo.from - first, mo.to - first + 1));
  const inside = months.map(() => new Float64Array(k));
  const outside = months.map(() => new Float64Array(k));
  for (let e = 0; e < edges.length; e++) {
    const day = edges.day[e]!;
    if (day < first || day > last) continue;
    const ga = group[edges.a[e]!]!;
    const gb = group[edges.b[e]!]!;
    if (ga < 0 || gb < 0 || edges.a[e] === edges.b[e]) continue;
    const mo = monthOf[day - first]!;
    const c = edges.count[e]!;
    if (ga === gb) inside[mo]![ga]! += c;
    else {
      outside[mo]![ga]! += c;
      outside[mo]![gb]! += c;
    }
  }
  return months.map((mo, i) => {
    const ei = new Float64Array(k);
    const interactions = new Float64Array(k);
    for (let g = 0; g < k; g++) {
      const total = inside[i]![g]! + outside[i]![g]!;
      interactions[g] = total;
      ei[g] = total === 0 ? Number.NaN : eiIndex(inside[i]![g]!, outside[i]![g]!);
    }
    return { month: mo.label, ei, interactions };
  });
}
