import type {
  ActionState,
  CollectionName,
  Counts,
  NetworkStore,
  RecordQuery,
  Snapshot,
  StoredRecord,
  Versioned,
  WriteCondition,
} from '../app/port.js';
import type { Owner } from '../document/schema.js';
import { readAnalysisInput } from './analysis-read.js';
import { BackupFolder } from './backups.js';
import { exportDocument, exportWithoutInteractions, importDocument, isEmpty } from './document.js';
import { betweennessKeptOrAside } from './kept-kernels.js';
import { mergePeople } from './merge-people.js';
import { openStore, revision, type Store } from './open.js';
import { personEmails, personNames, readPathInput } from './path-read.js';
import { compileListQuery } from './record-query.js';
import { recordVersion } from './record-version.js';
import {
  COLLECTION_SPECS,
  countRecords,
  createRecord,
  deleteRecord,
  getOwner,
  getRecord,
  recordFromRow,
  setOwner,
  updateRecord,
} from './records.js';
import { listSnapshots, saveSnapshot, setActionState } from './snapshots.js';

const versioned = (record: StoredRecord): Versioned => ({ record, version: recordVersion(record) });

/**
 * The storage port on the embedded SQLite file (the CLI's and the single-user server's store).
 * better-sqlite3 answers synchronously; each write is one IMMEDIATE transaction, so another
 * process writing the same file waits for it (busy timeout) and never overwrites it.
 */
export class SqliteNetworkStore implements NetworkStore {
  private readonly dataVersionQuery;
  private readonly backups: BackupFolder;

  constructor(readonly store: Store) {
    this.dataVersionQuery = store.sqlite.prepare('PRAGMA data_version').pluck();
    this.backups = new BackupFolder(store.path);
  }

  static open(path: string): SqliteNetworkStore {
    return new SqliteNetworkStore(openStore(path));
  }

  async dataVersion(): Promise<string> {
    // data_version moves when another process commits; the revision when this one does.
    return `${this.dataVersionQuery.get() as number}.${revision(this.store.sqlite)}`;
  }

  async counts(): Promise<Counts> {
    const count = (c: CollectionName) => countRecords(this.store, c);
    return {
      people: count('people'),
      organizations: count('organizations'),
      relationships: count('relationships'),
      ties: count('ties'),
      interactions: count('interactions'),
      groups: count('groups'),
      goals: count('goals'),
      commitments: count('commitments'),
    };
  }

  async owner(): Promise<Owner | undefined> {
    return getOwner(this.store);
  }

  async setOwner(change: (current: Owner | undefined) => unknown): Promise<Owner> {
    const { sqlite } = this.store;
    return sqlite.transaction(() => setOwner(this.store, change(getOwner(this.store)))).immediate();
  }

  async list(collection: CollectionName, query: RecordQuery) {
    const { sqlite } = this.store;
    const { page, total } = compileListQuery(collection, COLLECTION_SPECS[collection].codec.table, query);
    return sqlite
      .transaction(() => {
        const rows = sqlite.prepare(page.sql).all(...page.parameters) as StoredRecord[];
        const n = sqlite
          .prepare(total.sql)
          .pluck()
          .get(...total.parameters) as number;
        return { items: rows.map((row) => recordFromRow(this.store, collection, row)), total: n };
      })
      .deferred();
  }

  async get(collection: CollectionName, key: string): Promise<Versioned | undefined> {
    const record = getRecord(this.store, collection, key);
    return record ? versioned(record) : undefined;
  }

  async create(
    collection: CollectionName,
    record: StoredRecord,
    idFrom?: { prefix: string; text: string },
  ): Promise<Versioned> {
    return versioned(createRecord(this.store, collection, record, idFrom));
  }

  async update(
    collection: CollectionName,
    key: string,
    change: (current: StoredRecord) => StoredRecord,
    condition?: WriteCondition,
  ): Promise<Versioned> {
    return versioned(updateRecord(this.store, collection, key, change, condition?.ifVersion));
  }

  async remove(collection: CollectionName, key: string, condition?: WriteCondition) {
    deleteRecord(this.store, collection, key, condition?.ifVersion);
  }

  async importDocument(
    doc: Parameters<typeof importDocument>[1],
    mode: 'new' | 'merge' | 'replace',
    options: { dryRun?: boolean } = {},
  ) {
    return importDocument(this.store, doc, { mode, ...(options.dryRun ? { dryRun: true } : {}) });
  }

  async exportDocument() {
    const { sqlite } = this.store;
    return isEmpty(sqlite) ? undefined : exportDocument(this.store);
  }

  async exportWithoutInteractions() {
    const { sqlite } = this.store;
    return isEmpty(sqlite) ? undefined : exportWithoutInteractions(this.store);
  }

  async mergePeople(keep: string, drop: string) {
    return mergePeople(this.store, keep, drop);
  }

  async actionStates(): Promise<ActionState[]> {
    const rows = this.store.sqlite.prepare('SELECT key, state, until, at FROM action_states').all() as Array<{
      key: string;
      state: ActionState['state'];
      until: string | null;
      at: string;
    }>;
    return rows.map((r) => ({
      key: r.key,
      state: r.state,
      at: r.at,
      ...(r.until ? { until: r.until } : {}),
    }));
  }

  async setActionState(s: ActionState): Promise<ActionState> {
    setActionState(this.store, s.key, s.state, s.at, s.until);
    return s;
  }

  async clearActionState(key: string): Promise<void> {
    this.store.sqlite.prepare('DELETE FROM action_states WHERE key = ?').run(key);
  }

  async saveSnapshot(takenAt: string, asOf: string, data: unknown): Promise<Snapshot> {
    const saved = saveSnapshot(this.store, { takenAt, asOf, data });
    return { id: String(saved.id), takenAt, asOf, data };
  }

  async listSnapshots(): Promise<Snapshot[]> {
    return listSnapshots(this.store).map((s) => ({
      id: String(s.id),
      takenAt: s.takenAt,
      asOf: s.asOf,
      data: s.data,
    }));
  }

  async saveBackup(name: string, document: string) {
    return this.backups.save(name, document);
  }

  async listBackups() {
    return this.backups.list();
  }

  async readBackup(name: string) {
    return this.backups.read(name);
  }

  async analysisInput() {
    return readAnalysisInput(this.store);
  }

  betweennessAside(options: { exactUpTo: number; samples: number; seed: number }) {
    return betweennessKeptOrAside(this.store, options);
  }

  async pathInput(asOf: string) {
    return readPathInput(this.store, asOf);
  }

  async personNames(ids: readonly string[]) {
    return personNames(this.store, ids);
  }

  async personEmails(ids: readonly string[]) {
    return personEmails(this.store, ids);
  }

  async close(): Promise<void> {
    this.store.close();
  }
}
