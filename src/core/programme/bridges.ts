import { FOLDED } from '../organisation/privacy.js';
import type { OrganisationReport } from '../organisation/report.js';

/**
 * Two units whose people rarely work together, as the organisation analysis found them: a
 * programme's peer groups place a leader of each together first, to build the missing bridge.
 * `silo` when one of them is a silo and the other among the units it is least tied to;
 * `no ties` when the two have no tie at all in the window.
 */
export interface UnitBridge {
  a: string;
  b: string;
  why: 'silo' | 'no ties';
}

/**
 * The bridges a report proposes, silos first. The report names only units of five people or
 * more (smaller ones are combined, and the combination is never proposed), so nothing here
 * goes below the organisation's privacy threshold.
 */
export function bridgesFromReport(
  report: Pick<OrganisationReport, 'shown' | 'bridgesToBuild' | 'notTalking'>,
): UnitBridge[] {
  if (!report.shown) return [];
  const out: UnitBridge[] = [];
  const seen = new Set<string>();
  const add = (a: string, b: string, why: UnitBridge['why']) => {
    if (a === FOLDED || b === FOLDED || a === b) return;
    const key = [a, b].sort().join('\u0000');
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ a, b, why });
  };
  for (const silo of report.bridgesToBuild) for (const other of silo.with) add(silo.unit, other, 'silo');
  for (const pair of report.notTalking.pairs) add(pair.a, pair.b, 'no ties');
  return out;
}
