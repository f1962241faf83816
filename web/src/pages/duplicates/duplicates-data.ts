// Loading for duplicate review: the pairs the server finds, and what a side-by-side view of one
// pair shows (the people, their relationships and how much is recorded about each).
import { ApiError, api, idPath } from '../../api/client';
import type { Organization, Page, Person, Relationship } from '../../api/types';

export interface DuplicatePair {
  a: string;
  b: string;
  names: [string, string];
  reasons: string[];
  confidence: 'likely' | 'possible';
}

export interface Side {
  person: Person;
  organization: string | null;
  relationship: Relationship | null;
  ties: number;
  interactions: number;
}

async function orNull<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

export const loadPairs = async () => (await api.get<{ pairs: DuplicatePair[] }>('/duplicates')).pairs;

export async function loadSide(id: string): Promise<Side> {
  const person = await api.get<Person>(`/people/${idPath(id)}`);
  const [org, relationship, ties, interactions] = await Promise.all([
    person.organization
      ? orNull(api.get<Organization>(`/organizations/${idPath(person.organization)}`))
      : null,
    orNull(api.get<Relationship>(`/relationships/${idPath(id)}`)),
    api.get<Page<unknown>>('/ties', { person: id, limit: 1 }),
    api.get<Page<unknown>>('/interactions', { person: id, limit: 1 }),
  ]);
  return {
    person,
    organization: org?.name ?? person.organization ?? null,
    relationship,
    ties: ties.total,
    interactions: interactions.total,
  };
}
