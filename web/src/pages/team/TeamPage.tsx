import type { PageProps } from '../../app/routes';
import { Page } from '../../ui/states';
import { InvitePage } from './InvitePage';
import { LeaderPage } from './LeaderPage';
import { LeadersPage } from './LeadersPage';
import { ProgrammePage } from './ProgrammePage';
import { ProgrammesPage } from './ProgrammesPage';
import { TEAM_PATHS } from './paths';
import { SharingPage } from './SharingPage';
import { useSession } from './session';
import './team.css';

/** The team pages (one chunk): each for the roles it serves, in plain words for any other. */
export function TeamPage({ location }: PageProps) {
  const { account } = useSession();
  const path = location.path;
  if (!account) return <OnlyFor title="Team" who="people signed in to a team server" />;
  if (path === TEAM_PATHS.invite) return <InvitePage account={account} />;
  if (path === TEAM_PATHS.sharing)
    return account.role === 'leader' ? <SharingPage /> : <OnlyFor title="Sharing" who="leaders" />;
  if (path === TEAM_PATHS.programmes)
    return account.role === 'coach' ? (
      <OnlyFor title="Programmes" who="programme admins and their leaders" />
    ) : (
      <ProgrammesPage account={account} />
    );
  if (path.startsWith(`${TEAM_PATHS.programmes}/`)) {
    if (account.role !== 'admin') return <OnlyFor title="Programme" who="the admin who runs it" />;
    const id = decodeURIComponent(path.slice(TEAM_PATHS.programmes.length + 1));
    return <ProgrammePage key={id} id={id} job={location.params.get('job') ?? undefined} />;
  }
  if (account.role !== 'coach') return <OnlyFor title="My leaders" who="coaches" />;
  if (path === TEAM_PATHS.leaders) return <LeadersPage />;
  const id = decodeURIComponent(path.slice(TEAM_PATHS.leaders.length + 1));
  return <LeaderPage key={id} id={id} />;
}

function OnlyFor({ title, who }: { title: string; who: string }) {
  return (
    <Page title={title}>
      <p>This page is for {who}.</p>
    </Page>
  );
}
