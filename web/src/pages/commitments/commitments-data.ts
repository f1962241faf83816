export { COMMITMENT_PERIODS, INTERACTION_KINDS } from '../../../../src/core/vocabulary';

export interface Commitment {
  id: string;
  text: string;
  form?: string;
  kind?: string;
  per?: string;
  target?: number;
  since?: string;
  [extra: string]: unknown;
}

/** "2 events a week, personal, since 5 Jan 2026" in parts the page joins. */
export function cadenceWords(c: Commitment): string {
  const what = c.kind ? `${c.kind}${(c.target ?? 1) === 1 ? '' : 's'}` : 'contacts';
  return `${c.target ?? 1} ${what} a ${c.per ?? 'week'}`;
}
