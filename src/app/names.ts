import type { CollectionName, NetworkStore } from './port.js';

/** The collections whose records a page names by id, and the field that names each. */
export const NAMED = { people: 'name', organizations: 'name', goals: 'title', commitments: 'text' } as const;
export type NamedCollection = keyof typeof NAMED;

export type NameRequest = Partial<Record<NamedCollection, readonly string[]>>;
export type Names = Record<NamedCollection, Record<string, string>>;

/**
 * The names of the records a page refers to by id, in one read: pages that list ids (the review,
 * commitments) ask for them all at once instead of one request per record. People come from the
 * store's batch read; an unknown id is left out (deleted since), so the page can say so.
 */
export async function recordNames(store: NetworkStore, wanted: NameRequest): Promise<Names> {
  const out: Names = { people: {}, organizations: {}, goals: {}, commitments: {} };
  const people = [...new Set(wanted.people ?? [])];
  if (people.length > 0) for (const [id, name] of await store.personNames(people)) out.people[id] = name;
  for (const collection of ['organizations', 'goals', 'commitments'] as const) {
    const field = NAMED[collection];
    for (const id of new Set(wanted[collection] ?? [])) {
      const found = await store.get(collection satisfies CollectionName, id);
      const name = found?.record[field];
      if (typeof name === 'string') out[collection][id] = name;
    }
  }
  return out;
}
