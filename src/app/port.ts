import type { CompiledInput } from '../core/analysis/view.js';
import type { PathGraphInput } from '../core/coach/path-graph.js';
import type { Betweenness } from '../core/graph/index.js';
import type { Network } from '../core/model.js';
import type { CollectionName } from '../document/merge.js';
import type { Owner, ThreefoldDocument } from '../document/schema.js';

export type { CollectionName };
export type StoredRecord = Record<string, unknown>;

/** A record with the version a conditional write (`If-Match`) names. */
export interface Versioned<T = StoredRecord> {
  record: T;
  version: string;
}

export interface RecordQuery {
  /** The collection's filters by name (see `FILTERS` in each store); undefined values are ignored. */
  filters: Record<string, string | number | boolean | undefined>;
  sort?: { field: string; desc: boolean } | undefined;
  limit: number;
  offset: number;
}

export interface Counts {
  people: number;
  organizations: number;
  relationships: number;
  ties: number;
  interactions: number;
  groups: number;
  goals: number;
  commitments: number;
}

export type ImportMode = 'new' | 'merge' | 'replace';
export type ActionStateName = 'done' | 'dismissed' | 'snoozed';

export interface ActionState {
  key: string;
  state: ActionStateName;
  /** For `snoozed`: the date the action comes back. */
  until?: string | undefined;
  at: string;
}

export interface Snapshot {
  id: string;
  takenAt: string;
  asOf: string;
  data: unknown;
}

/** A copy of the whole network kept before a change that replaces it. */
export interface Backup {
  name: string;
  /** When it was taken (ISO date-time). */
  takenAt: string;
  bytes: number;
}

export interface MergePeopleResult {
  kept: string;
  removed: string;
  moved: { relationships: number; ties: number; interactions: number; groups: number; goals: number };
}

/** What the analysis reads: the network and its ties and interactions compiled for it. */
export interface AnalysisInput {
  /** The network, its people without their contact details (`CONTACT_DETAILS`). */
  network: Network;
  /**
   * What the store hands over already compiled (the embedded store: ties and interactions), and
   * `kept`: kernels kept from earlier runs on the same graph, reused where they match.
   */
  compiled: CompiledInput;
  revision: number;
}

/** How a write may be conditioned on the version the caller read. */
export interface WriteCondition {
  /** The version read (or any of several): the write applies only while the record is at it. */
  ifVersion?: string | readonly string[] | undefined;
}

/**
 * The storage port: everything the use cases (src/app) need of a store, record by record. Each
 * write is one transaction; a conditional write compares the version inside that transaction, so
 * two processes writing at once never lose a committed write. Asynchronous so that a server
 * database (PostgreSQL) implements it as it is; the embedded SQLite store answers at once.
 */
export interface NetworkStore {
  /** Changes whenever the data changes, in this process or another one sharing the database. */
  dataVersion(): Promise<string>;
  counts(): Promise<Counts>;

  owner(): Promise<Owner | undefined>;
  /** Sets the owner to what `change` makes of the current one, in one transaction. */
  setOwner(change: (current: Owner | undefined) => unknown): Promise<Owner>;

  list(collection: CollectionName, query: RecordQuery): Promise<{ items: StoredRecord[]; total: number }>;
  get(collection: CollectionName, key: string): Promise<Versioned | undefined>;
  /**
   * Creates a record; without an id (where the collection has ids) one is made from `idFrom`
   * (`p:jane-doe`, then `p:jane-doe-2`). `conflict` when the key is taken.
   */
  create(
    collection: CollectionName,
    record: StoredRecord,
    idFrom?: { prefix: string; text: string },
  ): Promise<Versioned>;
  /** Replaces a record by what `change` makes of the current one, in one transaction. */
  update(
    collection: CollectionName,
    key: string,
    change: (current: StoredRecord) => StoredRecord,
    condition?: WriteCondition,
  ): Promise<Versioned>;
  /** Removes a record (and what depends on it: a person's relationship, ties, memberships). */
  remove(collection: CollectionName, key: string, condition?: WriteCondition): Promise<void>;

  /** Imports a whole document in one transaction; a dry run checks everything and writes nothing. */
  importDocument(doc: ThreefoldDocument, mode: ImportMode, options?: { dryRun?: boolean }): Promise<unknown>;
  /** The whole network, or undefined before an owner exists. */
  exportDocument(): Promise<ThreefoldDocument | undefined>;
  /**
   * The network with no interactions (`interactions` empty): what the map draws, read in about
   * half the time at 20,000 people. A store without it is read whole.
   */
  exportWithoutInteractions?(): Promise<ThreefoldDocument | undefined>;
  mergePeople(keep: string, drop: string): Promise<MergePeopleResult>;

  actionStates(): Promise<ActionState[]>;
  setActionState(state: ActionState): Promise<ActionState>;
  /** Undoes what was recorded for an action (it is open again). */
  clearActionState(key: string): Promise<void>;
  saveSnapshot(takenAt: string, asOf: string, data: unknown): Promise<Snapshot>;

  /** Keeps a copy of the whole network (a threefold/1 document) under `name`. */
  saveBackup(name: string, document: string): Promise<Backup>;
  /** The copies kept, newest first. */
  listBackups(): Promise<Backup[]>;
  /** A copy's document, undefined when there is no such copy. */
  readBackup(name: string): Promise<string | undefined>;
  listSnapshots(): Promise<Snapshot[]>;

  analysisInput(): Promise<AnalysisInput>;
  /**
   * Betweenness of the stored network computed on another thread, where the store can (the
   * embedded one: a worker reads the file itself); null when that failed.
   */
  betweennessAside?(options: {
    exactUpTo: number;
    samples: number;
    seed: number;
  }): Promise<{ revision: number; betweenness: Betweenness } | null>;
  pathInput(asOf: string): Promise<PathGraphInput>;
  personNames(ids: readonly string[]): Promise<Map<string, string>>;
  /** The e-mail addresses of those of `ids` that have any: the analysis input carries none. */
  personEmails(ids: readonly string[]): Promise<Map<string, string[]>>;
  close(): Promise<void>;
}
