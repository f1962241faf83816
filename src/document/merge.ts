import type { ThreefoldDocument } from './schema.js';

export const COLLECTIONS = [
  'organizations',
  'people',
  'relationships',
  'ties',
  'groups',
  'interactions',
  'goals',
  'commitments',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export interface CollectionChange {
  created: number;
  updated: number;
  unchanged: number;
}
export type MergeSummary = Record<CollectionName, CollectionChange>;

type Keyed = Record<string, unknown>;

/** The identity of a record in its collection: its id, the person for a relationship, the pair for a tie. */
export function recordKey(collection: CollectionName, record: Keyed): string {
  if (collection === 'relationships') return String(record.person);
  if (collection === 'ties') {
    const [a, b] = [String(record.a), String(record.b)];
    return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  }
  return String(record.id);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Merges `incoming` into `existing` by identity: an incoming record replaces the existing one
 * with the same key, new records are appended. The owner and top-level fields come from
 * `incoming`. Pure; the store writes the result in one transaction.
 */
/** What writing a validated document into an empty store creates: every record (ids are unique). */
export function creationSummary(doc: ThreefoldDocument): MergeSummary {
  const summary = {} as MergeSummary;
  for (const collection of COLLECTIONS) {
    summary[collection] = { created: ((doc[collection] ?? []) as Keyed[]).length, updated: 0, unchanged: 0 };
  }
  return summary;
}

export function mergeDocuments(
  existing: ThreefoldDocument,
  incoming: ThreefoldDocument,
): { document: ThreefoldDocument; summary: MergeSummary } {
  const document: ThreefoldDocument = { ...existing, ...incoming };
  const summary = {} as MergeSummary;
  for (const collection of COLLECTIONS) {
    const before = (existing[collection] ?? []) as Keyed[];
    const adding = (incoming[collection] ?? []) as Keyed[];
    const change: CollectionChange = { created: 0, updated: 0, unchanged: 0 };
    const merged = new Map<string, Keyed>();
    for (const record of before) merged.set(recordKey(collection, record), record);
    for (const record of adding) {
      const key = recordKey(collection, record);
      const old = merged.get(key);
      if (!old) change.created++;
      else if (sameJson(old, record)) change.unchanged++;
      else change.updated++;
      merged.set(key, record);
    }
    (document as Record<string, unknown>)[collection] = [...merged.values()];
    summary[collection] = change;
  }
  return { document, summary };
}
