import { type Contact, DEFAULT_CADENCE, type NetworkView, untriaged } from '../analysis/view.js';
import type { Form } from '../vocabulary.js';
import { type Action, makeAction } from './actions.js';

/** How a triage group was formed. */
export type TriageBasis = 'history' | 'seniority' | 'organization' | 'title' | 'rest';

export interface TriageGroup {
  /** Stable handle for `threefold triage set KEY` (`history`, `senior`, `org:ID`, `title:WORD`, `rest`). */
  key: string;
  basis: TriageBasis;
  /** In the leader's words: "People you have met", "Northwind Foods". */
  label: string;
  people: string[];
  /** What the coach would set, until the leader decides. */
  suggested: { forms: Form[]; cadenceDays: number };
}

export interface Triage {
  /** Relationships nobody has set up yet (as an import leaves them). */
  untriaged: number;
  contacts: number;
  /** Most relationships are untriaged: the coach starts with a triage. */
  needed: boolean;
  groups: TriageGroup[];
  /** A few first moves, one per group, while the triage is under way. */
  firstMoves: Action[];
}

/** A triage is proposed once at least this share of relationships is untriaged. */
const NEEDED_SHARE = 0.5;
/** A title or organisation groups people when it holds at least this many. */
const MIN_GROUP = 2;

const TITLE_WORDS = /\b([a-z]{4,})\b/g;
const IGNORED = new Set(['senior', 'junior', 'head', 'chief', 'lead', 'manager', 'with', 'and', 'for']);

function titleWords(title: string | undefined): string[] {
  return [...(title ?? '').toLowerCase().matchAll(TITLE_WORDS)]
    .map((m) => m[1]!)
    .filter((w) => !IGNORED.has(w));
}

/**
 * Groups the untriaged contacts so the leader can set form and cadence in bulk: first the people
 * with shared history (an interaction logged), then those more senior than the leader, then by
 * organisation, then by a word their titles share; the rest last. Each person is in one group.
 */
export function triage(view: NetworkView): Triage {
  const open = view.contacts.filter((c) => untriaged(c.relationship));
  const owner = view.network.owner;
  const orgName = (id: string | undefined) =>
    (view.network.organizations ?? []).find((o) => o.id === id)?.name ?? 'an organisation';
  const groups: TriageGroup[] = [];
  const placed = new Set<string>();
  const add = (group: Omit<TriageGroup, 'people'>, members: Contact[]) => {
    const people = members.filter((c) => !placed.has(c.id)).map((c) => c.id);
    if (people.length === 0) return;
    for (const id of people) placed.add(id);
    groups.push({ ...group, people });
  };
  const cadence = (f: Form) => ({ forms: [f], cadenceDays: DEFAULT_CADENCE[f] });

  add(
    {
      key: 'history',
      basis: 'history',
      label: 'People you have met or talked to',
      suggested: cadence('operational'),
    },
    open.filter((c) => c.daysSinceContact !== null),
  );
  if (owner.level !== undefined)
    add(
      {
        key: 'senior',
        basis: 'seniority',
        label: 'People more senior than you',
        suggested: cadence('strategic'),
      },
      open.filter((c) => c.person.level !== undefined && c.person.level > owner.level!),
    );
  const byOrg = new Map<string, Contact[]>();
  for (const c of open) {
    const org = c.person.organization;
    if (org === undefined || placed.has(c.id)) continue;
    byOrg.set(org, [...(byOrg.get(org) ?? []), c]);
  }
  for (const [org, members] of [...byOrg].sort((a, b) => b[1].length - a[1].length)) {
    if (members.length < MIN_GROUP && org !== owner.organization) continue;
    const home = org === owner.organization;
    add(
      {
        key: `org:${org}`,
        basis: 'organization',
        label: home ? `Your own organisation (${orgName(org)})` : orgName(org),
        suggested: cadence(home ? 'operational' : 'personal'),
      },
      members,
    );
  }
  const byWord = new Map<string, Contact[]>();
  for (const c of open) {
    if (placed.has(c.id)) continue;
    for (const w of new Set(titleWords(c.person.title))) byWord.set(w, [...(byWord.get(w) ?? []), c]);
  }
  for (const [word, members] of [...byWord].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  )) {
    if (members.filter((c) => !placed.has(c.id)).length < MIN_GROUP) continue;
    add(
      {
        key: `title:${word}`,
        basis: 'title',
        label: `Titles with "${word}"`,
        suggested: cadence('personal'),
      },
      members,
    );
  }
  add(
    { key: 'rest', basis: 'rest', label: 'Everyone else', suggested: cadence('personal') },
    open.filter((c) => !placed.has(c.id)),
  );

  const firstMoves = groups.slice(0, 5).flatMap((g) => {
    const c = g.people
      .map((id) => view.contactById.get(id)!)
      .sort(
        (a, b) =>
          (b.person.level ?? 0) - (a.person.level ?? 0) ||
          (a.daysSinceContact ?? 1e9) - (b.daysSinceContact ?? 1e9) ||
          a.id.localeCompare(b.id),
      )[0];
    if (!c) return [];
    const who = c.person.name;
    const what = [c.person.title, c.internal ? undefined : orgName(c.person.organization)]
      .filter(Boolean)
      .join(', ');
    return [
      makeAction({
        kind: 'reconnect',
        people: [c.id],
        organizations: [],
        goal: null,
        form: g.suggested.forms[0]!,
        reason: `${who}${what ? ` (${what})` : ''} is among "${g.label}": a short note or a coffee tells you what this relationship could be, before you decide how often to keep it up.`,
        explain: { firstMove: 1 + (c.person.level ?? 0) / 10 },
      }),
    ];
  });
  return {
    untriaged: open.length,
    contacts: view.contacts.length,
    needed: view.contacts.length > 0 && open.length >= NEEDED_SHARE * view.contacts.length,
    groups,
    firstMoves,
  };
}
