import {
  accumulateDependencies,
  BETWEENNESS_DELTA,
  type Betweenness,
  EXACT_BETWEENNESS_UP_TO,
  sourceOrder,
} from './betweenness.js';
import type { CsrGraph } from './csr.js';

/**
 * Per-node sums of the sampled sources' dependencies and of their squares: what threads
 * that each traced some of the sources hand back, merged by adding.
 */
export interface DependencySums {
  sources: number;
  sum: Float64Array;
  squares: Float64Array;
}

/**
 * How precisely an estimate places people against the line for the top share (the top 5 %
 * that brokers are drawn from). Each person's estimate is the mean of one value per sampled
 * source, so it has a confidence interval from the spread of those values (normal
 * approximation, with the correction for sampling sources without replacement). The values
 * are skewed (a source in one's own unit counts far more), so the intervals cover a little
 * less than they claim: 89-90 % of people at 400 sources on a generated company of 2,000
 * (sampled-betweenness.test.ts). A bound that holds for sure (Hoeffding's, kept in
 * `errorBound`) or Riondato-Kornaropoulos's would need billions of samples at 200,000 people
 * to separate values of order 10⁻⁵, which is what the top 5 % line is there.
 */
export interface BetweennessPrecision {
  confidence: number;
  topShare: number;
  /** The estimate at the line: the (1 - topShare) quantile. */
  line: number;
  /**
   * Half-width of the confidence interval relative to the line, the median over the people
   * at or above it: "their figures are within ±x % of the line". Null when the line is zero.
   */
  relativeHalfWidth: number | null;
  /** People whose interval contains the line: on which side they fall is not settled. */
  unsettled: number;
}

export interface SampledBetweenness extends Betweenness {
  precision: BetweennessPrecision | null;
  /** Each person's confidence-interval half-width; null when exact. */
  halfWidth: Float64Array | null;
}

export interface SampledBetweennessOptions {
  exactUpTo?: number;
  seed?: number;
  /** Sources traced first, to measure the spread (default 64). */
  pilot?: number;
  /** Relative half-width at the line to reach (default 0.25, ±25 %). */
  target?: number;
  /** Never more sources than this (default 1,000)... */
  maxSources?: number;
  /** ...nor more row entries read, all sources together (default 5·10⁹, about a minute). */
  maxWork?: number;
  topShare?: number;
}

export const BETWEENNESS_TARGET = 0.25;
export const BETWEENNESS_TOP_SHARE = 0.05;
const Z_95 = 1.959963984540054;

export interface SamplingPlan {
  n: number;
  exact: boolean;
  /** Sources in the order they are to be traced; the pilot takes the first `pilot` of them. */
  order: Uint32Array;
  pilot: number;
  target: number;
  topShare: number;
}

/**
 * Sampling in two rounds, in the spirit of adaptive betweenness sampling (KADABRA): a pilot
 * measures how much the per-source dependencies vary, which fixes how many sources bring the
 * interval at the top-5 % line to the target; the stated precision is then measured again
 * on all the sources traced, not assumed. Small graphs are computed exactly.
 */
export function planSampling(g: CsrGraph, o: SampledBetweennessOptions = {}): SamplingPlan {
  const n = g.n;
  const exact = n <= (o.exactUpTo ?? EXACT_BETWEENNESS_UP_TO);
  const perSource = Math.max(1, g.neighbors.length);
  const max = Math.min(n, o.maxSources ?? 1000, Math.max(2, Math.floor((o.maxWork ?? 5e9) / perSource)));
  const order = exact ? Uint32Array.from({ length: n }, (_, i) => i) : sourceOrder(n, max, o.seed ?? 1);
  return {
    n,
    exact,
    order,
    pilot: exact ? n : Math.min(max, o.pilot ?? 64),
    target: o.target ?? BETWEENNESS_TARGET,
    topShare: o.topShare ?? BETWEENNESS_TOP_SHARE,
  };
}

