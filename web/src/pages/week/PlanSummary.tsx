import { FORM_COLOR, FORM_LABEL, FORMS, fmtNumber, fmtPercent } from '../../ui/format';
import type { WeeklyPlan } from './week-model';

/** Minutes planned against the budget, and how the plan shares time across the forms. */
export function PlanSummary({ plan, doneMinutes }: { plan: WeeklyPlan; doneMinutes: number }) {
  const used = plan.budgetMinutes === 0 ? 0 : Math.min(1, plan.minutes / plan.budgetMinutes);
  return (
    <div className="grid grid-2 wk-summary">
      <div>
        <p className="wk-big">
          <strong className="num">{fmtNumber(plan.minutes)}</strong> of {fmtNumber(plan.budgetMinutes)}{' '}
          minutes planned
        </p>
        <div className="meter" aria-hidden="true">
          <span className="wk-used" style={{ width: `${used * 100}%` }} />
        </div>
        <p className="muted small">
          {fmtNumber(doneMinutes)} minutes done so far. The plan never goes over the budget and gives each
          form its share.
        </p>
      </div>
      <div className="wk-balance-wrap">
        <table className="wk-balance">
          <caption className="small muted">Balance across the forms</caption>
          <thead>
            <tr>
              <th scope="col">Form</th>
              <th scope="col" className="num">
                This plan
              </th>
              <th scope="col" className="num">
                Last 90 days
              </th>
              <th scope="col" className="num">
                Aim
              </th>
            </tr>
          </thead>
          <tbody>
            {FORMS.map((f) => (
              <tr key={f}>
                <th scope="row">
                  <span className="wk-dot" style={{ background: FORM_COLOR[f] }} aria-hidden="true" />
                  {FORM_LABEL[f]}
                </th>
                <td className="num">{fmtPercent(plan.split[f]?.plan)}</td>
                <td className="num">{fmtPercent(plan.split[f]?.last90Days)}</td>
                <td className="num">{fmtPercent(plan.target[f])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
