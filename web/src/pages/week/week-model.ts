// Pure helpers for the week page: which actions are still open, which were handled.
import type { CoachAction } from '../../api/types';

export type HandledState = 'done' | 'dismissed' | 'snoozed';

export interface Handled {
  state: HandledState;
  until?: string;
}

export interface WeeklyPlan {
  week: string;
  budgetMinutes: number;
  minutes: number;
  actions: CoachAction[];
  split: Record<string, { plan: number; last90Days: number }>;
  target: Record<string, number>;
  /** One question for the week, chosen from what the network shows (none for an empty one). */
  reflection?: { question: string } | null;
  /** The names of the people and goals its actions refer to, by id. */
  names?: MoveNames;
}

export interface Suggestions {
  asOf: string;
  actions: CoachAction[];
  names?: MoveNames;
}

export interface MoveNames {
  people: Record<string, string>;
  goals: Record<string, string>;
}

/** The names both answers carry, as the action items read them. */
export function namesOf(...answers: ({ names?: MoveNames } | undefined)[]) {
  const people = new Map<string, string>();
  const goals = new Map<string, string>();
  for (const a of answers) {
    for (const [id, name] of Object.entries(a?.names?.people ?? {})) people.set(id, name);
    for (const [id, title] of Object.entries(a?.names?.goals ?? {})) goals.set(id, title);
  }
  return { people, goals };
}

export const STATE_LABEL: Record<HandledState, string> = {
  done: 'Done',
  dismissed: 'Dismissed',
  snoozed: 'Snoozed',
};

/** YYYY-MM-DD plus `days`, in UTC so a date never shifts with the time zone. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * What the user did with each action: the server's record (from suggest) overlaid with this
 * session's clicks, so a click moves the action at once without waiting for a reload.
 */
export function handledStates(
  suggested: readonly CoachAction[],
  local: ReadonlyMap<string, Handled>,
): Map<string, Handled> {
  const out = new Map<string, Handled>();
  for (const a of suggested) {
    if (a.state !== 'open') {
      const until = typeof a.until === 'string' ? a.until : undefined;
      out.set(a.key, until ? { state: a.state, until } : { state: a.state });
    }
  }
  for (const [k, v] of local) out.set(k, v);
  return out;
}

export interface WeekLists {
  plan: CoachAction[];
  more: CoachAction[];
  handled: (CoachAction & { handled: Handled })[];
}

/**
 * Splits actions into the plan still to do, further open suggestions (not already in the plan),
 * and the handled ones (each once, plan first).
 */
export function weekLists(
  plan: readonly CoachAction[],
  suggested: readonly CoachAction[],
  handled: ReadonlyMap<string, Handled>,
): WeekLists {
  const inPlan = new Set(plan.map((a) => a.key));
  const seen = new Set<string>();
  const out: WeekLists = { plan: [], more: [], handled: [] };
  for (const a of [...plan, ...suggested]) {
    if (seen.has(a.key)) continue;
    seen.add(a.key);
    const h = handled.get(a.key);
    if (h) out.handled.push({ ...a, handled: h });
    else if (inPlan.has(a.key)) out.plan.push(a);
    else out.more.push(a);
  }
  return out;
}

/** The Monday of the week `iso` falls in (weeks run Monday to Sunday). */
export function weekStart(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return addDays(iso.slice(0, 10), -((d.getUTCDay() + 6) % 7));
}

/** Whether two dates (or date-times) fall in the same week. */
export function sameWeek(a: string, b: string): boolean {
  return weekStart(a) === weekStart(b);
}

/** What marking an action done records: the interaction it was, and the introduction made. */
export interface DoneRecord {
  outcome?: { people: string[]; kind?: string; minutes?: number; direction?: 'gave' };
  introduced?: [string, string];
}

const KIND_OF: Record<string, string> = {
  reconnect: 'meeting',
  strengthen: 'meeting',
  ask: 'request',
  'request-support': 'request',
  give: 'favor',
  introduce: 'introduction',
};

/**
 * Done means the leader did it: the interaction is logged with the people and the minutes of
 * the action (so the cadence moves), and an introduction of two people records that they now
 * know each other. An action with nobody to meet yet (reach someone through a chain, join a
 * group) records nothing but the mark.
 */
export function doneRecord(action: CoachAction): DoneRecord {
  const people = action.people ?? [];
  const kind = KIND_OF[action.kind];
  if (!kind || people.length === 0) return {};
  const outcome: DoneRecord['outcome'] = {
    people: [...people],
    kind,
    ...(typeof action.minutes === 'number' ? { minutes: action.minutes } : {}),
    ...(action.kind === 'give' ? { direction: 'gave' as const } : {}),
  };
  return action.kind === 'introduce' && people.length === 2
    ? { outcome, introduced: [people[0]!, people[1]!] }
    : { outcome };
}
