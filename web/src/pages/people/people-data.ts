// Loading for the people list: the server filters, sorts and pages; the cadence filter is the
// one thing the API cannot filter on, so with it set the list is fetched whole and paged here.
import { api, type Query } from '../../api/client';
import type { Page, Person } from '../../api/types';
import { navigate } from '../../app/router';
import { type CadenceFilter, cadenceFilterOf, cadenceStatus, isCadenceFilter } from './cadence';
import { intParam } from './list-query';
import type { Assessment, AssessPerson } from './types';

export const PAGE_SIZE = 50;

export interface PeopleQuery {
  q: string;
  sort: string;
  organization: string;
  form: string;
  internal: string;
  unit: string;
  tag: string;
  cadence: CadenceFilter | '';
  offset: number;
}

export function readQuery(params: URLSearchParams): PeopleQuery {
  const cadence = params.get('cadence');
  return {
    q: params.get('q') ?? '',
    sort: params.get('sort') ?? '',
    organization: params.get('organization') ?? '',
    form: params.get('form') ?? '',
    internal: params.get('internal') ?? '',
    unit: params.get('unit') ?? '',
    tag: params.get('tag') ?? '',
    cadence: isCadenceFilter(cadence) ? cadence : '',
    offset: intParam(params.get('offset'), 0),
  };
}

/** Sets several query parameters at once (one history entry replaced, not one per field). */
export function updateParams(changes: Record<string, string | null>): void {
  const params = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') params.delete(k);
    else params.set(k, v);
  }
  const search = params.toString();
  navigate(location.pathname + (search ? `?${search}` : ''), { replace: true });
}

/** Every item of a collection, page by page (the API caps a page at 1000). */
export async function fetchAll<T>(path: string, query: Query = {}): Promise<T[]> {
  const out: T[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const page: Page<T> = await api.get<Page<T>>(path, { ...query, limit: 1000, offset });
    out.push(...page.items);
    offset = page.next;
  }
  return out;
}

export function cadenceOf(entry: AssessPerson | undefined) {
  return cadenceStatus(entry?.cadence);
}

export interface PeopleResult {
  items: Person[];
  total: number;
  offset: number;
}

export async function loadPeople(query: PeopleQuery): Promise<PeopleResult> {
  const filters: Query = {
    q: query.q,
    sort: query.sort,
    organization: query.organization,
    form: query.form,
    internal: query.internal,
    unit: query.unit,
    tag: query.tag,
  };
  if (!query.cadence) {
    const page = await api.get<Page<Person>>('/people', {
      ...filters,
      limit: PAGE_SIZE,
      offset: query.offset,
    });
    return { items: page.items, total: page.total, offset: page.offset };
  }
  const [all, assessment] = await Promise.all([
    fetchAll<Person>('/people', filters),
    api.get<Assessment>('/assess'),
  ]);
  const byId = new Map(assessment.people.map((p) => [p.id, p]));
  const matching = all.filter((p) => cadenceFilterOf(cadenceOf(byId.get(p.id))) === query.cadence);
  return {
    items: matching.slice(query.offset, query.offset + PAGE_SIZE),
    total: matching.length,
    offset: query.offset,
  };
}
