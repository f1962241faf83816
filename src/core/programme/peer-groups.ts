import type { UnitBridge } from './bridges.js';

/**
 * Peer groups for a programme that mix units, functions and sectors: the article's advice is to
 * build strategic ties across boundaries, which a group of people from one unit does not do.
 */
export const MIXED_ATTRIBUTES = ['unit', 'function', 'sector'] as const;
export type MixedAttribute = (typeof MIXED_ATTRIBUTES)[number];

export interface Participant {
  id: string;
  /** What the participant chose to share; a missing value counts as its own "unknown" kind. */
  unit?: string | undefined;
  function?: string | undefined;
  sector?: string | undefined;
}

export interface PeerGroups {
  groups: string[][];
  /** Blau's heterogeneity (1 − Σ pᵢ²) within each group, averaged over the groups, per attribute. */
  diversity: Record<MixedAttribute, number>;
  /** The same for the highest diversity groups of these sizes could have on their own. */
  ceiling: Record<MixedAttribute, number>;
  /**
   * Leaders placed together first because their units rarely work together (the organisation
   * analysis's bridges), by group index: two participant ids and the bridge they build.
   */
  bridged: Array<{ group: number; a: string; b: string; bridge: UnitBridge }>;
}

const kindOf = (p: Participant, a: MixedAttribute) => p[a]?.trim().toLowerCase() || '(unknown)';

