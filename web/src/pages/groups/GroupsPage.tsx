import { useMemo } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Link, personHref } from '../../app/router';
import { useStatus } from '../../app/status';
import { useRecordEdits } from '../../ui/record-edits';
import { ErrorBanner, Loading, Page } from '../../ui/states';
import { fetchAll } from '../people/people-data';
import type { Assessment } from '../people/types';
import { GroupForm } from './GroupForm';
import type { Group } from './groups-data';
import '../people/people.css';

/** Groups and their members (threefold/1 `groups`): list, add, change, delete with undo. */
export function GroupsPage() {
  const status = useStatus();
  const version = status.data?.dataVersion ?? '';
  const groups = useApi(() => fetchAll<Group>('/groups', { sort: 'name' }), `groups:${version}`);
  // Names from one request (the assessment lists everyone), not one request per member.
  const assessment = useApi(() => api.get<Assessment>('/assess'), `assess:${version}`);
  const names = useMemo(
    () => new Map((assessment.data?.people ?? []).map((p) => [p.id, p.name])),
    [assessment.data],
  );
  const nameOf = (id: string) => names.get(id) ?? id;
  const { editing, deleted, message, error, changed, stopEditing, edit, remove, undo } =
    useRecordEdits<Group>('groups', groups.reload);

  return (
    <Page title="Groups">
      <div className="stack">
        <p className="muted small">
          <Link href="/people">People</Link> / Groups: clubs, associations, alumni, teams and who belongs to
          them.
        </p>
        {deleted && (
          <p className="banner banner-ok row" role="status">
            The group {deleted.name} was deleted.
            <button type="button" onClick={() => undo(deleted, `${deleted.name} is back.`)}>
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
        {groups.error && <ErrorBanner error={groups.error} onRetry={groups.reload} />}
        {!groups.data && groups.loading && <Loading what="Loading groups" />}
        {groups.data && (
          <section className="card stack" aria-labelledby="groups-title">
            <h2 id="groups-title">Your groups</h2>
            {groups.data.length === 0 ? (
              <p className="muted">No groups yet.</p>
            ) : (
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">Your groups</caption>
                  <thead>
                    <tr>
                      <th scope="col">Group</th>
                      <th scope="col">Kind</th>
                      <th scope="col">Members</th>
                      <th scope="col">You</th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {groups.data.map((g) => (
                      <tr key={g.id}>
                        <th scope="row">{g.name}</th>
                        <td>{g.kind ?? '–'}</td>
                        <td>
                          {(g.members ?? []).length === 0
                            ? 'none recorded'
                            : (g.members ?? []).map((m, i) => (
                                <span key={m}>
                                  {i > 0 && ', '}
                                  <Link href={personHref(m)}>{nameOf(m)}</Link>
                                </span>
                              ))}
                        </td>
                        <td>{g.ownerIsMember ? 'member' : '–'}</td>
                        <td>
                          <div className="row">
                            <button type="button" onClick={() => edit(g)}>
                              Edit<span className="visually-hidden"> {g.name}</span>
                            </button>
                            <button type="button" onClick={() => remove(g)}>
                              Delete<span className="visually-hidden"> {g.name}</span>
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
          <section className="card stack" aria-label="Edit group">
            <h2>Edit {editing.record.name}</h2>
            <GroupForm
              key={editing.record.id}
              existing={editing}
              nameOf={nameOf}
              onCancel={stopEditing}
              onSaved={(g) => {
                stopEditing();
                changed(`${g.name} saved.`);
              }}
            />
          </section>
        )}
        <section className="card stack" aria-labelledby="add-group-title">
          <h2 id="add-group-title">Add a group</h2>
          <GroupForm nameOf={nameOf} onSaved={(g) => changed(`${g.name} added.`)} />
        </section>
      </div>
    </Page>
  );
}
