export { COMMITMENT_PERIODS, INTERACTION_KINDS } from '../../../../src/core/vocabulary';

export interface Commitment {
  id: string;
  text: string;
  form?: string;
  kind?: string;
  /** Only contacts with someone in one of these roles count. */
  roles?: string[];
  /** Only contacts with one of these people count (with roles or groups: any of them). */
  people?: string[];
  /** Only contacts with a member of one of these groups count. */
  groups?: string[];
  per?: string;
  target?: number;
  since?: string;
  [extra: string]: unknown;
}

/** "2 events a week, personal, since 5 Jan 2026" in parts the page joins. */
/** A relationship role as one says it of a person: "board member", "direct report". */
export const roleWords = (role: string) => (role === 'board' ? 'board member' : role.replace('-', ' '));

export interface CommitmentNames {
  people: ReadonlyMap<string, string>;
  groups: ReadonlyMap<string, string>;
}

const NO_NAMES: CommitmentNames = { people: new Map(), groups: new Map() };

/** "2 meetings with Ada Lane, a member of Rotary Club or a board member a quarter". */
export function cadenceWords(c: Commitment, names: CommitmentNames = NO_NAMES): string {
  const what = `${c.kind ?? 'contact'}${(c.target ?? 1) === 1 ? '' : 's'}`;
  const who = [
    ...(c.people ?? []).map((id) => names.people.get(id) ?? 'someone you named'),
    ...(c.groups ?? []).map((id) => `a member of ${names.groups.get(id) ?? 'a group'}`),
    ...(c.roles ?? []).map((r) => `a ${roleWords(r)}`),
  ];
  const whom = who.length
    ? ` with ${who.length > 1 ? `${who.slice(0, -1).join(', ')} or ${who.at(-1)}` : who[0]}`
    : '';
  return `${c.target ?? 1} ${what}${whom} a ${c.per ?? 'week'}`;
}
