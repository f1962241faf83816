/** Krackhardt & Stern's E-I index: (external - internal) / (external + internal), in [-1, 1]; 0 when both are 0. */
export function eiIndex(internal: number, external: number): number {
  const total = internal + external;
  return total === 0 ? 0 : (external - internal) / total;
}

/** Blau's heterogeneity index, 1 - sum of squared category shares: 0 when all alike, toward 1 when spread. */
export function blau(categories: Iterable<string>): number {
  const counts = new Map<string, number>();
  let total = 0;
  for (const c of categories) {
    counts.set(c, (counts.get(c) ?? 0) + 1);
    total++;
  }
  if (total === 0) return 0;
  let sum = 0;
  for (const count of counts.values()) sum += (count / total) ** 2;
  return 1 - sum;
}
