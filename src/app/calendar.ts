import { hiddenActions } from './actions.js';
import { coachInput, weekPlan } from './analysis.js';
import type { NetworkStore } from './port.js';

/** One all-day entry of the reminders calendar. */
export interface ReminderEvent {
  /** Stable across refreshes, so a calendar app updates an entry instead of adding another. */
  uid: string;
  date: string;
  summary: string;
  description: string;
  /** The people it is about, with their e-mail when known (shown as attendees). */
  people: Array<{ name: string; email?: string | undefined }>;
}

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * What a leader's calendar app shows from threefold, sending nothing anywhere: the moves of this
 * week's plan (on today) and each relationship's next contact by its cadence (on the day it is
 * due, or today when it is past). The app subscribes to the feed and asks for it again.
 */
export async function reminders(
  store: NetworkStore,
  options: { today: string; budgetMinutes?: number },
): Promise<ReminderEvent[]> {
  const context = await coachInput(store, options.today);
  const { view } = context;
  const nameOf = (id: string) => view.people.get(id)?.name ?? id;
  // Each entry's people by id until their e-mails are read, at the end.
  const events: Array<Omit<ReminderEvent, 'people'> & { people: string[] }> = [];
  // The moves of this week's plan, as the plan page and `threefold plan` give them.
  const week = weekPlan(context, await hiddenActions(store, options.today), {
    week: options.today,
    budgetMinutes: options.budgetMinutes ?? 180,
  });
  for (const a of week.actions) {
    events.push({
      uid: `move-${a.key}`,
      date: options.today,
      summary: `${a.headline} (${a.minutes} min)`,
      description: a.reason,
      people: a.people,
    });
  }
  for (const c of view.contacts) {
    // Only relationships with a contact logged have a next one due; the others are for the plan.
    if (!c.lastContact || c.cadenceState === 'ok' || c.cadenceState === 'unknown') continue;
    const due = addDays(c.lastContact.slice(0, 10), c.cadenceDays);
    events.push({
      uid: `follow-up-${c.id}`,
      date: due > options.today ? due : options.today,
      summary: `Follow up with ${nameOf(c.id)}`,
      description: `Last contact ${c.lastContact.slice(0, 10)}; you aim for every ${c.cadenceDays} days.`,
      people: [c.id],
    });
  }
  // The analysis reads no contact details: the e-mails of the people listed are read here, by id.
  const emails = await store.personEmails(events.flatMap((e) => e.people));
  return events.map(({ people, ...event }) => ({
    ...event,
    people: people.map((id) => ({ name: nameOf(id), email: emails.get(id)?.[0] })),
  }));
}
