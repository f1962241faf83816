export { COMMITMENT_PERIODS, INTERACTION_KINDS } from '../../../../src/core/vocabulary';

export interface Commitment {
  id: string;
  text: string;
  form?: string;
  kind?: string;
  /** Only contacts with someone in one of these roles count. */
  roles?: string[];
  per?: string;
  target?: number;
  since?: string;
  [extra: string]: unknown;
}

/** "2 events a week, personal, since 5 Jan 2026" in parts the page joins. */
/** A relationship role as one says it of a person: "board member", "direct report". */
export const roleWords = (role: string) => (role === 'board' ? 'board member' : role.replace('-', ' '));

export function cadenceWords(c: Commitment): string {
  const what = c.kind ? `${c.kind}${(c.target ?? 1) === 1 ? '' : 's'}` : 'contacts';
  const whom = c.roles?.length ? ` with a ${c.roles.map(roleWords).join(' or ')}` : '';
  return `${c.target ?? 1} ${what}${whom} a ${c.per ?? 'week'}`;
}
