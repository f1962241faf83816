import type { Owner, ThreefoldDocument } from '../document/schema.js';
import type { CollectionName, CollectionOps } from './routes/collections.js';

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
  data: unknown;
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

/**
 * Everything the API needs of the store, in one narrow interface: the routes never touch SQL,
 * and `storeBackend` (backend-store.ts) maps it onto src/store.
 */
export interface Backend {
  /** Changes whenever the data changes, in this process or another one sharing the file. */
  dataVersion(): string;
  counts(): Counts;
  getOwner(): Owner | undefined;
  setOwner(owner: Owner): Owner;
  collection(name: CollectionName): CollectionOps;
  exportDocument(): ThreefoldDocument;
  importDocument(doc: ThreefoldDocument, mode: ImportMode): unknown;
  actionStates(): ActionState[];
  setActionState(state: ActionState): ActionState;
  saveSnapshot(takenAt: string, data: unknown): Snapshot;
  listSnapshots(): Snapshot[];
}