export function emptySums(n: number): DependencySums {
  return { sources: 0, sum: new Float64Array(n), squares: new Float64Array(n) };
}

export function dependencySums(g: CsrGraph, sources: ArrayLike<number>): DependencySums {
  const sums = emptySums(g.n);
  accumulateDependencies(g, sources, sums.sum, sums.squares, true);
  sums.sources = sources.length;
  return sums;
}

export function addSums(into: DependencySums, more: DependencySums): DependencySums {
  for (let v = 0; v < into.sum.length; v++) {
    into.sum[v]! += more.sum[v]!;
    into.squares[v]! += more.squares[v]!;
  }
  into.sources += more.sources;
  return into;
}

/** Normalised betweenness (as NetworkX's normalized=True) from the sums, with its precision. */
export function estimateFromSums(plan: SamplingPlan, sums: DependencySums): SampledBetweenness {
  const { n } = plan;
  const k = sums.sources;
  const exact = plan.exact && k === n;
  // A source's value for a node is its dependency scaled so that the mean over all n sources
  // is the node's normalised betweenness.
  const c = n > 2 ? n / ((n - 1) * (n - 2)) : 0;
  const values = new Float64Array(n);
  for (let v = 0; v < n; v++) values[v] = k === 0 ? 0 : (c * sums.sum[v]!) / k;
  const errorBound =
    exact || n < 3 || k === 0
      ? null
      : (n / (n - 1)) * Math.sqrt(Math.log((2 * n) / BETWEENNESS_DELTA) / (2 * k));
  if (exact || k < 2) return { values, exact, samples: k, errorBound, precision: null, halfWidth: null };
  const halfWidth = new Float64Array(n);
  const finite = (n - k) / (n - 1);
  for (let v = 0; v < n; v++) {
    const mean = sums.sum[v]! / k;
    const variance = Math.max(0, (sums.squares[v]! - k * mean * mean) / (k - 1));
    halfWidth[v] = Z_95 * c * Math.sqrt((variance / k) * finite);
  }
  const sorted = Float64Array.from(values).sort();
  const line = quantileOfSorted(sorted, 1 - plan.topShare);
  const relative: number[] = [];
  let unsettled = 0;
  for (let v = 0; v < n; v++) {
    if (Math.abs(values[v]! - line) <= halfWidth[v]!) unsettled++;
    if (values[v]! >= line && line > 0) relative.push(halfWidth[v]! / line);
  }
  relative.sort((a, b) => a - b);
  return {
    values,
    exact,
    samples: k,
    errorBound,
    precision: {
      confidence: 0.95,
      topShare: plan.topShare,
      line,
      relativeHalfWidth: relative.length === 0 ? null : quantileOfSorted(relative, 0.5),
      unsettled,
    },
    halfWidth,
  };
}

/**
 * Sources to trace in all, from the pilot's estimate: the interval narrows as one over the
 * square root of the sources, so reaching the target takes (measured / target)² times the
 * pilot, a tenth more for the spread's own uncertainty, within the plan's maximum.
 */
export function sourcesWanted(plan: SamplingPlan, pilot: SampledBetweenness): number {
  const max = plan.order.length;
  const measured = pilot.precision?.relativeHalfWidth ?? null;
  if (plan.exact || measured === null) return pilot.samples;
  const wanted = Math.ceil(1.1 * pilot.samples * (measured / plan.target) ** 2);
  return Math.max(pilot.samples, Math.min(max, wanted));
}

/** The whole two-round estimate on this thread (an edge may trace the sources on several). */
export function sampledBetweenness(g: CsrGraph, o: SampledBetweennessOptions = {}): SampledBetweenness {
  const plan = planSampling(g, o);
  const sums = dependencySums(g, plan.order.subarray(0, plan.pilot));
  const wanted = sourcesWanted(plan, estimateFromSums(plan, sums));
  if (wanted > plan.pilot) addSums(sums, dependencySums(g, plan.order.subarray(plan.pilot, wanted)));
  return estimateFromSums(plan, sums);
}

function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
