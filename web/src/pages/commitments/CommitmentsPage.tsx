import { useMemo } from 'react';
import { useApi } from '../../api/use-api';
import { Link } from '../../app/router';
import { useStatus } from '../../app/status';
import { FORM_LABEL, fmtDate } from '../../ui/format';
import { useNames } from '../../ui/names';
import { useRecordEdits } from '../../ui/record-edits';
import { ErrorBanner, Loading, Page } from '../../ui/states';
import type { Group } from '../groups/groups-data';
import { fetchAll } from '../people/people-data';
import { CommitmentForm } from './CommitmentForm';
import { type Commitment, cadenceWords } from './commitments-data';
import '../people/people.css';

/** The habits the leader set themself (threefold/1 `commitments`): list, add, change, delete. */
export function CommitmentsPage() {
  const status = useStatus();
  const list = useApi(
    () => fetchAll<Commitment>('/commitments', { sort: 'text' }),
    `commitments:${status.data?.dataVersion ?? ''}`,
  );
  // Names for the people and groups the commitments count: groups are few, people looked up in one list.
  const groups = useApi(
    async () => new Map((await fetchAll<Group>('/groups')).map((g) => [g.id, g.name])),
    `commitment-groups:${status.data?.dataVersion ?? ''}`,
  );
  const people = useNames(
    'people',
    (list.data ?? []).flatMap((c) => c.people ?? []),
  );
  const names = useMemo(
    () => ({ people, groups: groups.data ?? new Map<string, string>() }),
    [people, groups.data],
  );
  const { editing, deleted, message, error, changed, stopEditing, edit, remove, undo } =
    useRecordEdits<Commitment>('commitments', list.reload);

  return (
    <Page title="Commitments">
      <div className="stack">
        <p className="muted small">
          <Link href="/goals">Goals</Link> / Commitments: the habits you set yourself, which the review
          checks.
        </p>
        {deleted && (
          <p className="banner banner-ok row" role="status">
            “{deleted.text}” was deleted.
            <button type="button" onClick={() => undo(deleted, `“${deleted.text}” is back.`)}>
              Undo
            </button>
          </p>
        )}
        {message && (
          <p className="banner banner-ok" role="status">
            {message}
          </p>
        )}
        {error && <ErrorBanner error={error} />}
        {list.error && <ErrorBanner error={list.error} onRetry={list.reload} />}
        {!list.data && list.loading && <Loading what="Loading commitments" />}
        {list.data && (
          <section className="card stack" aria-labelledby="commitments-title">
            <h2 id="commitments-title">Your commitments</h2>
            {list.data.length === 0 ? (
              <p className="muted">
                None yet. A commitment is a habit such as “two external events a month”.
              </p>
            ) : (
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">Your commitments</caption>
                  <thead>
                    <tr>
                      <th scope="col">Commitment</th>
                      <th scope="col">How often</th>
                      <th scope="col">Form</th>
                      <th scope="col">Since</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.data.map((c) => (
                      <tr key={c.id}>
                        <th scope="row">{c.text}</th>
                        <td>{cadenceWords(c, names)}</td>
                        <td>{c.form ? FORM_LABEL[c.form] : 'any'}</td>
                        <td>{c.since ? fmtDate(c.since) : '–'}</td>
                        <td>
                          <div className="row">
                            <button type="button" onClick={() => edit(c)}>
                              Edit<span className="visually-hidden"> “{c.text}”</span>
                            </button>
                            <button type="button" onClick={() => remove(c)}>
                              Delete<span className="visually-hidden"> “{c.text}”</span>
                            </button>
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        )}
        {editing && (
          <section className="card stack" aria-label="Edit commitment">
            <h2>Edit commitment</h2>
            <CommitmentForm
              key={editing.record.id}
              existing={editing}
              onCancel={stopEditing}
              onSaved={(c) => {
                stopEditing();
                changed(`“${c.text}” saved.`);
              }}
            />
          </section>
        )}
        <section className="card stack" aria-labelledby="add-commitment-title">
          <h2 id="add-commitment-title">Add a commitment</h2>
          <CommitmentForm onSaved={(c) => changed(`“${c.text}” added.`)} />
        </section>
      </div>
    </Page>
  );
}
