import { ApiError } from '../../api/client';
import type { Loaded } from '../../api/use-api';
import { Link, personHref } from '../../app/router';
import { fmtRoute } from '../../ui/format';
import { ErrorBanner, Loading } from '../../ui/states';
import type { PersonPaths } from './types';

interface Props {
  personName: string;
  ownerName: string;
  direct: boolean;
  paths: Loaded<PersonPaths>;
  nameOf: (id: string) => string;
}

/** The strongest chains of introductions from you to this person. */
export function PathsSection({ personName, ownerName, direct, paths, nameOf }: Props) {
  const unreachable = paths.error instanceof ApiError && paths.error.status === 404;
  // For a direct contact the one-step path says nothing new; the longer ones are other routes in.
  const shown = (paths.data?.paths ?? []).filter((p) => !direct || p.people.length > 1);
  return (
    <section className="card stack" aria-labelledby="paths-title">
      <h2 id="paths-title">Paths</h2>
      {direct && <p className="muted">You know {personName} directly. Other routes, for introductions:</p>}
      {paths.loading && !paths.data && !paths.error && <Loading what="Finding paths" />}
      {unreachable && (
        <p className="banner banner-error" role="status">
          no known path: nobody you know is known to be connected to {personName}.
        </p>
      )}
      {paths.error && !unreachable && <ErrorBanner error={paths.error} onRetry={paths.reload} />}
      {paths.data && shown.length === 0 && !direct && (
        <p className="banner banner-error" role="status">
          no known path to {personName}.
        </p>
      )}
      {paths.data && shown.length === 0 && direct && <p className="muted">No other routes known.</p>}
      {shown.map((p, n) => {
        return (
          <div key={p.people.join('>')}>
            <h3>
              Route {n + 1} <span className="muted small">· {fmtRoute(p.strength)}</span>
            </h3>
            <ol className="person-path" aria-label="Path">
              <li>{ownerName} (you)</li>
              {p.people.map((id, i) => {
                // The weakest tie is the one to strengthen or replace; its number would be a third unit.
                const weakest = p.hops.length > 1 && p.hops[i] === weakestHop(p.hops);
                return (
                  <li key={id}>
                    <Link href={personHref(id)}>{nameOf(id)}</Link>
                    {weakest && <span className="muted small"> (weakest link)</span>}
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
    </section>
  );
}

function weakestHop(hops: PersonPaths['paths'][number]['hops']) {
  return hops.reduce((a, b) => (b.strength < a.strength ? b : a), hops[0]!);
}
