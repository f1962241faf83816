import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import type { Organization } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Link } from '../../app/router';
import type { PageProps } from '../../app/routes';
import { useStatus } from '../../app/status';
import { EmptyState, ErrorBanner, Loading, Page } from '../../ui/states';
import { AddPersonForm } from './AddPersonForm';
import { rangeLabel } from './list-query';
import { PeopleFilters } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';
import { fetchAll, loadPeople, PAGE_SIZE, readQuery, updateParams } from './people-data';
import type { Assessment } from './types';
import './people.css';

export function PeoplePage({ location }: PageProps) {
  const status = useStatus();
  const version = status.data?.dataVersion ?? '';
  const query = readQuery(location.params);
  const [adding, setAdding] = useState(false);

  const people = useApi(() => loadPeople(query), `people:${location.params.toString()}:${version}`);
  const assessment = useApi(() => api.get<Assessment>('/assess'), `assess:${version}`);
  const organizations = useApi(
    () => fetchAll<Organization>('/organizations', { sort: 'name' }),
    `organizations:${version}`,
  );

  const assessed = useMemo(
    () => new Map((assessment.data?.people ?? []).map((p) => [p.id, p])),
    [assessment.data],
  );
  const orgNames = useMemo(
    () => new Map((organizations.data ?? []).map((o) => [o.id, o.name])),
    [organizations.data],
  );
  const organizationName = (id: string | undefined) => (id ? (orgNames.get(id) ?? id) : '');

  const page = people.data;
  const shown = page?.items.length ?? 0;
  return (
    <Page
      title="People"
      actions={
        <>
          <Link href="/groups">Groups</Link>
          <Link href="/duplicates">Possible duplicates</Link>
          <button
            type="button"
            className="primary"
            aria-expanded={adding}
            onClick={() => setAdding((a) => !a)}
          >
            Add person
          </button>
        </>
      }
    >
      <div className="stack people-scope">
        {adding && (
          <AddPersonForm
            organizations={organizations.data ?? []}
            onAdded={() => status.reload()}
            onCancel={() => setAdding(false)}
          />
        )}
        <PeopleFilters query={query} organizations={organizations.data ?? []} />
        {assessment.error && <ErrorBanner error={assessment.error} onRetry={assessment.reload} />}
        {people.error && <ErrorBanner error={people.error} onRetry={people.reload} />}
        {!page && people.loading && <Loading what="Loading people" />}
        {page && page.total === 0 && (
          <EmptyState title="No one matches">
            <p>Try a shorter search or clear the filters.</p>
          </EmptyState>
        )}
        {page && page.total > 0 && (
          <section aria-label="People list" aria-busy={people.loading} className="stack people-list">
            <PeopleTable
              people={page.items}
              sort={query.sort}
              assessed={assessed}
              organizationName={organizationName}
            />
            <nav className="row people-pager" aria-label="Pages">
              <button
                type="button"
                disabled={page.offset === 0}
                onClick={() =>
                  updateParams({ offset: page.offset > PAGE_SIZE ? String(page.offset - PAGE_SIZE) : null })
                }
              >
                Previous
              </button>
              <span aria-live="polite">{rangeLabel(page.offset, shown, page.total)}</span>
              <button
                type="button"
                disabled={page.offset + shown >= page.total}
                onClick={() => updateParams({ offset: String(page.offset + PAGE_SIZE) })}
              >
                Next
              </button>
              <span className="muted small">
                * form inferred from the data, not stated (the Form filter matches stated forms)
              </span>
            </nav>
          </section>
        )}
      </div>
    </Page>
  );
}
