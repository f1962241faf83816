import type { Person } from '../../api/types';
import { Link, personHref } from '../../app/router';
import { fmtDate } from '../../ui/format';
import { cadenceLabel, needsAttention } from './cadence';
import { FormBadges } from './FormBadges';
import { ariaSort, nextSort } from './list-query';
import { cadenceOf, updateParams } from './people-data';
import type { AssessPerson } from './types';

interface Props {
  people: Person[];
  sort: string;
  assessed: Map<string, AssessPerson>;
  organizationName: (id: string | undefined) => string;
}

/** The columns the API can sort on; the others are computed per row and not sortable. */
const SORTABLE: { field: string; label: string }[] = [
  { field: 'name', label: 'Name' },
  { field: 'organization', label: 'Organisation' },
];

export function PeopleTable({ people, sort, assessed, organizationName }: Props) {
  return (
    <div className="table-wrap">
      <table className="people-table">
        <caption className="visually-hidden">People, {sortCaption(sort)}</caption>
        <thead>
          <tr>
            {SORTABLE.map((c) => (
              <SortHeader key={c.field} field={c.field} label={c.label} sort={sort} />
            ))}
            <th scope="col">Title</th>
            <th scope="col">Forms</th>
            <th scope="col">Inside / outside</th>
            <th scope="col">Last contact</th>
            <th scope="col">Cadence</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => {
            const a = assessed.get(p.id);
            const cadence = cadenceOf(a);
            return (
              <tr key={p.id}>
                <th scope="row">
                  <Link href={personHref(p.id)}>{p.name}</Link>
                  {p.unit && <div className="muted small">{p.unit}</div>}
                </th>
                <td data-label="Organisation">{organizationName(p.organization)}</td>
                <td data-label="Title">{p.title ?? ''}</td>
                <td data-label="Forms">
                  <FormBadges forms={a?.forms ?? []} inferred={a?.formsInferred ?? false} />
                </td>
                <td data-label="Inside / outside">
                  {a === undefined ? '' : a.internal ? 'inside' : 'outside'}
                </td>
                <td data-label="Last contact">
                  {a?.contact ? (a.cadence?.lastContact ? fmtDate(a.cadence.lastContact) : 'never') : ''}
                </td>
                <td data-label="Cadence">
                  {needsAttention(cadence) ? (
                    <span className="badge warning">{cadenceLabel(cadence)}</span>
                  ) : (
                    <span className={cadence.state === 'none' ? 'muted small' : ''}>
                      {cadenceLabel(cadence)}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function sortCaption(sort: string): string {
  if (!sort) return 'in the order they were added';
  const desc = sort.startsWith('-');
  return `sorted by ${sort.replace(/^-/, '')}, ${desc ? 'descending' : 'ascending'}`;
}

function SortHeader({ field, label, sort }: { field: string; label: string; sort: string }) {
  const state = ariaSort(sort, field);
  return (
    <th scope="col" aria-sort={state}>
      <button type="button" onClick={() => updateParams({ sort: nextSort(sort, field), offset: null })}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ' ↕'}
        </span>
      </button>
    </th>
  );
}
