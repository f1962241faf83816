import { formPercentages } from '../analysis/form-shares.js';
import { FORMS, type Form } from '../vocabulary.js';
import type { Action } from './actions.js';

export interface WeeklyPlan<A extends Action = Action> {
  week: string;
  budgetMinutes: number;
  minutes: number;
  actions: A[];
  /** Share of the plan's minutes per form, beside the share of the last 90 days' minutes. */
  split: Record<Form, { plan: number; last90Days: number }>;
  /** The same in whole percentages that add up to 100 (as `assess` shows them). */
  percent: Record<Form, { plan: number; last90Days: number }>;
  /** The share of time the plan aimed for per form. */
  target: Record<Form, number>;
  /** What the plan could not do, in plain words (a budget too small for every form). */
  notes: string[];
}

/**
 * Picks actions for a week within the time budget (never above it), balancing the three forms:
 * each form aims for a third of the time, and the strategic form for 40 % when it had less
 * than 15 % of the last 90 days. First every form that has a move gets one (the best that
 * leaves room for the others' cheapest), when the budget holds them all; then greedy by score
 * per minute, boosted for forms below target. One action per person a week.
 * `minutesByForm` weighs the recent past: minutes, or shares of them.
 */
export function plan<A extends Action>(
  actions: readonly A[],
  options: { week: string; budgetMinutes: number; minutesByForm: Record<Form, number> },
): WeeklyPlan<A> {
  const { budgetMinutes } = options;
  const past = FORMS.reduce((a, f) => a + options.minutesByForm[f], 0);
  const pastShare = (f: Form) => (past === 0 ? 0 : options.minutesByForm[f] / past);
  const strategicUnderUsed = pastShare('strategic') < 0.15;
  const target: Record<Form, number> = strategicUnderUsed
    ? { operational: 0.3, personal: 0.3, strategic: 0.4 }
    : { operational: 1 / 3, personal: 1 / 3, strategic: 1 / 3 };
  const planned: Record<Form, number> = { operational: 0, personal: 0, strategic: 0 };
  const chosen: A[] = [];
  const left = [...actions];
  const notes: string[] = [];
  let used = 0;
  const take = (i: number) => {
    const [a] = left.splice(i, 1);
    chosen.push(a!);
    used += a!.minutes;
    planned[a!.form] += a!.minutes;
    for (let j = left.length - 1; j >= 0; j--)
      if (left[j]!.people.some((p) => a!.people.includes(p))) left.splice(j, 1);
  };

  // Every form's cheapest move, most under-used form first.
  const cheapest = (f: Form) =>
    left.reduce((m, a) => (a.form === f && a.minutes < m ? a.minutes : m), Number.POSITIVE_INFINITY);
  const forms = FORMS.filter((f) => Number.isFinite(cheapest(f))).sort(
    (a, b) => pastShare(a) - target[a] - (pastShare(b) - target[b]),
  );
  const floor = forms.reduce((s, f) => s + cheapest(f), 0);
  if (floor <= budgetMinutes) {
    for (let k = 0; k < forms.length; k++) {
      const rest = forms.slice(k + 1).reduce((s, f) => s + cheapest(f), 0);
      let best = -1;
      for (let i = 0; i < left.length; i++) {
        const a = left[i]!;
        if (a.form !== forms[k] || used + a.minutes + rest > budgetMinutes) continue;
        if (best < 0 || a.score / Math.sqrt(a.minutes) > left[best]!.score / Math.sqrt(left[best]!.minutes))
          best = i;
      }
      if (best >= 0) take(best);
    }
  } else {
    const missing = forms.filter((f) => !(cheapest(f) <= budgetMinutes));
    notes.push(
      `${budgetMinutes} minutes cannot hold a move for each form: the cheapest moves take ${forms
        .map((f) => `${cheapest(f)} minutes (${f})`)
        .join(
          ', ',
        )}. ${missing.length ? `Nothing fits for the ${missing.join(' and ')} network. ` : ''}Set aside ${floor} minutes to touch all three.`,
    );
  }
  for (const f of FORMS)
    if (!forms.includes(f)) notes.push(`Nothing to suggest for the ${f} network this week.`);

  for (;;) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < left.length; i++) {
      const a = left[i]!;
      if (used + a.minutes > budgetMinutes) continue;
      const share = used === 0 ? 0 : planned[a.form] / used;
      const boost = 1 + 3 * Math.max(0, target[a.form] - share);
      const value = (a.score * boost) / Math.sqrt(a.minutes);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    take(best);
  }
  const split = {} as WeeklyPlan['split'];
  for (const f of FORMS) split[f] = { plan: used === 0 ? 0 : planned[f] / used, last90Days: pastShare(f) };
  const planPct = formPercentages(planned);
  const pastPct = formPercentages(options.minutesByForm);
  const percent = {} as WeeklyPlan['percent'];
  for (const f of FORMS) percent[f] = { plan: planPct[f], last90Days: pastPct[f] };
  return { week: options.week, budgetMinutes, minutes: used, actions: chosen, split, percent, target, notes };
}
