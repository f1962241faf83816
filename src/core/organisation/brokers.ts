import { type CsrGraph, degree } from '../graph/index.js';
import type { SampledBetweenness } from '../graph/sampled-betweenness.js';
import { median, quantile } from './stats.js';

/** The measures brokerage is read from, one value per person. */
export interface BrokerMeasures {
  constraint: Float64Array;
  effectiveSize: Float64Array;
  betweenness: Pick<SampledBetweenness, 'values' | 'halfWidth'>;
}

/** Units other than their own that each person has a tie into. */
export function otherUnitsReached(g: CsrGraph, unit: Int32Array): Uint32Array {
  const reached = new Uint32Array(g.n);
  let k = 0;
  for (let v = 0; v < unit.length; v++) k = Math.max(k, unit[v]! + 1);
  const stamp = new Int32Array(k).fill(-1);
  for (let u = 0; u < g.n; u++) {
    stamp[unit[u]!] = u;
    for (let i = g.offsets[u]!; i < g.offsets[u + 1]!; i++) {
      const c = unit[g.neighbors[i]!]!;
      if (stamp[c] !== u) {
        stamp[c] = u;
        reached[u]!++;
      }
    }
  }
  return reached;
}

/**
 * A broker reaches at least two units besides their own, lies on the most shortest routes (the
 * top 5 % by betweenness) and has contacts who mostly do not know each other (constraint below
 * the median of people with three ties or more): Burt's structural holes, spanned across units.
 * When betweenness is sampled, a person is in the top 5 % only beyond doubt: the lower end of
 * their 95 % interval is above the line, so that another sample names the same brokers.
 */
export function brokersOf(g: CsrGraph, unit: Int32Array, measures: BrokerMeasures): Uint8Array {
  const reached = otherUnitsReached(g, unit);
  const withTies: number[] = [];
  for (let v = 0; v < g.n; v++) if (degree(g, v) >= 3) withTies.push(measures.constraint[v]!);
  const constraintCut = median(withTies);
  const betweennessCut = quantile(measures.betweenness.values, 0.95);
  const broker = new Uint8Array(g.n);
  for (let v = 0; v < g.n; v++) {
    const b = measures.betweenness.values[v]! - (measures.betweenness.halfWidth?.[v] ?? 0);
    broker[v] =
      reached[v]! >= 2 &&
      degree(g, v) >= 3 &&
      b > 0 &&
      b >= betweennessCut &&
      measures.constraint[v]! <= constraintCut
        ? 1
        : 0;
  }
  return broker;
}
