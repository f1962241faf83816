import { type DuplicatePair, findDuplicates } from '../core/identity/duplicates.js';
import { COLLECTIONS, recordKey } from '../document/merge.js';
import type { ThreefoldDocument } from '../document/schema.js';
import { conflict, invalidInput, noNetworkYet } from '../errors.js';
import { backupNetwork, importNetwork } from './backups.js';
import type { Backup, MergePeopleResult, NetworkStore } from './port.js';

export { importNetwork } from './backups.js';

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

/**
 * Writes what an import of contacts, a calendar or a graph planned against `existing`; a
 * replace keeps a copy of the network first (see `importNetwork`).
 */
export function importPlanned(
  store: NetworkStore,
  existing: ThreefoldDocument,
  planned: ThreefoldDocument,
  mode: 'merge' | 'replace',
  options: { at: string },
): Promise<unknown> {
  return mode === 'replace'
    ? importNetwork(store, planned, 'replace', options)
    : store.importDocument(changedRecords(existing, planned), 'merge');
}

export async function exportNetwork(store: NetworkStore): Promise<ThreefoldDocument> {
  const doc = await store.exportDocument();
  if (!doc) throw noNetworkYet();
  return doc;
}

/** The network without its interactions (the map draws people and ties), where the store can read it so. */
export async function exportPeopleAndTies(store: NetworkStore): Promise<ThreefoldDocument> {
  const doc = await (store.exportWithoutInteractions
    ? store.exportWithoutInteractions()
    : store.exportDocument());
  if (!doc) throw noNetworkYet();
  return doc;
}

/** People who are probably one person, with why (nothing is merged here); none without a network. */
export async function possibleDuplicates(store: NetworkStore): Promise<DuplicatePair[]> {
  const doc = await store.exportDocument();
  return doc ? findDuplicates(doc) : [];
}

/** Merges person `drop` into `keep`: everything `drop` had moves to `keep`, in one transaction. */
export async function mergePeople(
  store: NetworkStore,
  keep: string,
  drop: string,
  options: { at?: string } = {},
): Promise<MergePeopleResult & { backup?: Backup }> {
  if (keep === drop) throw invalidInput('merge needs two different people');
  // With a time, the network is kept first, so the merge can be undone by restoring that copy
  // (only once both people are known: a merge refused leaves no copy behind).
  const backup =
    options.at !== undefined && (await store.personNames([keep, drop])).size === 2
      ? await backupNetwork(store, { at: options.at, reason: 'before-merge' })
      : undefined;
  const result = await store.mergePeople(keep, drop);
  return backup ? { ...result, backup } : result;
}

/** Loads a sample network, only into an empty store. */
export async function loadSample(store: NetworkStore, sample: ThreefoldDocument): Promise<unknown> {
  const [owner, counts] = await Promise.all([store.owner(), store.counts()]);
  if (owner !== undefined || counts.people > 0)
    throw conflict('the database is not empty: the sample only loads into an empty one');
  return store.importDocument(sample, 'new');
}
