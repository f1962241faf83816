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

export function makeAction(
  partial: Omit<Action, 'key' | 'score' | 'minutes'> & { minutes?: number },
): Action {
  const score = Object.values(partial.explain).reduce((p, x) => p * x, 1);
  return {
    key: [partial.kind, ...partial.people, ...partial.organizations, partial.goal ?? '']
      .filter(Boolean)
      .join(':'),
    minutes: partial.minutes ?? MINUTES[partial.kind],
    ...partial,
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
