import { useEffect, useState } from 'react';

/**
 * The week's budget and date. Typing updates the field at once and the plan after a short pause,
 * so each keystroke does not recompute the plan.
 */
export function BudgetForm({
  budget,
  week,
  onChange,
}: {
  budget: number;
  week: string;
  onChange: (next: { budget: number; week: string }) => void;
}) {
  const [text, setText] = useState(String(budget));
  useEffect(() => setText(String(budget)), [budget]);
  useEffect(() => {
    const n = Number(text);
    if (text === '' || !Number.isInteger(n) || n < 0 || n > 10080 || n === budget) return;
    const t = setTimeout(() => onChange({ budget: n, week }), 400);
    return () => clearTimeout(t);
  }, [text, budget, week, onChange]);
  const invalid =
    text !== '' && !(Number.isInteger(Number(text)) && Number(text) >= 0 && Number(text) <= 10080);
  return (
    <form className="row wk-form" onSubmit={(e) => e.preventDefault()}>
      <label>
        Minutes this week
        <input
          type="number"
          min={0}
          max={10080}
          step={5}
          inputMode="numeric"
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'budget-error' : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <label>
        Week of
        <input
          type="date"
          value={week}
          onChange={(e) => e.target.value && onChange({ budget, week: e.target.value })}
        />
      </label>
      {invalid && (
        <p id="budget-error" className="small wk-invalid">
          Enter whole minutes from 0 to 10080.
        </p>
      )}
    </form>
  );
}
