import { type JSX, Suspense, useEffect } from 'react';
import { ErrorBanner, Loading } from '../ui/states';
import { Link, useLocation } from './router';
import { routeFor, SECTIONS } from './routes';
import { StatusProvider, useStatus } from './status';
import { Welcome } from './Welcome';

export function App() {
  return (
    <StatusProvider>
      <Shell />
    </StatusProvider>
  );
}

function Shell() {
  const loc = useLocation();
  const status = useStatus();
  const route = routeFor(loc.path);

  useEffect(() => {
    document.title = `${route.title} · threefold`;
  }, [route.title]);

  let content: JSX.Element;
  if (status.error?.code === 'unauthorized') {
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
            {SECTIONS.map((s) => (
              <li key={s.href}>
                <Link href={s.href} aria-current={route.section === s.href ? 'page' : undefined}>
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main">{content}</main>
    </div>
  );
}
