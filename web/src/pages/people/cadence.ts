// Cadence arithmetic for the people pages. Pure so the list and the person page agree, and so
// the person page can recompute it the moment an interaction is logged.

export type CadenceStatus =
  | { state: 'none' }
  | { state: 'on-track'; dueInDays: number }
  /** `days` is null when the person was never contacted. */
  | { state: 'overdue'; days: number | null };

export type CadenceFilter = 'overdue' | 'on-track' | 'none';

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (ISO dates or date-times; only the date part counts). */
export function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from.slice(0, 10)}T00:00:00Z`);
  const b = Date.parse(`${to.slice(0, 10)}T00:00:00Z`);
  return Math.round((b - a) / DAY_MS);
}

/**
 * Where a relationship stands against its cadence on `today`: overdue once more days than the
 * cadence have passed since the last contact (or when there never was one).
 */
export function cadenceStatus(
  cadenceDays: number | null | undefined,
  lastContact: string | null | undefined,
  today: string,
): CadenceStatus {
  if (!cadenceDays || cadenceDays <= 0) return { state: 'none' };
  if (!lastContact) return { state: 'overdue', days: null };
  const since = Math.max(0, daysBetween(lastContact, today));
  if (since > cadenceDays) return { state: 'overdue', days: since - cadenceDays };
  return { state: 'on-track', dueInDays: cadenceDays - since };
}

export function cadenceLabel(status: CadenceStatus): string {
  switch (status.state) {
    case 'none':
      return 'no cadence set';
    case 'on-track':
      return 'on track';
    case 'overdue':
      if (status.days === null) return 'overdue: never contacted';
      return `overdue by ${status.days} ${status.days === 1 ? 'day' : 'days'}`;
  }
}

/** The newest contact date on or before `today` (future-dated plans are not contact yet). */
export function lastContactOf(dates: readonly string[], today: string): string | null {
  let best: string | null = null;
  for (const d of dates) {
    const day = d.slice(0, 10);
    if (day <= today && (best === null || day > best)) best = day;
  }
  return best;
}

export function isCadenceFilter(v: string | null): v is CadenceFilter {
  return v === 'overdue' || v === 'on-track' || v === 'none';
}
