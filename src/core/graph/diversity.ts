/** Krackhardt & Stern's E-I index: (external - internal) / (external + internal), in [-1, 1]; 0 when both are 0. */
export function eiIndex(internal: number, external: number): number {
  const total = internal + external;
  return total === 0 ? 0 : (external - internal) / total;
}

/** Blau's heterogeneity index, 1 - sum of squared category shares: 0 when all alike, toward 1 when spread. */
export function blau(categories: Iterable<string>): number {
  const tally = new Tally<string>();
  for (const c of categories) tally.add(c);
  return tally.blau();
}

/**
 * Categories counted one at a time, for Blau's index without a list of them first: the same
 * index as `blau` over the categories in the order they were added.
 */
export class Tally<T> {
  readonly #counts = new Map<T, number>();
  total = 0;

  add(category: T): void {
    this.#counts.set(category, (this.#counts.get(category) ?? 0) + 1);
    this.total++;
  }

  blau(): number {
    if (this.total === 0) return 0;
    let sum = 0;
    for (const count of this.#counts.values()) sum += (count / this.total) ** 2;
    return 1 - sum;
  }
}
