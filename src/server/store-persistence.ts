import type { ThreefoldDocument } from '../document/schema.js';
import { exportDocument, importDocument, isEmpty } from '../store/document.js';
import { openStore, revision, type Store } from '../store/open.js';
import { listSnapshots, saveSnapshot, setActionState } from '../store/snapshots.js';
import type { ActionState, ImportMode, Snapshot } from './backend.js';
import type { DocumentPersistence } from './document-backend.js';

/**
 * The server's persistence on the real store (the same SQLite file the CLI uses). Reads export
 * the document (the backend caches it per data version); a write replaces the network in one
 * transaction, so the API can never leave it half-changed.
 */
export function storePersistence(store: Store): DocumentPersistence & { close(): void } {
  const dataVersion = store.sqlite.prepare('PRAGMA data_version').pluck();
  return {
    // data_version moves when another process commits; the revision when this one does.
    version: () => `${dataVersion.get() as number}.${revision(store.sqlite)}`,
    load: () => (isEmpty(store.sqlite) ? undefined : exportDocument(store)),
    save: (doc: ThreefoldDocument) => {
      importDocument(store, doc, { mode: 'replace' });
    },
    importDocument: (doc: ThreefoldDocument, mode: ImportMode) => importDocument(store, doc, { mode }),
    actionStates: () =>
      (
        store.sqlite.prepare('SELECT key, state, until, at FROM action_states').all() as Array<{
          key: string;
          state: ActionState['state'];
          until: string | null;
          at: string;
        }>
      ).map((r) => ({ key: r.key, state: r.state, at: r.at, ...(r.until ? { until: r.until } : {}) })),
    setActionState: (s: ActionState) => {
      setActionState(store, s.key, s.state, s.at, s.until);
      return s;
    },
    saveSnapshot: (takenAt: string, data: unknown): Snapshot => {
      const asOf = (data as { asOf?: string } | null)?.asOf ?? takenAt.slice(0, 10);
      const saved = saveSnapshot(store, { takenAt, asOf, data });
      return { id: String(saved.id), takenAt, data };
    },
    listSnapshots: () =>
      listSnapshots(store).map((s) => ({ id: String(s.id), takenAt: s.takenAt, data: s.data })),
    close: () => store.close(),
  };
}

export function openStorePersistence(path: string): DocumentPersistence & { close(): void } {
  return storePersistence(openStore(path));
}
