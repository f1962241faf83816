// Plain words for a programme's numbers: how mixed the proposed peer groups are, and why a
// cohort shows nothing yet. Kept apart from the pages so they are tested without a browser.
import { fmtNumber } from '../../ui/format';
import type { PlacedTogether } from './types';

export type MixedAttribute = 'unit' | 'function' | 'sector';

const PLURAL: Record<MixedAttribute, string> = {
  unit: 'units',
  function: 'functions',
  sector: 'sectors',
};

export const ATTRIBUTE_LABEL: Record<MixedAttribute, string> = {
  unit: 'Unit',
  function: 'Function',
  sector: 'Sector',
};

/**
 * How mixed the groups are on one attribute, against the most these participants allow (Blau's
 * index: 0 when everyone in a group shares one value, higher as values spread evenly).
 */
export function describeMix(attribute: MixedAttribute, diversity: number, ceiling: number): string {
  const kinds = PLURAL[attribute];
  if (ceiling <= 0)
    return `Every participant gave the same ${attribute}, or none: groups cannot mix ${kinds}.`;
  const measured = `Blau's index ${fmtNumber(diversity)} of a possible ${fmtNumber(ceiling)}`;
  if (diversity >= ceiling - 0.0005)
    return `${capital(kinds)} are as mixed as these participants allow (${measured}).`;
  const share = Math.round((diversity / ceiling) * 100);
  return `${capital(kinds)} are mixed to ${share}% of what these participants allow (${measured}).`;
}

/** Why a cohort shows nothing: how many take part, and the rule that protects each one. */
export function tooFewWords(leaders: number, minimum: number): string {
  const who =
    leaders === 0
      ? 'No leader in this programme has a network yet'
      : `Only ${leaders} ${leaders === 1 ? 'leader' : 'leaders'} in this programme ${leaders === 1 ? 'has' : 'have'} a network yet`;
  return `${who}. The cohort is shown from ${minimum} leaders up, so that no one leader's diagnosis can be read off this page.`;
}

/** "3 of 5 leaders (60%)". */
export function ofLeaders(count: number, total: number): string {
  return `${count} of ${total} ${total === 1 ? 'leader' : 'leaders'} (${Math.round((count / total) * 100)}%)`;
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Why two leaders share a group: the organisation analysis found their units rarely work together. */
export function placedTogetherWords(p: PlacedTogether): string {
  const [a, b] = p.names;
  const [ua, ub] = p.units;
  return p.why === 'no ties'
    ? `${a} is placed with ${b} because their units (${ua} and ${ub}) rarely work together: the organisation's data shows no working tie between them.`
    : `${a} is placed with ${b} because their units (${ua} and ${ub}) rarely work together: ${ua} works mostly within itself.`;
}
