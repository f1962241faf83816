import { type JSX, Suspense, useEffect, useState } from 'react';
import { api } from '../api/client';
import { teamSections } from '../pages/team/paths';
import { SessionProvider, useSession } from '../pages/team/session';
import { TeamAccount } from '../pages/team/TeamAccount';
import { useTeamGate } from '../pages/team/TeamGate';
import { ErrorBanner, Loading } from '../ui/states';
import { Link, useLocation } from './router';
import { routeFor, SECTIONS } from './routes';
import { StatusProvider, useStatus } from './status';
import { Welcome } from './Welcome';

export function App() {
  return (
    <SessionProvider>
      <SignedIn />
    </SessionProvider>
  );
}

/** On a team server each account has a network of its own: its status loads afresh at sign-in. */
function SignedIn() {
  const { account } = useSession();
  return (
    <StatusProvider key={account?.id ?? ''}>
      <Shell />
    </StatusProvider>
  );
}

function Shell() {
  const loc = useLocation();
  const status = useStatus();
  const route = routeFor(loc.path);
  const gate = useTeamGate();
  const { account } = useSession();
  const company = useCompanySection(gate === undefined);

  const title = gate?.title ?? route.title;
  useEffect(() => {
    document.title = `${title} · threefold`;
  }, [title]);

  let content: JSX.Element;
  if (gate) content = gate.content;
  else if (status.error?.code === 'unauthorized') {
    content = (
      <ErrorBanner
        error={new Error('This server needs its access token: open the link `threefold serve` printed.')}
      />
    );
  } else if (status.error) content = <ErrorBanner error={status.error} onRetry={status.reload} />;
  else if (!status.data) content = <Loading />;
  else if (status.data.empty && route.needsData) content = <Welcome />;
  else
    content = (
      <Suspense fallback={<Loading />}>
        <route.Page location={loc} />
      </Suspense>
    );

  return (
    <div className="layout">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link href="/" className="brand" aria-label="threefold overview">
          threefold
        </Link>
        <nav aria-label="Sections">
          <ul>
            {[...SECTIONS, ...(gate ? [] : [...teamSections(account?.role), ...company])].map((s) => (
              <li key={s.href}>
                <Link href={s.href} aria-current={route.section === s.href ? 'page' : undefined}>
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <TeamAccount />
      </header>
      <main id="main">{content}</main>
    </div>
  );
}

/** The Organisation page is in the menu only where the server has organisation data. */
function useCompanySection(ready: boolean): Array<{ href: string; label: string }> {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    api.get<{ available: boolean }>('/company').then(
      (r) => live && setAvailable(r.available),
      () => live && setAvailable(false),
    );
    return () => {
      live = false;
    };
  }, [ready]);
  return available ? [{ href: '/organisation', label: 'Organisation' }] : [];
}
