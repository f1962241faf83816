import type { Goal } from '../../api/types';
import { goalHref, Link } from '../../app/router';
import { fmtDate } from '../../ui/format';

/** The goals as links (goalHref), the selected one marked for assistive technology too. */
export function GoalList({ goals, selected }: { goals: Goal[]; selected: string | undefined }) {
  return (
    <ul className="goal-list" aria-label="Your goals">
      {goals.map((g) => (
        <li key={g.id}>
          <Link
            href={goalHref(g.id)}
            aria-current={g.id === selected ? 'true' : undefined}
            className={g.id === selected ? 'current' : undefined}
          >
            <span className="goal-name">{g.title}</span>
            <span className="muted small">
              {g.due ? `due ${fmtDate(g.due)}` : 'no due date'} · {(g.stakeholders ?? []).length} stakeholders
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
