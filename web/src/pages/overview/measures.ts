// The key measures of the owner's network, each with the measure's established name and a
// one-line meaning in plain language (the framework asks that every number says why it matters).
import { fmtNumber, fmtPercent } from '../../ui/format';
import type { Assessment } from './assess-types';

export interface KeyMeasure {
  id: string;
  label: string;
  /** Who defined it, so a coach can look it up. */
  source: string;
  value: string;
  /** A breakdown of the value, when it summarises several numbers. */
  detail?: string;
  meaning: string;
}

export const FORM_MEANING: Record<string, { purpose: string; strength: 'depth' | 'breadth' | 'leverage' }> = {
  operational: { purpose: "Getting today's work done with the people it depends on.", strength: 'depth' },
  personal: { purpose: 'Growing yourself: contacts outside who refer you on.', strength: 'breadth' },
  strategic: { purpose: 'Seeing what is coming and winning support for it.', strength: 'leverage' },
};

export const SCORE_MEANING: Record<'depth' | 'breadth' | 'leverage', string> = {
  depth: 'Share of the relationships this form requires that are strong (rapport, trust).',
  breadth: 'How many of these contacts are outside, and how varied their organisations are.',
  leverage: 'Share of these contacts who link inside and outside, or carry weight for a goal.',
};

function constraintMeaning(c: number | null): string {
  if (c === null) return 'Not enough contacts to measure.';
  if (c > 0.5) return 'Your contacts mostly know each other: few structural holes, little fresh information.';
  if (c > 0.25) return 'Some of your contacts know each other; there is room to reach separate groups.';
  return 'Your contacts mostly do not know each other: you span many structural holes.';
}

function eiMeaning(ei: number | null): string {
  if (ei === null) return 'No contacts yet.';
  if (ei < -0.6) return 'Mostly internal contacts: the outside world reaches you second-hand.';
  if (ei > 0.6) return 'Mostly external contacts: check you are close enough to your own organisation.';
  return 'A mix of internal and external contacts (−1 all internal, +1 all external).';
}

const DIMENSIONS = [
  ['sector', 'sector'],
  ['organization', 'organisation'],
  ['unit', 'unit'],
  ['region', 'region'],
] as const;

/** The mean of the dimensions measured, with each one listed beside it. */
function diversity(d: Record<string, number | null>): { value: string; detail: string } {
  const known = DIMENSIONS.filter(([k]) => typeof d[k] === 'number');
  if (known.length === 0) return { value: '–', detail: '' };
  const mean = known.reduce((s, [k]) => s + (d[k] ?? 0), 0) / known.length;
  return {
    value: fmtNumber(mean, 2),
    detail: known.map(([k, label]) => `${label} ${fmtNumber(d[k], 2)}`).join(' · '),
  };
}

export function keyMeasures(a: Assessment): KeyMeasure[] {
  const o = a.metrics.owner;
  const reach = a.metrics.reach;
  const div = diversity(a.metrics.diversity);
  return [
    {
      id: 'constraint',
      label: 'Constraint',
      source: 'Burt',
      value: fmtNumber(o.constraint, 2),
      meaning: constraintMeaning(o.constraint),
    },
    {
      id: 'effective-size',
      label: 'Effective size',
      source: 'Burt',
      value: fmtNumber(o.effectiveSize, 1),
      meaning: `Of your ${fmtNumber(o.degree)} contacts, about this many bring you non-redundant information.`,
    },
    {
      id: 'efficiency',
      label: 'Efficiency',
      source: 'Burt',
      value: fmtPercent(o.efficiency),
      meaning: 'Effective size per contact: the share of your contacts who are not redundant.',
    },
    {
      id: 'hierarchy',
      label: 'Hierarchy',
      source: 'Burt',
      value: fmtNumber(o.hierarchy, 2),
      meaning:
        'How much your constraint comes from one or two contacts you depend on (0 spread, 1 one contact).',
    },
    {
      id: 'betweenness',
      label: 'Betweenness',
      source: 'Brandes',
      value: fmtNumber(o.betweenness, 2),
      meaning: 'How often you sit on the shortest route between two people you know: your brokerage.',
    },
    {
      id: 'ei-index',
      label: 'E-I index',
      source: 'Krackhardt & Stern',
      value: fmtNumber(a.metrics.eiIndex, 2),
      meaning: `${eiMeaning(a.metrics.eiIndex)} ${a.metrics.contacts.internal} internal, ${a.metrics.contacts.external} external.`,
    },
    {
      id: 'diversity',
      label: 'Diversity',
      source: 'Blau',
      value: div.value,
      detail: div.detail,
      meaning:
        'The average chance that two of your contacts differ in sector, organisation, unit or region (0 all alike, 1 all different).',
    },
    {
      id: 'reach',
      label: 'Reach',
      source: 'two-step reach',
      value: `${fmtNumber(reach.direct)} → ${fmtNumber(reach.twoStep)}`,
      meaning: `You know ${fmtNumber(reach.direct)} people directly and ${fmtNumber(reach.twoStep)} are within one introduction (${fmtNumber(reach.throughIntermediaries)} only through someone else).`,
    },
  ];
}
