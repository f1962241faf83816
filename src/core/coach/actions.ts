import type { ActionKind } from '../findings/types.js';
import type { Form } from '../vocabulary.js';

export interface Action {
  /** Stable identity, so the owner can mark it done, dismiss or snooze it. */
  key: string;
  kind: ActionKind;
  people: string[];
  organizations: string[];
  goal: string | null;
  form: Form;
  /** Estimated minutes of the owner's time. */
  minutes: number;
  score: number;
  /** Why, citing the finding or measure behind it. */
  reason: string;
  /** The parts the score is made of (`--explain`): name -> value; score = their product. */
  explain: Record<string, number>;
}

/**
 * An action whose reason may be written only when read (`reasonOf`): suggest weighs tens of
 * thousands of candidates and shows a few, and writing every reason was a twentieth of a run.
 */
export interface Candidate extends Omit<Action, 'reason'> {
  reason: string | (() => string);
}

export function reasonOf(candidate: Candidate): string {
  return typeof candidate.reason === 'string' ? candidate.reason : candidate.reason();
}

/** The candidate as an action, its reason written out. */
export function written(candidate: Candidate): Action {
  return typeof candidate.reason === 'string'
    ? (candidate as Action)
    : { ...candidate, reason: candidate.reason() };
}

/** Typical minutes per action kind (a coffee, a call, a note). */
export const MINUTES: Record<ActionKind, number> = {
  reconnect: 30,
  strengthen: 45,
  introduce: 15,
  ask: 20,
  give: 15,
  reach: 30,
  hook: 60,
  'request-support': 20,
  join: 90,
};

/**
 * Makes V8 lay a string built by concatenation out as one flat string: reading its last
 * character does. Built by a template, a 130-character reason is a tree of a dozen pieces
 * (about 330 bytes); flat, 150 bytes. Tens of thousands of candidate actions live until the
 * moves are merged: their keys, and the reasons given as text rather than left to write, are
 * kept flat.
 */
function flatten(text: string): void {
  text.charCodeAt(text.length - 1);
}

export function makeAction(partial: Omit<Action, 'key' | 'score' | 'minutes'> & { minutes?: number }): Action;
export function makeAction(
  partial: Omit<Candidate, 'key' | 'score' | 'minutes'> & { minutes?: number },
): Candidate;
export function makeAction(
  partial: Omit<Candidate, 'key' | 'score' | 'minutes'> & { minutes?: number },
): Candidate {
  // Built without intermediate arrays: suggest makes tens of thousands of actions at 200,000
  // people. The key joins the kind, people, organisations and goal, leaving out empty ones; the
  // score multiplies the parts in their order, as reducing `Object.values` did.
  let score = 1;
  for (const part in partial.explain) score *= partial.explain[part]!;
  let key: string = partial.kind;
  for (const id of partial.people) if (id) key += `:${id}`;
  for (const id of partial.organizations) if (id) key += `:${id}`;
  if (partial.goal) key += `:${partial.goal}`;
  flatten(key);
  if (typeof partial.reason === 'string') flatten(partial.reason);
  // Every field named, in the order spreading `partial` between them gave: one object with its
  // fields inside, where a spread left most of them in a second, separate block.
  return {
    key,
    minutes: partial.minutes ?? MINUTES[partial.kind],
    kind: partial.kind,
    people: partial.people,
    organizations: partial.organizations,
    goal: partial.goal,
    form: partial.form,
    reason: partial.reason,
    explain: partial.explain,
    score: Math.round(score * 1000) / 1000,
  };
}

/**
 * Whether what the leader recorded for an action still hides it on `asOf`: done and dismissed
 * for good, snoozed until the day it comes back.
 */
export function stillHides(
  mark: { state: string; until?: string | null | undefined },
  asOf: string,
): boolean {
  return mark.state !== 'snoozed' || (mark.until !== undefined && mark.until !== null && mark.until > asOf);
}
