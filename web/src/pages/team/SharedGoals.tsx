import { fmtNumber, fmtPercent } from '../../ui/format';
import type { SharedGoal } from './types';

/** The goals a leader chose to share: each one's title and how its stakeholders stand. */
export function SharedGoals({ goals }: { goals: SharedGoal[] }) {
  if (goals.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="goals-title">
      <h2 id="goals-title">Goals shared</h2>
      <ul className="team-list" aria-label="Goals shared">
        {goals.map((g, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two goals may share a title
          <li key={i}>
            <strong>{g.title}</strong>
            <p className="small">
              Support {fmtNumber(g.stanceScore)} (from −1, all opposed, to +1, all champions);{' '}
              {fmtPercent(g.resistantShare)} of the influence is opposed, sceptical or unknown. {g.reachable}{' '}
              of {g.stakeholders} stakeholders within reach.
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
