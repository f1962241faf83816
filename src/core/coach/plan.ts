import { FORMS, type Form } from '../vocabulary.js';
import type { Action } from './actions.js';

export interface WeeklyPlan<A extends Action = Action> {
  week: string;
  budgetMinutes: number;
  minutes: number;
  actions: A[];
  /** Share of the plan's minutes per form, beside the share of the last 90 days' minutes. */
  split: Record<Form, { plan: number; last90Days: number }>;
  /** The share of time the plan aimed for per form. */
  target: Record<Form, number>;
}

/**
 * Picks actions for a week within the time budget (never above it), balancing the three forms:
 * each form aims for a third of the time, and the strategic form for 40 % when it had less
 * than 15 % of the last 90 days. Greedy by score per minute, boosted for forms below target.
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
  let used = 0;
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
    const [a] = left.splice(best, 1);
    chosen.push(a!);
    used += a!.minutes;
    planned[a!.form] += a!.minutes;
    // One action per person a week is enough.
    for (let i = left.length - 1; i >= 0; i--)
      if (left[i]!.people.some((p) => a!.people.includes(p))) left.splice(i, 1);
  }
  const split = {} as WeeklyPlan['split'];
  for (const f of FORMS) split[f] = { plan: used === 0 ? 0 : planned[f] / used, last90Days: pastShare(f) };
  return { week: options.week, budgetMinutes, minutes: used, actions: chosen, split, target };
}
