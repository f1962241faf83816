import { stillHides } from '../core/coach/actions.js';
import { invalidInput } from '../errors.js';
import type { ActionState, ActionStateName, NetworkStore } from './port.js';
import { addRecord, keyOf } from './records.js';

export const ACTION_STATES = ['done', 'dismissed', 'snoozed'] as const;

/**
 * Records what the leader did with a suggested move; a snooze needs the date it comes back.
 * `also`: the keys of the candidates merged into the move, marked with it, so that the same
 * person does not come back under another kind of action.
 */
export async function markAction(
  store: NetworkStore,
  mark: {
    key: string;
    also?: readonly string[] | undefined;
    state: ActionStateName;
    at: string;
    until?: string | undefined;
  },
): Promise<ActionState> {
  if (!ACTION_STATES.includes(mark.state))
    throw invalidInput(`state: "${mark.state}" is not done, dismissed or snoozed`, [
      { path: 'state', message: 'one of done, dismissed, snoozed' },
    ]);
  if (mark.state === 'snoozed' && !mark.until)
    throw invalidInput('until: a snoozed action needs the date it comes back', [
      { path: 'until', message: 'required for snoozed' },
    ]);
  const state = (key: string) => ({
    key,
    state: mark.state,
    at: mark.at,
    ...(mark.state === 'snoozed' ? { until: mark.until } : {}),
  });
  for (const key of mark.also ?? []) if (key !== mark.key) await store.setActionState(state(key));
  return store.setActionState(state(mark.key));
}

/** Makes an action open again (undo of done, dismissed or snoozed). */
export function reopenAction(store: NetworkStore, key: string): Promise<void> {
  return store.clearActionState(key);
}

export { stillHides };

/** The keys of the actions to leave out of suggestions and plans on `asOf`. */
export async function hiddenActions(store: NetworkStore, asOf: string): Promise<Set<string>> {
  return new Set((await store.actionStates()).filter((s) => stillHides(s, asOf)).map((s) => s.key));
}

/** What happened when the leader did a suggested action: the interaction it was. */
export interface ActionOutcome {
  date: string;
  people: readonly string[];
  kind?: string | undefined;
  minutes?: number | undefined;
  direction?: 'gave' | 'received' | 'mutual' | undefined;
  /** What came of it and the next step, in the leader's words. */
  notes?: string | undefined;
}

/**
 * Done, with what happened: the interaction is logged (so the cadence and the diagnosis move),
 * an introduction made adds the tie between the two people it introduced (so it is not proposed
 * again), then the action is marked done. Each step is its own write; the mark comes last, so
 * an action is never marked done without what was recorded for it.
 */
export async function completeAction(
  store: NetworkStore,
  done: {
    key: string;
    also?: readonly string[] | undefined;
    at: string;
    outcome?: ActionOutcome;
    introduced?: readonly [string, string];
  },
): Promise<{ state: ActionState; interaction?: string; tie?: { a: string; b: string } }> {
  let interaction: string | undefined;
  let tie: { a: string; b: string } | undefined;
  if (done.outcome) {
    const { date, people, ...rest } = done.outcome;
    const fields = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    const logged = await addRecord(store, 'interactions', { date, people: [...people], ...fields });
    interaction = String(logged.record.id);
  }
  if (done.introduced) {
    const [a, b] = done.introduced;
    if (a === b) throw invalidInput('introduced: an introduction joins two different people');
    if (!(await store.get('ties', keyOf('ties', { a, b })))) {
      await addRecord(store, 'ties', { a, b, strength: 2, source: 'stated' });
    }
    tie = { a, b };
  }
  const state = await markAction(store, { key: done.key, also: done.also, state: 'done', at: done.at });
  return { state, ...(interaction ? { interaction } : {}), ...(tie ? { tie } : {}) };
}
