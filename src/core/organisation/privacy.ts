import { MIN_GROUP } from '../programme/cohort.js';

export { MIN_GROUP };
/** The name of the group that gathers categories too small to be shown on their own. */
export const FOLDED = 'Smaller groups combined';

/** How the categories of a column (units, functions…) are reported. */
export interface ReportingGroups {
  /** The reported group of each category; -1 when nothing may be shown (fewer than 5 in all). */
  groupOf: Int32Array;
  names: string[];
  sizes: number[];
  /** Categories that are not shown under their own name. */
  folded: number;
}

/**
 * Groups of fewer than 5 people are never shown, nor those in `withhold` (see `changedTooLittle`).
 * They are folded into one combined group; when
 * that group is itself smaller than 5, the smallest shown categories join it until it is not,
 * so that no small group can be read off as the difference between the total and the rest.
 */
export function reportingGroups(
  names: readonly string[],
  sizes: readonly number[],
  withhold: ReadonlySet<string> = new Set(),
): ReportingGroups {
  const k = names.length;
  const groupOf = new Int32Array(k).fill(-1);
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total < MIN_GROUP) return { groupOf, names: [], sizes: [], folded: k };
  const order = [...names.keys()].sort((x, y) => sizes[x]! - sizes[y]! || names[x]!.localeCompare(names[y]!));
  const fold = new Set<number>();
  let foldedPeople = 0;
  for (const c of order)
    if (sizes[c]! < MIN_GROUP || withhold.has(names[c]!)) {
      fold.add(c);
      foldedPeople += sizes[c]!;
    }
  for (const c of order) {
    if (foldedPeople === 0 || foldedPeople >= MIN_GROUP) break;
    if (!fold.has(c)) {
      fold.add(c);
      foldedPeople += sizes[c]!;
    }
  }
  const out: ReportingGroups = { groupOf, names: [], sizes: [], folded: fold.size };
  for (let c = 0; c < k; c++) {
    if (fold.has(c)) continue;
    groupOf[c] = out.names.length;
    out.names.push(names[c]!);
    out.sizes.push(sizes[c]!);
  }
  if (foldedPeople > 0) {
    const g = out.names.length;
    for (const c of fold) groupOf[c] = g;
    out.names.push(FOLDED);
    out.sizes.push(foldedPeople);
  }
  return out;
}

/** Each person's reported group, from their category. */
export function groupOfPeople(categoryOf: Int32Array, groups: ReportingGroups): Int32Array {
  const out = new Int32Array(categoryOf.length);
  for (let i = 0; i < categoryOf.length; i++) out[i] = groups.groupOf[categoryOf[i]!]!;
  return out;
}

/** Category sizes of a column. */
export function sizesOf(categoryOf: Int32Array, k: number): number[] {
  const sizes = new Array<number>(k).fill(0);
  for (let i = 0; i < categoryOf.length; i++) sizes[categoryOf[i]!]!++;
  return sizes;
}

/** The size each unit had when its figures were last shown on their own, by unit name. */
export type ShownSizes = Record<string, number>;

/**
 * Units whose figures would let someone deduce one person's contribution by comparing this
 * report with the last: those that changed by 1 to 4 people since their figures were last shown
 * (an opt-out, a leaver, a newcomer). They are combined with the small groups until they have
 * changed by 5 or more, or come back to the size last shown. A unit never shown before is not
 * withheld: there is nothing to compare it with.
 */
export function changedTooLittle(
  previous: ShownSizes | null,
  names: readonly string[],
  sizes: readonly number[],
): Set<string> {
  const out = new Set<string>();
  if (previous === null) return out;
  names.forEach((name, c) => {
    const before = previous[name];
    if (before === undefined) return;
    const change = Math.abs(sizes[c]! - before);
    if (change > 0 && change < MIN_GROUP) out.add(name);
  });
  return out;
}

/**
 * What to remember after a report for the next one: the size of every unit shown on its own
 * now, and for every unit withheld or folded, the size it had when it was last shown (so a
 * later report is compared with what was actually shown, not with a report that hid it).
 */
export function nextShownSizes(
  previous: ShownSizes | null,
  names: readonly string[],
  sizes: readonly number[],
  groups: ReportingGroups,
): ShownSizes {
  const out: ShownSizes = { ...(previous ?? {}) };
  const shown = new Set(groups.names.filter((n) => n !== FOLDED));
  names.forEach((name, c) => {
    if (shown.has(name)) out[name] = sizes[c]!;
  });
  return out;
}
