import type { Interaction, Page } from '../../api/types';
import { Link, personHref } from '../../app/router';
import { fmtDate } from '../../ui/format';
import { FormBadges } from './FormBadges';

interface Props {
  personId: string;
  page: Page<Interaction>;
  nameOf: (id: string) => string;
  onMore: () => void;
  onEdit: (interaction: Interaction) => void;
  onDelete: (interaction: Interaction) => void;
}

/** Interactions with this person, newest first (the API's default order). */
export function InteractionTimeline({ personId, page, nameOf, onMore, onEdit, onDelete }: Props) {
  return (
    <section className="card stack" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Interactions</h2>
      {page.total === 0 ? (
        <p className="muted">No interactions recorded yet.</p>
      ) : (
        <ol className="person-timeline" aria-label="Interactions, newest first">
          {page.items.map((i) => {
            const others = i.people.filter((p) => p !== personId);
            return (
              <li key={i.id}>
                <div className="row">
                  <strong>
                    <time dateTime={i.date}>{fmtDate(i.date)}</time>
                  </strong>
                  <span>{i.kind ?? 'interaction'}</span>
                  {i.minutes !== undefined && <span className="muted">{i.minutes} min</span>}
                  <FormBadges forms={i.forms ?? []} inferred={false} />
                </div>
                {others.length > 0 && (
                  <div className="small muted">
                    with{' '}
                    {others.map((p, n) => (
                      <span key={p}>
                        {n > 0 && ', '}
                        <Link href={personHref(p)}>{nameOf(p)}</Link>
                      </span>
                    ))}
                  </div>
                )}
                {i.notes && <p className="person-notes small">{i.notes}</p>}
                <div className="row">
                  <button type="button" onClick={() => onEdit(i)}>
                    Edit
                    <span className="visually-hidden">
                      {' '}
                      the {i.kind ?? 'interaction'} of {fmtDate(i.date)}
                    </span>
                  </button>
                  <button type="button" onClick={() => onDelete(i)}>
                    Delete
                    <span className="visually-hidden">
                      {' '}
                      the {i.kind ?? 'interaction'} of {fmtDate(i.date)}
                    </span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {page.next !== null && (
        <div className="row">
          <span className="muted small">
            Showing {page.items.length} of {page.total}
          </span>
          <button type="button" onClick={onMore}>
            Show more
          </button>
        </div>
      )}
    </section>
  );
}
