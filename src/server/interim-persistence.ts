import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ThreefoldDocument } from '../document/schema.js';
import { validateDocument } from '../document/validate.js';
import { conflict } from '../errors.js';
import type { ActionState, ImportMode, Snapshot } from './backend.js';
import type { DocumentPersistence } from './document-backend.js';

/**
 * STOP-GAP until src/store (FOUNDATION) lands: the whole document as one JSON row in SQLite,
 * plus action states and snapshots. It only implements DocumentPersistence so that swapping in
 * the store's importDocument/exportDocument is a change of one constructor call.
 */
export function openInterimPersistence(path: string): DocumentPersistence & { close(): void } {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS server_document (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS server_action_state (key TEXT PRIMARY KEY, state TEXT NOT NULL, until TEXT, at TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS server_snapshot (id INTEGER PRIMARY KEY AUTOINCREMENT, taken_at TEXT NOT NULL, json TEXT NOT NULL);
  `);
  let writes = 0;
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const select = db.prepare('SELECT json FROM server_document WHERE id = 1').pluck();
  const upsert = db.prepare(
    'INSERT INTO server_document (id, json) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET json = excluded.json',
  );
  const save = (doc: ThreefoldDocument) => {
    upsert.run(JSON.stringify(doc));
    writes++;
  };
  const load = (): ThreefoldDocument | undefined => {
    const json = select.get() as string | undefined;
    return json === undefined ? undefined : (JSON.parse(json) as ThreefoldDocument);
  };
  return {
    // data_version moves when another connection commits; `writes` when this one does.
    version: () => `${dataVersion.get() as number}.${writes}`,
    load,
    save,
    importDocument: (doc: ThreefoldDocument, mode: ImportMode) => {
      const current = load();
      if (mode === 'new' && current && (current.people.length > 0 || current.owner)) {
        throw conflict('the database is not empty: import with mode merge or replace');
      }
      let next = doc;
      if (mode === 'merge' && current) {
        const mergeBy = <T extends Record<string, unknown>>(
          a: T[] | undefined,
          b: T[] | undefined,
          key: (t: T) => string,
        ) => {
          const map = new Map((a ?? []).map((t) => [key(t), t]));
          for (const t of b ?? []) map.set(key(t), t);
          return [...map.values()];
        };
        const id = (t: { id?: unknown }) => String(t.id);
        next = {
          ...current,
          owner: doc.owner,
          organizations: mergeBy(current.organizations, doc.organizations, id),
          people: mergeBy(current.people, doc.people, id),
          relationships: mergeBy(current.relationships, doc.relationships, (r) => r.person),
          ties: mergeBy(current.ties, doc.ties, (t) => [t.a, t.b].sort().join('\u0000')),
          groups: mergeBy(current.groups, doc.groups, id),
          interactions: mergeBy(current.interactions, doc.interactions, id),
          goals: mergeBy(current.goals, doc.goals, id),
          commitments: mergeBy(current.commitments, doc.commitments, id),
        };
      }
      save(validateDocument(next));
      return {
        mode,
        people: next.people.length,
        ties: next.ties?.length ?? 0,
        interactions: next.interactions?.length ?? 0,
      };
    },
    actionStates: () =>
      (
        db.prepare('SELECT key, state, until, at FROM server_action_state').all() as {
          key: string;
          state: ActionState['state'];
          until: string | null;
          at: string;
        }[]
      ).map((r) => ({ key: r.key, state: r.state, at: r.at, ...(r.until ? { until: r.until } : {}) })),
    setActionState: (s: ActionState) => {
      db.prepare(
        'INSERT INTO server_action_state (key, state, until, at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET state = excluded.state, until = excluded.until, at = excluded.at',
      ).run(s.key, s.state, s.until ?? null, s.at);
      return s;
    },
    saveSnapshot: (takenAt: string, data: unknown): Snapshot => {
      const info = db
        .prepare('INSERT INTO server_snapshot (taken_at, json) VALUES (?, ?)')
        .run(takenAt, JSON.stringify(data));
      return { id: String(info.lastInsertRowid), takenAt, data };
    },
    listSnapshots: () =>
      (
        db.prepare('SELECT id, taken_at, json FROM server_snapshot ORDER BY id').all() as {
          id: number;
          taken_at: string;
          json: string;
        }[]
      ).map((r) => ({ id: String(r.id), takenAt: r.taken_at, data: JSON.parse(r.json) })),
    close: () => db.close(),
  };
}
