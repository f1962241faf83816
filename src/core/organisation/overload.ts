import { type CsrGraph, degree } from '../graph/index.js';
import { median, quantile } from './stats.js';

/**
 * Two kinds of overload: time (collaboration minutes a week over the threshold) and demand (so
 * many ties that they are in the top 5 % and at least twice the median): the few people
 * everyone goes to, whose calendars the organisation quietly depends on.
 */
export function overloadOf(
  g: CsrGraph,
  minutesPerWeek: Float64Array,
  threshold: number,
): { overloaded: Uint8Array; inDemand: Uint8Array } {
  const degrees = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) degrees[v] = degree(g, v);
  const cut = Math.max(quantile(degrees, 0.95), 2 * median(degrees), 1);
  const overloaded = new Uint8Array(g.n);
  const inDemand = new Uint8Array(g.n);
  for (let v = 0; v < g.n; v++) {
    overloaded[v] = minutesPerWeek[v]! >= threshold ? 1 : 0;
    inDemand[v] = degrees[v]! >= cut && degrees[v]! > 0 ? 1 : 0;
  }
  return { overloaded, inDemand };
}
