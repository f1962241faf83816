import { COLLECTIONS, recordKey } from '../document/merge.js';
import type { ThreefoldDocument } from '../document/schema.js';
import { conflict, invalidInput, noNetworkYet } from '../errors.js';
import type { ImportMode, MergePeopleResult, NetworkStore } from './port.js';

/** Imports a whole threefold/1 document: into an empty store, merged by key, or replacing all. */
export function importNetwork(
  store: NetworkStore,
  doc: ThreefoldDocument,
  mode: ImportMode,
): Promise<unknown> {
  return store.importDocument(doc, mode);
}

/**
 * The records of `planned` that are new or differ from `existing`: what an import resolved
 * against the network it read must write. Writing only these (merged by key into the network
 * as it is when the write happens) keeps any change another writer made in between.
 */
export function changedRecords(existing: ThreefoldDocument, planned: ThreefoldDocument): ThreefoldDocument {
  const delta: Record<string, unknown> = { format: planned.format, owner: planned.owner, people: [] };
  for (const collection of COLLECTIONS) {
    const before = new Map<string, string>();
    for (const r of (existing[collection] ?? []) as Record<string, unknown>[])
      before.set(recordKey(collection, r), JSON.stringify(r));
    const changed = ((planned[collection] ?? []) as Record<string, unknown>[]).filter(
      (r) => before.get(recordKey(collection, r)) !== JSON.stringify(r),
    );
    if (changed.length > 0 || collection === 'people') delta[collection] = changed;
  }
  return delta as unknown as ThreefoldDocument;
}

/** Writes what an import of contacts, a calendar or a graph planned against `existing`. */
export function importPlanned(
  store: NetworkStore,
  existing: ThreefoldDocument,
  planned: ThreefoldDocument,
  mode: 'merge' | 'replace',
): Promise<unknown> {
  return mode === 'replace'
    ? store.importDocument(planned, 'replace')
    : store.importDocument(changedRecords(existing, planned), 'merge');
}

export async function exportNetwork(store: NetworkStore): Promise<ThreefoldDocument> {
  const doc = await store.exportDocument();
  if (!doc) throw noNetworkYet();
  return doc;
}

/** Merges person `drop` into `keep`: everything `drop` had moves to `keep`, in one transaction. */
export async function mergePeople(
  store: NetworkStore,
  keep: string,
  drop: string,
): Promise<MergePeopleResult> {
  if (keep === drop) throw invalidInput('merge needs two different people');
  return store.mergePeople(keep, drop);
}

/** Loads a sample network, only into an empty store. */
export async function loadSample(store: NetworkStore, sample: ThreefoldDocument): Promise<unknown> {
  const [owner, counts] = await Promise.all([store.owner(), store.counts()]);
  if (owner !== undefined || counts.people > 0)
    throw conflict('the database is not empty: the sample only loads into an empty one');
  return store.importDocument(sample, 'new');
}
