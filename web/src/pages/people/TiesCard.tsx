import type { Tie } from '../../api/types';
import { Link, personHref } from '../../app/router';

interface Props {
  personId: string;
  ties: Tie[];
  nameOf: (id: string) => string;
}

/** Whom this person knows (ties among people), strongest first. */
export function TiesCard({ personId, ties, nameOf }: Props) {
  const sorted = [...ties].sort((x, y) => (y.strength ?? 0) - (x.strength ?? 0));
  return (
    <section className="card stack" aria-labelledby="ties-title">
      <h2 id="ties-title">Knows</h2>
      {sorted.length === 0 ? (
        <p className="muted">No ties to other people recorded.</p>
      ) : (
        <ul className="person-ties">
          {sorted.map((t) => {
            const other = t.a === personId ? t.b : t.a;
            return (
              <li key={`${t.a}|${t.b}`} className="row">
                <Link href={personHref(other)}>{nameOf(other)}</Link>
                <span className="muted small">
                  {t.strength === undefined ? 'strength not stated' : `strength ${t.strength} / 5`}
                  {t.source ? ` · ${t.source}` : ''}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
