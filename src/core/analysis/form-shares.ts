import { FORMS, type Form } from '../vocabulary.js';

/**
 * Whole percentages of time per form that add up to exactly 100 (largest remainder), or all 0
 * when no time was spent: the one way `assess`, `plan` and the web state time shares, so they
 * never disagree nor sum to 99 or 101.
 */
export function formPercentages(minutes: Readonly<Record<Form, number>>): Record<Form, number> {
  const total = FORMS.reduce((a, f) => a + Math.max(0, minutes[f]), 0);
  const out = { operational: 0, personal: 0, strategic: 0 } as Record<Form, number>;
  if (total <= 0) return out;
  const exact = FORMS.map((f) => ({ f, x: (Math.max(0, minutes[f]) / total) * 100 }));
  let left = 100;
  for (const { f, x } of exact) {
    out[f] = Math.floor(x);
    left -= out[f];
  }
  const byRemainder = [...exact].sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)));
  for (let i = 0; i < left; i++) out[byRemainder[i]!.f]++;
  return out;
}
