// Loading for the person page. A missing relationship or owner is a normal state (404 -> null),
// not an error to show.

import type { Versioned } from '../../api/client';
import { ApiError, api, idPath } from '../../api/client';
import type { Interaction, Page, Relationship } from '../../api/types';
import type { Owner } from './types';

/** The id is the path segment after /people/, encoded with encodeURIComponent by personHref. */
export function personIdFrom(path: string): string {
  const segment = path.slice('/people/'.length).replace(/\/+$/, '');
  try {
    return decodeURIComponent(segment);
  } catch {
    // A stray `%` that is not an escape: take the segment as written.
    return segment;
  }
}

async function orNull<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** The owner's relationship with the person and its ETag, or null when there is none. */
export const loadRelationship = (id: string): Promise<Versioned<Relationship> | null> =>
  orNull(api.getVersioned<Relationship>(`/relationships/${idPath(id)}`));

export const loadOwner = () => orNull(api.get<Owner>('/owner'));

/** The newest interaction on or before today: the date "Last contact" shows. */
export async function loadLastContact(id: string, today: string): Promise<string | null> {
  const page = await api.get<Page<Interaction>>('/interactions', {
    person: id,
    to: today,
    sort: '-date',
    limit: 1,
  });
  return page.items[0]?.date.slice(0, 10) ?? null;
}

export { INTERACTION_KINDS } from '../../../../src/core/vocabulary';

/** Default cadence by first form when none is stated (docs/measures.md). */
export const DEFAULT_CADENCE: Record<string, number> = { operational: 30, strategic: 60, personal: 90 };
export { ROLES } from '../../../../src/core/vocabulary';
