import { stillHides } from '../core/coach/actions.js';
import { ThreefoldError } from '../errors.js';
import { bumpRevision, type Store } from './open.js';

export interface StoredSnapshot {
  id: number;
  takenAt: string;
  asOf: string;
  kind: string;
  data: unknown;
}

interface Row {
  id: number;
  taken_at: string;
  as_of: string;
  kind: string;
  data: string;
}
const fromRow = (r: Row): StoredSnapshot => ({
  id: r.id,
  takenAt: r.taken_at,
  asOf: r.as_of,
  kind: r.kind,
  data: JSON.parse(r.data),
});

/** Keeps a review snapshot (the measures worth comparing later). `takenAt` comes from the edge's clock. */
export function saveSnapshot(
  store: Store,
  snapshot: { takenAt: string; asOf: string; kind?: string; data: unknown },
): StoredSnapshot {
  const { sqlite } = store;
  const id = sqlite
    .transaction(() => {
      const info = sqlite
        .prepare('INSERT INTO snapshots (taken_at, as_of, kind, data) VALUES (?, ?, ?, ?)')
        .run(snapshot.takenAt, snapshot.asOf, snapshot.kind ?? 'review', JSON.stringify(snapshot.data));
      bumpRevision(sqlite, { tables: ['snapshots'] });
      return Number(info.lastInsertRowid);
    })
    .immediate();
  return {
    id,
    takenAt: snapshot.takenAt,
    asOf: snapshot.asOf,
    kind: snapshot.kind ?? 'review',
    data: snapshot.data,
  };
}

/** Snapshots oldest first (by the date they describe, then by when they were taken). */
export function listSnapshots(store: Store, kind = 'review'): StoredSnapshot[] {
  return (
    store.sqlite.prepare('SELECT * FROM snapshots WHERE kind = ? ORDER BY as_of, id').all(kind) as Row[]
  ).map(fromRow);
}

export function latestSnapshotBefore(
  store: Store,
  asOf: string,
  kind = 'review',
): StoredSnapshot | undefined {
  const row = store.sqlite
    .prepare('SELECT * FROM snapshots WHERE kind = ? AND as_of <= ? ORDER BY as_of DESC, id DESC LIMIT 1')
    .get(kind, asOf) as Row | undefined;
  return row ? fromRow(row) : undefined;
}

export type ActionStateName = 'done' | 'dismissed' | 'snoozed';

export function setActionState(
  store: Store,
  key: string,
  state: ActionStateName,
  at: string,
  until?: string,
): void {
  if (state === 'snoozed' && !until)
    throw new ThreefoldError('invalid_input', 'a snoozed action needs a date to come back');
  store.sqlite
    .prepare(
      'INSERT INTO action_states (key, state, until, at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET state = excluded.state, until = excluded.until, at = excluded.at',
    )
    .run(key, state, until ?? null, at);
}

/** Keys of actions to leave out as of a date: done, dismissed, or snoozed until after it. */
export function hiddenActions(store: Store, asOf: string): Set<string> {
  const rows = store.sqlite.prepare('SELECT key, state, until FROM action_states').all() as Array<{
    key: string;
    state: string;
    until: string | null;
  }>;
  return new Set(rows.filter((r) => stillHides(r, asOf)).map((r) => r.key));
}
