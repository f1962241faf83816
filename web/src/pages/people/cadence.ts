// How a relationship stands against its cadence, as the core computes it (the assessment's
// `cadence` of each person: ok, due, overdue, dormant, or unknown when nothing was ever logged).
// The web only words it: it never recomputes the bands, so every page says what `assess` says.
import type { AssessCadence } from './types';

export type CadenceStatus =
  | { state: 'none' }
  | { state: 'unknown' }
  | { state: 'ok' | 'due'; dueInDays: number }
  | { state: 'overdue'; days: number }
  /** `daysSince` is null when there was never contact. */
  | { state: 'dormant'; daysSince: number | null };

export type CadenceFilter = 'overdue' | 'on-track' | 'none';

/** The status of a person's relationship from the core's cadence (null: no relationship). */
export function cadenceStatus(cadence: AssessCadence | null | undefined): CadenceStatus {
  if (!cadence) return { state: 'none' };
  const since = cadence.daysSinceContact;
  switch (cadence.state) {
    case 'unknown':
      return { state: 'unknown' };
    case 'dormant':
      return { state: 'dormant', daysSince: since };
    case 'overdue':
      return { state: 'overdue', days: Math.max(0, (since ?? 0) - cadence.days) };
    default:
      return { state: cadence.state, dueInDays: Math.max(0, cadence.days - (since ?? 0)) };
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function cadenceLabel(status: CadenceStatus): string {
  switch (status.state) {
    case 'none':
      return 'no relationship recorded';
    case 'unknown':
      return 'no contact logged yet';
    case 'ok':
      return 'on track';
    case 'due':
      return status.dueInDays === 0 ? 'due today' : `due in ${plural(status.dueInDays, 'day')}`;
    case 'overdue':
      return `overdue by ${plural(status.days, 'day')}`;
    case 'dormant':
      return status.daysSince === null
        ? 'gone quiet: never contacted'
        : `gone quiet: ${plural(status.daysSince, 'day')} since the last contact`;
  }
}

/** Whether the status asks for attention (shown as a warning). */
export function needsAttention(status: CadenceStatus): boolean {
  return status.state === 'overdue' || status.state === 'dormant';
}

/** The list filter a status falls under. */
export function cadenceFilterOf(status: CadenceStatus): CadenceFilter {
  if (needsAttention(status)) return 'overdue';
  if (status.state === 'ok' || status.state === 'due') return 'on-track';
  return 'none';
}

export function isCadenceFilter(v: string | null): v is CadenceFilter {
  return v === 'overdue' || v === 'on-track' || v === 'none';
}
