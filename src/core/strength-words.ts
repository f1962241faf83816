/**
 * How a leader reads a tie's strength and a route's strength: one wording for every page, the CLI
 * and the coach's reasons, so the same tie never reads "1 / 5" on one page and "16 %" on another.
 */

/** The words of the 1..5 tie-strength scale (threefold/1: 1 acquaintance .. 5 very close working bond). */
export const STRENGTH_WORDS: Readonly<Record<number, string>> = {
  1: 'acquaintance',
  2: 'occasional',
  3: 'regular',
  4: 'close',
  5: 'very close',
};

/** A stated tie strength: "close (4 of 5)". */
export function strengthWords(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'strength not set';
  const n = Math.min(5, Math.max(1, Math.round(value)));
  return `${STRENGTH_WORDS[n]} (${n} of 5)`;
}

/**
 * Route bands. A route's strength is the product of its ties (each a fifth of its 1..5 strength,
 * weakened by time without contact) and 0.9 per introducer: one regular tie alone is 0.6, two
 * close ties through one introducer 0.58, two occasional ties 0.14.
 */
const ROUTE_BANDS: readonly [number, string][] = [
  [0.5, 'strong'],
  [0.25, 'fair'],
  [0, 'weak'],
];

/** A route's (path's) strength in (0, 1]: "fair route (36%)". */
export function routeWords(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'no known route';
  const word = ROUTE_BANDS.find(([min]) => value >= min)?.[1] ?? 'weak';
  return `${word} route (${Math.round(value * 100)}%)`;
}
