// The stakeholder vocabulary of the document format (/work/shared/interchange.md), ordered for
// the map's x axis from against to for; `unknown` sits beside neutral, where it is least misleading.

export const STANCES = ['opposed', 'skeptical', 'neutral', 'unknown', 'supportive', 'champion'] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_LABEL: Record<Stance, string> = {
  opposed: 'Opposed',
  skeptical: 'Skeptical',
  neutral: 'Neutral',
  unknown: 'Unknown',
  supportive: 'Supportive',
  champion: 'Champion',
};

export const INFLUENCES = [5, 4, 3, 2, 1] as const;

export function asStance(value: string | undefined): Stance {
  return (STANCES as readonly string[]).includes(value ?? '') ? (value as Stance) : 'unknown';
}

export function asInfluence(value: number | undefined): number {
  return typeof value === 'number' && value >= 1 && value <= 5 ? Math.round(value) : 3;
}

/** Tie strength (0..1, the analysis' computed strength) in words for the table and the legend. */
export function tieBand(strength: number | undefined): 'strong' | 'medium' | 'weak' | 'none' {
  if (strength === undefined) return 'none';
  if (strength >= 0.5) return 'strong';
  if (strength >= 0.25) return 'medium';
  return 'weak';
}

export const TIE_COLOR = { strong: '#047857', medium: '#b45309', weak: '#991b1b', none: '#ffffff' } as const;
