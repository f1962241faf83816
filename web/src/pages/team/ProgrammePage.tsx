import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Link } from '../../app/router';
import { ErrorBanner, Loading, Page } from '../../ui/states';
import { CohortSection } from './CohortSection';
import { PeerGroupsSection } from './PeerGroupsSection';
import { ProgrammeInvite } from './ProgrammeInvite';
import { TEAM_PATHS } from './paths';
import type { ProgrammeSummary } from './types';

/** One programme, for the admin who runs it: invitations, the cohort as a whole, peer groups. */
export function ProgrammePage({ id, job }: { id: string; job: string | undefined }) {
  const programmes = useApi(() => api.get<{ programmes: ProgrammeSummary[] }>('/programmes'), 'programmes');
  const programme = programmes.data?.programmes.find((p) => p.id === id);
  if (programmes.error)
    return (
      <Page title="Programme">
        <ErrorBanner error={programmes.error} onRetry={programmes.reload} />
      </Page>
    );
  if (!programmes.data)
    return (
      <Page title="Programme">
        <Loading />
      </Page>
    );
  if (!programme)
    return (
      <Page title="No such programme">
        <p>You run no programme at this address.</p>
        <p>
          <Link href={TEAM_PATHS.programmes}>Back to your programmes</Link>
        </p>
      </Page>
    );
  return (
    <Page title={programme.name}>
      <div className="stack">
        <p className="muted">
          {programme.leaders} {programme.leaders === 1 ? 'leader takes' : 'leaders take'} part.{' '}
          <Link href={TEAM_PATHS.programmes}>All your programmes</Link>
        </p>
        <ProgrammeInvite programme={programme} />
        <CohortSection programme={programme} job={job} />
        <PeerGroupsSection programme={programme} />
      </div>
    </Page>
  );
}
