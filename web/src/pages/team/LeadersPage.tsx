import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Link } from '../../app/router';
import { fmtDate } from '../../ui/format';
import { ErrorBanner, Loading, Page } from '../../ui/states';
import { describeParts, leaderHref, TEAM_PATHS } from './paths';
import type { CoachedLeader } from './types';

/** A coach's leaders: those who share something with them now. */
export function LeadersPage() {
  const leaders = useApi(() => api.get<{ leaders: CoachedLeader[] }>('/coaching'), 'coaching');
  const list = leaders.data?.leaders ?? [];
  return (
    <Page title="My leaders">
      {leaders.error && <ErrorBanner error={leaders.error} onRetry={leaders.reload} />}
      {!leaders.data && leaders.loading && <Loading />}
      {leaders.data && list.length === 0 && (
        <section className="card">
          <p>No leader shares anything with you yet.</p>
          <p className="muted small">
            A leader chooses what to share from their Sharing page, with your e-mail address.{' '}
            <Link href={TEAM_PATHS.invite}>Invite a leader</Link> who has no account yet.
          </p>
        </section>
      )}
      {list.length > 0 && (
        <ul className="team-list" aria-label="Leaders who share with you">
          {list.map((l) => (
            <li key={l.id} className="card team-item">
              <div>
                <Link href={leaderHref(l.id)}>
                  <strong>{l.name}</strong>
                </Link>{' '}
                <span className="muted small">{l.email}</span>
                <p className="small">
                  Shares {describeParts(l.parts, l.goals)}, since {fmtDate(l.since)}.
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
