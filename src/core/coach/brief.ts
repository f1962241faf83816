import { notFound } from '../../errors.js';
import type { NetworkView } from '../analysis/view.js';
import { dayWords } from '../day-words.js';
import { OWNER_ID } from '../model.js';
import { matches, tokens } from './match.js';

export interface AttendeeBrief {
  id: string;
  name: string;
  title: string | null;
  organization: string | null;
  relationship: {
    strength: number;
    forms: string[];
    lastContact: string | null;
    cadenceState: string;
  } | null;
  lastInteraction: { date: string; kind: string | null; notes: string | null } | null;
  sharedInterests: string[];
  sharedGroups: string[];
  /** People they know whom the owner needs (goal stakeholders, powerful people) or whose offers meet a goal. */
  knowsWhomYouNeed: Array<{ id: string; name: string; why: string }>;
  offers: string[];
  needs: string[];
  opening: string;
  /** The one ask to make of them: an introduction you need, else help they could use from you; null when neither is known. */
  ask: string | null;
}

function suggestedAsk(
  name: string,
  knows: AttendeeBrief['knowsWhomYouNeed'],
  needs: string[],
  offers: string[],
) {
  const k = knows[0];
  if (k) return `Ask ${name} to introduce you to ${k.name} (${k.why}).`;
  if (needs[0]) return `Offer help with ${needs[0]}: giving first makes asking easier later.`;
  if (offers[0]) return `Ask for their advice on ${offers[0]}.`;
  return null;
}

/** Preparation for a meeting: for each attendee, what you know and one line of common ground. */
export function brief(view: NetworkView, attendees: readonly string[]): AttendeeBrief[] {
  const owner = view.network.owner;
  const ownerInterests = new Map((owner.interests ?? []).map((i) => [tokens(i).join(' '), i]));
  const ownerGroups = (view.network.groups ?? []).filter((g) => g.ownerIsMember);
  const needed = new Map<string, string>();
  for (const goal of view.network.goals ?? []) {
    for (const s of goal.stakeholders ?? [])
      if (!view.contactById.has(s.person)) needed.set(s.person, `stakeholder of "${goal.title}"`);
  }
  return attendees.map((id) => {
    const person = view.people.get(id);
    if (!person) throw notFound(`no person "${id}"`);
    const contact = view.contactById.get(id);
    const last = view.interactionsOf.get(id)?.at(-1);
    const sharedInterests = (person.interests ?? []).filter((i) => ownerInterests.has(tokens(i).join(' ')));
    const sharedGroups = ownerGroups.filter((g) => g.members?.includes(id)).map((g) => g.name);
    const knows: AttendeeBrief['knowsWhomYouNeed'] = [];
    const g = view.graph;
    const v = g.index.get(id)!;
    for (let i = g.offsets[v]!; i < g.offsets[v + 1]! && knows.length < 5; i++) {
      const other = g.ids[g.neighbors[i]!]!;
      if (other === OWNER_ID) continue;
      const why =
        needed.get(other) ??
        (view.network.goals ?? [])
          .map((goal) =>
            (view.people.get(other)?.offers ?? []).some((o) => matches(o, goal.title))
              ? `can help with "${goal.title}"`
              : null,
          )
          .find(Boolean);
      if (why) knows.push({ id: other, name: view.people.get(other)?.name ?? other, why });
    }
    const opening = sharedInterests.length
      ? `Ask how their ${sharedInterests[0]} is going: you share it.`
      : sharedGroups.length
        ? `You both belong to ${sharedGroups[0]}: start there.`
        : last
          ? `Follow up on your ${last.kind ?? 'conversation'} of ${dayWords(last.date)}.`
          : person.offers?.length
            ? `Ask about their work on ${person.offers[0]}.`
            : `Ask what ${person.organization ? 'their organisation' : 'they'} is focused on this year.`;
    return {
      id,
      name: person.name,
      title: person.title ?? null,
      organization: person.organization ?? null,
      relationship: contact
        ? {
            strength: contact.statedStrength,
            forms: contact.forms,
            lastContact: contact.lastContact,
            cadenceState: contact.cadenceState,
          }
        : null,
      lastInteraction: last ? { date: last.date, kind: last.kind ?? null, notes: last.notes ?? null } : null,
      sharedInterests,
      sharedGroups,
      knowsWhomYouNeed: knows,
      offers: person.offers ?? [],
      needs: person.needs ?? [],
      opening,
      ask: suggestedAsk(person.name, knows, person.needs ?? [], person.offers ?? []),
    };
  });
}