/** Blau's index of a list of categories. */
export function blau(values: readonly string[]): number {
  if (values.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let sum = 0;
  for (const c of counts.values()) sum += (c / values.length) ** 2;
  return 1 - sum;
}

/** Blau's index when a group of `size` is as mixed as `kinds` categories allow. */
function bestBlau(size: number, kinds: number): number {
  const k = Math.min(size, kinds);
  const base = Math.floor(size / k);
  const extra = size % k;
  let sum = 0;
  for (let i = 0; i < k; i++) sum += ((base + (i < extra ? 1 : 0)) / size) ** 2;
  return 1 - sum;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** A group's mix: the sum over the attributes of Blau's index within it. */
const mix = (group: readonly Participant[]) =>
  MIXED_ATTRIBUTES.reduce((s, a) => s + blau(group.map((p) => kindOf(p, a))), 0);

/**
 * Placing people one by one can strand two of a kind together; swapping two people of different
 * groups whenever it makes the two groups more mixed, until no swap does (a local optimum,
 * bounded in passes), undoes that.
 */
function improveBySwaps(groups: Participant[][], pinned: ReadonlySet<string>, maxPasses = 20): void {
  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false;
    for (let g = 0; g < groups.length; g++)
      for (let h = g + 1; h < groups.length; h++) {
        const a = groups[g]!;
        const b = groups[h]!;
        for (let i = 0; i < a.length; i++)
          for (let j = 0; j < b.length; j++) {
            if (pinned.has(a[i]!.id) || pinned.has(b[j]!.id)) continue;
            const before = mix(a) + mix(b);
            [a[i], b[j]] = [b[j]!, a[i]!];
            if (mix(a) + mix(b) > before + 1e-12) improved = true;
            else [a[i], b[j]] = [b[j]!, a[i]!];
          }
      }
    if (!improved) return;
  }
}

/**
 * Splits participants into groups of at least `size` (sizes differ by at most one), each as mixed
 * as possible: participants are placed one by one, those of the most common units, functions and
 * sectors first, each into the group where they add the most kinds not yet there (the smallest
 * group on a tie); then swaps between groups mix them further where they can. Deterministic for a
 * given list.
 *
 * With `bridges` (units that rarely work together, from the organisation analysis), leaders of
 * the two units of each bridge are placed together first, one pair per group and bridge, into
 * the groups with the fewest pairs so far; the mixing then fills the groups around them and its
 * swaps leave those pairs in place.
 */
export function proposePeerGroups(
  participants: readonly Participant[],
  size: number,
  bridges: readonly UnitBridge[] = [],
): PeerGroups {
  const n = participants.length;
  // Never a group smaller than `size` (when there are that many): the rest join the others.
  const count = Math.max(1, Math.floor(n / Math.max(2, size)));
  const capacity = (g: number) => Math.floor(n / count) + (g < n % count ? 1 : 0);
  const frequency = new Map<string, number>();
  for (const p of participants)
    for (const a of MIXED_ATTRIBUTES) {
      const key = `${a}\u0000${kindOf(p, a)}`;
      frequency.set(key, (frequency.get(key) ?? 0) + 1);
    }
  const rarity = (p: Participant) =>
    MIXED_ATTRIBUTES.reduce((s, a) => s + frequency.get(`${a}\u0000${kindOf(p, a)}`)!, 0);
  // The most common kinds go first so they spread over every group before the rarer ones fill in.
  const order = [...participants].sort(
    (a, b) => rarity(b) - rarity(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const groups: Participant[][] = Array.from({ length: count }, () => []);
  const present = groups.map(
    () => new Map<MixedAttribute, Set<string>>(MIXED_ATTRIBUTES.map((a) => [a, new Set()])),
  );
  const pinned = new Set<string>();
  const bridged: PeerGroups['bridged'] = [];
  const byUnit = new Map<string, Participant[]>();
  for (const p of order) {
    const unit = p.unit?.trim().toLowerCase();
    if (!unit) continue;
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), p]);
  }
  const pairsIn = groups.map(() => new Set<number>());
  bridges.forEach((bridge, k) => {
    const as = byUnit.get(bridge.a.trim().toLowerCase()) ?? [];
    const bs = byUnit.get(bridge.b.trim().toLowerCase()) ?? [];
    const free = (list: Participant[]) => list.find((p) => !pinned.has(p.id));
    for (;;) {
      const a = free(as);
      const b = free(bs);
      if (!a || !b) return;
      let best = -1;
      for (let g = 0; g < count; g++) {
        if (capacity(g) - groups[g]!.length < 2 || pairsIn[g]!.has(k)) continue;
        if (best < 0 || pairsIn[g]!.size < pairsIn[best]!.size) best = g;
      }
      if (best < 0) return;
      for (const p of [a, b]) {
        groups[best]!.push(p);
        pinned.add(p.id);
        for (const at of MIXED_ATTRIBUTES) present[best]!.get(at)!.add(kindOf(p, at));
      }
      pairsIn[best]!.add(k);
      bridged.push({ group: best, a: a.id, b: b.id, bridge });
    }
  });
  for (const p of order) {
    if (pinned.has(p.id)) continue;
    let best = -1;
    let bestGain = -1;
    for (let g = 0; g < count; g++) {
      if (groups[g]!.length >= capacity(g)) continue;
      const gain = MIXED_ATTRIBUTES.reduce((s, a) => s + (present[g]!.get(a)!.has(kindOf(p, a)) ? 0 : 1), 0);
      if (gain > bestGain || (gain === bestGain && groups[g]!.length < groups[best]!.length)) {
        best = g;
        bestGain = gain;
      }
    }
    groups[best]!.push(p);
    for (const a of MIXED_ATTRIBUTES) present[best]!.get(a)!.add(kindOf(p, a));
  }
  improveBySwaps(groups, pinned);
  const diversity = {} as Record<MixedAttribute, number>;
  const ceiling = {} as Record<MixedAttribute, number>;
  for (const a of MIXED_ATTRIBUTES) {
    const kinds = new Set(participants.map((p) => kindOf(p, a))).size;
    diversity[a] = round3(groups.reduce((s, g) => s + blau(g.map((p) => kindOf(p, a))), 0) / count);
    ceiling[a] = round3(groups.reduce((s, g) => s + bestBlau(g.length, kinds), 0) / count);
  }
  return { groups: groups.map((g) => g.map((p) => p.id)), diversity, ceiling, bridged };
}
