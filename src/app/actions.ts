import { invalidInput } from '../errors.js';
import type { ActionState, ActionStateName, NetworkStore } from './port.js';

export const ACTION_STATES = ['done', 'dismissed', 'snoozed'] as const;

/** Records what the leader did with a suggested action; a snooze needs the date it comes back. */
export async function markAction(
  store: NetworkStore,
  mark: { key: string; state: ActionStateName; at: string; until?: string | undefined },
): Promise<ActionState> {
  if (!ACTION_STATES.includes(mark.state))
    throw invalidInput(`state: "${mark.state}" is not done, dismissed or snoozed`, [
      { path: 'state', message: 'one of done, dismissed, snoozed' },
    ]);
  if (mark.state === 'snoozed' && !mark.until)
    throw invalidInput('until: a snoozed action needs the date it comes back', [
      { path: 'until', message: 'required for snoozed' },
    ]);
  return store.setActionState({
    key: mark.key,
    state: mark.state,
    at: mark.at,
    ...(mark.state === 'snoozed' ? { until: mark.until } : {}),
  });
}

/** Makes an action open again (undo of done, dismissed or snoozed). */
export function reopenAction(store: NetworkStore, key: string): Promise<void> {
  return store.clearActionState(key);
}

/** Whether a recorded state still hides its action on `asOf`: a snooze ends on its date. */
export function stillHides(state: ActionState, asOf: string): boolean {
  return state.state !== 'snoozed' || (state.until !== undefined && state.until > asOf);
}

/** The keys of the actions to leave out of suggestions and plans on `asOf`. */
export async function hiddenActions(store: NetworkStore, asOf: string): Promise<Set<string>> {
  return new Set((await store.actionStates()).filter((s) => stillHides(s, asOf)).map((s) => s.key));
}
