/** The q-quantile (0..1) of `values` by linear interpolation between order statistics (NumPy's default). */
export function quantile(values: ArrayLike<number>, q: number): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (values: ArrayLike<number>): number => quantile(values, 0.5);

/** Share of values strictly below x, so a person's percentile among everyone. */
export function shareBelow(values: ArrayLike<number>, x: number): number {
  let below = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! < x) below++;
  return values.length === 0 ? 0 : below / values.length;
}

/**
 * Normalised mutual information of two labellings (arithmetic mean of the entropies, as
 * scikit-learn's default): 1 when one determines the other, 0 when independent.
 */
export function normalisedMutualInformation(x: Int32Array, y: Int32Array): number {
  const n = x.length;
  if (n === 0) return 0;
  const joint = new Map<number, number>();
  const px = new Map<number, number>();
  const py = new Map<number, number>();
  let ky = 0;
  for (let i = 0; i < n; i++) ky = Math.max(ky, y[i]! + 1);
  for (let i = 0; i < n; i++) {
    const key = x[i]! * ky + y[i]!;
    joint.set(key, (joint.get(key) ?? 0) + 1);
    px.set(x[i]!, (px.get(x[i]!) ?? 0) + 1);
    py.set(y[i]!, (py.get(y[i]!) ?? 0) + 1);
  }
  const entropy = (counts: Map<number, number>) => {
    let h = 0;
    for (const c of counts.values()) h -= (c / n) * Math.log(c / n);
    return h;
  };
  let mi = 0;
  for (const [key, c] of joint) {
    const a = Math.floor(key / ky);
    const b = key % ky;
    mi += (c / n) * Math.log((c * n) / (px.get(a)! * py.get(b)!));
  }
  const hx = entropy(px);
  const hy = entropy(py);
  if (hx === 0 && hy === 0) return 1;
  return (2 * mi) / (hx + hy);
}
