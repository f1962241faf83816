import { formPercentages } from '../analysis/form-shares.js';
import { attendeeId } from '../analysis/interaction-table.js';
import { interactionForms } from '../analysis/measures.js';
import { DAY_MS, isoDay, toMs } from '../analysis/time.js';
import type { NetworkView } from '../analysis/view.js';
import { FORMS, type Form } from '../vocabulary.js';

/** What the interaction history says about one period. */
export interface PeriodActivity {
  from: string;
  to: string;
  interactions: number;
  minutes: number;
  /** Minutes per form (an interaction serving several forms splits its minutes). */
  minutesByForm: Record<Form, number>;
  /** Whole percentages of the minutes per form, adding up to 100 (0s without any). */
  percentByForm: Record<Form, number>;
  gave: number;
  received: number;
  /** Requests the leader made. */
  asked: number;
  introductions: number;
  /** Different people one was in touch with. */
  people: number;
}

/** A review computed from the interaction history: no snapshot needed, any period. */
export interface HistoryReview {
  period: PeriodActivity;
  /** The period of the same length just before, to compare with. */
  before: PeriodActivity;
  /** Relationships whose first contact (or stated start) falls in the period. */
  newTies: string[];
  /** In touch before the period, not in it, and now past their cadence. */
  lostTies: string[];
  /** In touch at least twice before the period and less than half as often in it. */
  weakerTies: Array<{ person: string; before: number; now: number }>;
  /** Interactions in the period against the period before (1 = unchanged; null without a before). */
  activityRatio: number | null;
}

const EMPTY = (): Record<Form, number> => ({ operational: 0, personal: 0, strategic: 0 });

/** Interactions in (fromMs, toMs], counted from the view's parsed dates. */
function activity(
  view: NetworkView,
  fromMs: number,
  toMs_: number,
): PeriodActivity & { byPerson: Map<string, number> } {
  const table = view.interactions;
  const minutesByForm = EMPTY();
  const byPerson = new Map<string, number>();
  const out = { interactions: 0, minutes: 0, gave: 0, received: 0, asked: 0, introductions: 0 };
  for (let i = 0; i < table.length; i++) {
    const t = view.interactionMs(i);
    if (t <= fromMs || t > toMs_ || t > view.asOfMs) continue;
    const minutes = table.minutes(i) ?? 30;
    out.interactions++;
    out.minutes += minutes;
    const served = interactionForms(view, i);
    for (const f of served) minutesByForm[f] += minutes / served.length;
    const direction = table.direction(i);
    if (direction === 'gave') out.gave++;
    if (direction === 'received') out.received++;
    if (table.kind(i) === 'request') out.asked++;
    if (table.kind(i) === 'introduction') out.introductions++;
    for (let a = table.attendeeStart[i]!; a < table.attendeeStart[i + 1]!; a++) {
      const id = attendeeId(table, view.network.people, a);
      byPerson.set(id, (byPerson.get(id) ?? 0) + 1);
    }
  }
  for (const f of FORMS) minutesByForm[f] = Math.round(minutesByForm[f]);
  return {
    from: isoDay(fromMs + DAY_MS),
    to: isoDay(toMs_),
    ...out,
    minutesByForm,
    percentByForm: formPercentages(minutesByForm),
    people: byPerson.size,
    byPerson,
  };
}

/**
 * The review of `from` (inclusive) to the view's `asOf`, from the interaction history alone,
 * compared with the period of the same length before it.
 */
export function reviewFromHistory(view: NetworkView, from: string): HistoryReview {
  const end = view.asOfMs;
  const start = toMs(from) - 1; // `from` itself belongs to the period
  const length = Math.max(DAY_MS, end - start);
  const now = activity(view, start, end);
  const prev = activity(view, start - length, start);
  const newTies = view.contacts
    .filter((c) => {
      const since = c.relationship.since;
      if (since !== undefined) return toMs(since) > start && toMs(since) <= end;
      const numbers = view.interactionsOf.numbersAt(c.node);
      return (
        numbers.length > 0 &&
        view.interactionMs(numbers[0]!) > start &&
        view.interactionMs(numbers[0]!) <= end
      );
    })
    .map((c) => c.id);
  const lostTies = view.contacts
    .filter((c) => (prev.byPerson.get(c.id) ?? 0) > 0 && !now.byPerson.has(c.id) && c.lapsed)
    .map((c) => c.id);
  const weakerTies = view.contacts
    .map((c) => ({ person: c.id, before: prev.byPerson.get(c.id) ?? 0, now: now.byPerson.get(c.id) ?? 0 }))
    .filter((x) => x.before >= 2 && x.now > 0 && x.now < x.before / 2);
  const strip = ({ byPerson: _b, ...rest }: PeriodActivity & { byPerson: unknown }): PeriodActivity => rest;
  return {
    period: strip(now),
    before: strip(prev),
    newTies,
    lostTies,
    weakerTies,
    activityRatio:
      prev.interactions === 0 ? null : Math.round((now.interactions / prev.interactions) * 100) / 100,
  };
}

/**
 * Snapshots fit for a trend: one per day (the latest of a day stands for it), in date order.
 * Two snapshots taken on one day say nothing about change.
 */
export function onePerDay<S extends { asOf: string }>(snapshots: readonly S[]): S[] {
  const byDay = new Map<string, S>();
  for (const s of snapshots) byDay.set(s.asOf.slice(0, 10), s);
  return [...byDay.values()].sort((a, b) => a.asOf.localeCompare(b.asOf));
}
