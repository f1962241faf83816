import { FORM_LABEL, fmtDate, fmtNumber } from '../../ui/format';
import { humanize } from '../overview/findings';
import type { SharedPlan } from './types';

/** What a kind of move is, in words (the plan's own headline names people, so it shows only with names). */
const KIND_LABEL: Record<string, string> = {
  reconnect: 'Reconnect with someone gone quiet',
  strengthen: 'One-to-one time to strengthen a tie',
  introduce: 'Introduce two people',
  ask: 'Ask someone for a view',
  give: 'Give someone something useful',
  reach: 'Ask for an introduction',
  hook: 'Meet over a shared interest',
  'request-support': 'Ask a stakeholder for support',
  join: 'Join a group or community',
};

const kindLabel = (kind: string) => KIND_LABEL[kind] ?? humanize(kind).replace(/^./, (c) => c.toUpperCase());

export function SharedPlanCard({ plan }: { plan: SharedPlan }) {
  return (
    <section className="card stack" aria-labelledby="plan-title">
      <h2 id="plan-title">This week's plan</h2>
      <p className="muted small">
        Week of {fmtDate(plan.week)}: {fmtNumber(plan.minutes)} of {fmtNumber(plan.budgetMinutes)} minutes
        planned.
      </p>
      {plan.moves.length === 0 ? (
        <p className="muted">No moves planned this week.</p>
      ) : (
        <ol className="team-moves" aria-label="Moves">
          {plan.moves.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: moves have no identity a coach may see
            <li key={i}>
              <strong>{m.headline ?? kindLabel(m.kind)}</strong>{' '}
              <span className="row small">
                {m.form && <span className={`badge ${m.form}`}>{FORM_LABEL[m.form] ?? m.form}</span>}
                <span className="muted">
                  {fmtNumber(m.minutes)} min
                  {m.people > 0 ? ` · ${fmtNumber(m.people)} ${m.people === 1 ? 'person' : 'people'}` : ''}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
