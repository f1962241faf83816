// The stakeholder vocabulary of the document format (the threefold/1 interchange format), ordered for
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

export const TIE_BANDS = ['strong', 'medium', 'weak', 'unrated', 'none'] as const;
export type TieBand = (typeof TIE_BANDS)[number];

/** The owner's tie in words: the relationship's stated strength (1..5), or no direct tie at all. */
export function tieBand(tie: { stated?: number } | null): TieBand {
  if (!tie) return 'none';
  if (tie.stated === undefined) return 'unrated';
  if (tie.stated >= 4) return 'strong';
  if (tie.stated >= 3) return 'medium';
  return 'weak';
}

export const TIE_LABEL: Record<TieBand, string> = {
  strong: 'strong (4–5)',
  medium: 'medium (3)',
  weak: 'weak (1–2)',
  unrated: 'strength not set',
  none: 'no direct tie',
};

export const TIE_COLOR: Record<TieBand, string> = {
  strong: '#047857',
  medium: '#b45309',
  weak: '#991b1b',
  unrated: '#9ca3af',
  none: '#ffffff',
};
