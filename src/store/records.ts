import type { Database as Sqlite } from 'better-sqlite3';
import { slug } from '../core/identity/normalise.js';
import { homeOrganizationRecord } from '../document/home-organization.js';
import type { CollectionName } from '../document/merge.js';
import { recordKey } from '../document/merge.js';
import { checkRecord, RECORD_RULES, withoutGroup, withoutPerson } from '../document/record-rules.js';
import { formatPath } from '../document/references.js';
import { type Owner, OwnerSchema } from '../document/schema.js';
import { conflict, invalidInput, noNetworkYet, notFound, preconditionFailed } from '../errors.js';
import { keepInteractionsEdited } from './kept-interactions.js';
import { keepRecordEdited, rowBeforeEdit } from './kept-records.js';
import { bumpRevision, type Store } from './open.js';
import { recordVersion } from './record-version.js';
import {
  COMMITMENTS,
  columnList,
  fromRow,
  GOALS,
  GROUPS,
  INTERACTIONS,
  ORGANIZATIONS,
  OWNER,
  PEOPLE,
  RELATIONSHIPS,
  STAKEHOLDERS,
  type TableCodec,
  TIES,
  toCells,
} from './tables.js';
import { keepTieGraphEdited, tieBeforeEdit } from './tie-graph.js';

export type StoredRecord = Record<string, unknown>;

interface CollectionSpec {
  codec: TableCodec;
  /** The SQL condition selecting one record, and its parameters from a key. */
  where: string;
  params(key: string): unknown[];
  singular: string;
}

const byId = (codec: TableCodec, collection: CollectionName): CollectionSpec => ({
  codec,
  where: 'id = ?',
  params: (key) => [key],
  singular: RECORD_RULES[collection].singular,
});

export const COLLECTION_SPECS: Record<CollectionName, CollectionSpec> = {
  organizations: byId(ORGANIZATIONS, 'organizations'),
  people: byId(PEOPLE, 'people'),
  relationships: {
    codec: RELATIONSHIPS,
    where: 'person = ?',
    params: (key) => [key],
    singular: 'relationship',
  },
  ties: {
    codec: TIES,
    where: 'lo = ? AND hi = ?',
    params: (key) => key.split('\u0000'),
    singular: 'tie',
  },
  groups: byId(GROUPS, 'groups'),
  interactions: byId(INTERACTIONS, 'interactions'),
  goals: byId(GOALS, 'goals'),
  commitments: byId(COMMITMENTS, 'commitments'),
};

/** The key of a tie between two people, in either order. */
export function tieKey(a: string, b: string): string {
  return recordKey('ties', { a, b });
}

function attachChildren(
  sqlite: Sqlite,
  collection: CollectionName,
  record: StoredRecord,
  row: StoredRecord,
): StoredRecord {
  if (collection === 'ties') {
    const [a, b] = row.flipped ? [row.hi, row.lo] : [row.lo, row.hi];
    return { a, b, ...record };
  }
  const id = record.id;
  if (collection === 'groups') {
    const members = sqlite
      .prepare('SELECT person FROM group_members WHERE group_id = ? ORDER BY position')
      .pluck()
      .all(id);
    return members.length > 0 ? { ...record, members } : record;
  }
  if (collection === 'interactions') {
    const people = sqlite
      .prepare('SELECT person FROM interaction_people WHERE interaction = ? ORDER BY position')
      .pluck()
      .all(id);
    return { ...record, people };
  }
  if (collection === 'goals') {
    const rows = sqlite
      .prepare('SELECT * FROM goal_stakeholders WHERE goal = ? ORDER BY position')
      .all(id) as StoredRecord[];
    return rows.length > 0 ? { ...record, stakeholders: rows.map((r) => fromRow(STAKEHOLDERS, r)) } : record;
  }
  return record;
}

/** A row of a collection's table (with its child rows read) as the record it stores. */
export function recordFromRow(store: Store, collection: CollectionName, row: StoredRecord): StoredRecord {
  return attachChildren(store.sqlite, collection, fromRow(COLLECTION_SPECS[collection].codec, row), row);
}

export function getRecord(store: Store, collection: CollectionName, key: string): StoredRecord | undefined {
  const spec = COLLECTION_SPECS[collection];
  const row = store.sqlite
    .prepare(`SELECT * FROM ${spec.codec.table} WHERE ${spec.where}`)
    .get(...spec.params(key)) as StoredRecord | undefined;
  return row ? attachChildren(store.sqlite, collection, fromRow(spec.codec, row), row) : undefined;
}

export function requireRecord(store: Store, collection: CollectionName, key: string): StoredRecord {
  const record = getRecord(store, collection, key);
  if (!record) {
    const shown = collection === 'ties' ? key.replace('\u0000', '" and "') : key;
    throw notFound(`no ${COLLECTION_SPECS[collection].singular} "${shown}"`);
  }
  return record;
}

export function listRecords(store: Store, collection: CollectionName): StoredRecord[] {
  const spec = COLLECTION_SPECS[collection];
  const rows = store.sqlite
    .prepare(`SELECT * FROM ${spec.codec.table} ORDER BY rowid`)
    .all() as StoredRecord[];
  return rows.map((row) => attachChildren(store.sqlite, collection, fromRow(spec.codec, row), row));
}

export function countRecords(store: Store, collection: CollectionName): number {
  return store.sqlite
    .prepare(`SELECT count(*) FROM ${COLLECTION_SPECS[collection].codec.table}`)
    .pluck()
    .get() as number;
}

/** The ids of a table as the set-like view `checkReferences` reads, answered by the index. */
function idLookup(sqlite: Sqlite, table: 'people' | 'organizations' | 'groups'): ReadonlySet<string> {
  const exists = sqlite.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck();
  const size = sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck();
  return {
    has: (id: string) => exists.get(id) !== undefined,
    get size() {
      return size.get() as number;
    },
  } as ReadonlySet<string>;
}

/** Validates one record against its schema and the ids the database holds. */
function validateRecord(store: Store, collection: CollectionName, record: unknown): StoredRecord {
  // One record names a handful of ids: each is looked up, rather than every id read (a write
  // to a 50k-person network stays a few milliseconds).
  return checkRecord(collection, record, {
    people: idLookup(store.sqlite, 'people'),
    organizations: idLookup(store.sqlite, 'organizations'),
    groups: idLookup(store.sqlite, 'groups'),
  });
}

/**
 * The tables a write to one record of `collection` changes: its own and its child rows' (the
 * home organisation an organisation write may add is an organisation too). What the analysis
 * kept from other tables stays valid across the write (`bumpRevision`).
 */
function touchedBy(collection: CollectionName): string[] {
  const children: Partial<Record<CollectionName, string>> = {
    groups: 'group_members',
    interactions: 'interaction_people',
    goals: 'goal_stakeholders',
  };
  const child = children[collection];
  return [COLLECTION_SPECS[collection].codec.table, ...(child ? [child] : [])];
}

function writeChildren(sqlite: Sqlite, collection: CollectionName, record: StoredRecord): void {
  const id = record.id;
  if (collection === 'groups') {
    sqlite.prepare('DELETE FROM group_members WHERE group_id = ?').run(id);
    const insert = sqlite.prepare('INSERT INTO group_members (group_id, person, position) VALUES (?, ?, ?)');
    ((record.members as string[] | undefined) ?? []).forEach((p, i) => insert.run(id, p, i));
  } else if (collection === 'interactions') {
    sqlite.prepare('DELETE FROM interaction_people WHERE interaction = ?').run(id);
    const insert = sqlite.prepare(
      'INSERT INTO interaction_people (interaction, person, position) VALUES (?, ?, ?)',
    );
    (record.people as string[]).forEach((p, i) => insert.run(id, p, i));
  } else if (collection === 'goals') {
    sqlite.prepare('DELETE FROM goal_stakeholders WHERE goal = ?').run(id);
    const columns = ['goal', 'position', ...columnList(STAKEHOLDERS)];
    const insert = sqlite.prepare(
      `INSERT INTO goal_stakeholders (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    ((record.stakeholders as StoredRecord[] | undefined) ?? []).forEach((s, i) =>
      insert.run(id, i, ...toCells(STAKEHOLDERS, s)),
    );
  }
}

function requireOwner(sqlite: Sqlite): void {
  if (!sqlite.prepare('SELECT 1 FROM owner').get()) {
    throw noNetworkYet();
  }
}

/** Before the first other organisation is added, the owner's home one is recorded (see home-organization.ts). */
function recordHomeOrganization(sqlite: Sqlite, adding: string): void {
  const owner = sqlite.prepare('SELECT organization FROM owner').get() as
    | { organization: string }
    | undefined;
  const home = owner?.organization;
  if (!home || home === adding || sqlite.prepare('SELECT 1 FROM organizations WHERE id = ?').get(home))
    return;
  const codec = COLLECTION_SPECS.organizations.codec;
  const columns = columnList(codec);
  sqlite
    .prepare(
      `INSERT INTO ${codec.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    )
    .run(toCells(codec, homeOrganizationRecord(home)));
}

/**
 * Creates a record; `conflict` when its key is taken. Without an id, `idFrom` makes a readable
 * one (`p:jane-doe`, then `p:jane-doe-2`) in the same transaction, so two writers never take the
 * same id.
 */
export function createRecord(
  store: Store,
  collection: CollectionName,
  input: unknown,
  idFrom?: { prefix: string; text: string },
): StoredRecord {
  const { sqlite } = store;
  const spec = COLLECTION_SPECS[collection];
  return sqlite
    .transaction(() => {
      requireOwner(sqlite);
      let given = input;
      if (idFrom && typeof input === 'object' && input !== null && (input as StoredRecord).id === undefined) {
        // The id comes first, so a record shown reads naturally.
        given = { id: readableId(store, collection, idFrom.prefix, idFrom.text), ...(input as StoredRecord) };
      }
      const record = validateRecord(store, collection, given);
      const key = recordKey(collection, record);
      if (getRecord(store, collection, key)) {
        throw conflict(`${spec.singular} "${key.replace('\u0000', '" and "')}" already exists`);
      }
      if (collection === 'organizations') recordHomeOrganization(sqlite, String(record.id));
      const cells = toCells(spec.codec, record);
      const columns = columnList(spec.codec);
      if (collection === 'ties') {
        const [lo, hi] = key.split('\u0000');
        columns.unshift('lo', 'hi', 'flipped');
        cells.unshift(lo!, hi!, record.a === lo ? 0 : 1);
      }
      sqlite
        .prepare(
          `INSERT INTO ${spec.codec.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        )
        .run(cells);
      writeChildren(sqlite, collection, record);
      // A new record and its child rows come after every row there was.
      bumpRevision(sqlite, { tables: touchedBy(collection), appended: true });
      return record;
    })
    .immediate();
}

/** Fails when the record is no longer at the version the caller read. */
function checkVersion(
  collection: CollectionName,
  key: string,
  current: StoredRecord,
  ifVersion?: string | readonly string[],
): void {
  if (ifVersion === undefined) return;
  const version = recordVersion(current);
  if (typeof ifVersion === 'string' ? version !== ifVersion : !ifVersion.includes(version)) {
    const shown = collection === 'ties' ? key.replace('\u0000', '" and "') : key;
    throw preconditionFailed(
      `the ${COLLECTION_SPECS[collection].singular} "${shown}" has changed since it was read: read it again and retry`,
    );
  }
}

/**
 * Replaces a record by key with `next`, or with what `next` makes of the current record, read
 * in the same transaction (its key may not change). With `ifVersion`, only if the record is
 * still at that version.
 */
export function updateRecord(
  store: Store,
  collection: CollectionName,
  key: string,
  next: unknown | ((current: StoredRecord) => unknown),
  ifVersion?: string | readonly string[],
): StoredRecord {
  const { sqlite } = store;
  const spec = COLLECTION_SPECS[collection];
  return sqlite
    .transaction(() => {
      const current = requireRecord(store, collection, key);
      checkVersion(collection, key, current, ifVersion);
      const record = validateRecord(store, collection, typeof next === 'function' ? next(current) : next);
      if (recordKey(collection, record) !== key)
        throw invalidInput(`the ${spec.singular}'s id cannot change`);
      // What is kept of people, relationships, interactions and ties is patched, not computed again.
      const edited =
        collection === 'interactions' || collection === 'people' || collection === 'relationships'
          ? rowBeforeEdit(sqlite, spec.codec, key)
          : undefined;
      const tie =
        collection === 'ties' ? tieBeforeEdit(sqlite, ...(spec.params(key) as [string, string])) : undefined;
      const columns = columnList(spec.codec);
      sqlite
        .prepare(
          `UPDATE ${spec.codec.table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE ${spec.where}`,
        )
        .run(...toCells(spec.codec, record), ...spec.params(key));
      writeChildren(sqlite, collection, record);
      bumpRevision(sqlite, { tables: touchedBy(collection), updated: true });
      if (edited && collection === 'interactions')
        keepInteractionsEdited(sqlite, edited, record.people as string[]);
      if (edited && (collection === 'people' || collection === 'relationships'))
        keepRecordEdited(sqlite, spec.codec, edited);
      if (tie) keepTieGraphEdited(sqlite, tie, (record.strength as number | undefined) ?? null);
      return record;
    })
    .immediate();
}

/** Removes a record; removing a person removes their relationship, ties and memberships too. */
export function deleteRecord(
  store: Store,
  collection: CollectionName,
  key: string,
  ifVersion?: string | readonly string[],
): void {
  const { sqlite } = store;
  const spec = COLLECTION_SPECS[collection];
  sqlite
    .transaction(() => {
      checkVersion(collection, key, requireRecord(store, collection, key), ifVersion);
      if (collection === 'organizations') {
        const users = sqlite
          .prepare('SELECT count(*) FROM people WHERE organization = ?')
          .pluck()
          .get(key) as number;
        if (users > 0)
          throw conflict(`organization "${key}" still has ${users} people: move or remove them first`);
      }
      if (collection === 'groups')
        rewriteCommitmentsNaming(store, key, (c) =>
          Array.isArray(c.groups) && c.groups.includes(key) ? withoutGroup(c, key) : c,
        );
      if (collection === 'people') {
        forgetInCommitments(store, key);
        // Interactions that named only this person would be left with nobody: remove them too.
        sqlite
          .prepare(
            `DELETE FROM interactions WHERE id IN (SELECT interaction FROM interaction_people GROUP BY interaction
             HAVING count(*) = 1 AND max(person) = ?)`,
          )
          .run(key);
      }
      const edited = collection === 'interactions' ? rowBeforeEdit(sqlite, spec.codec, key) : undefined;
      const tie =
        collection === 'ties' ? tieBeforeEdit(sqlite, ...(spec.params(key) as [string, string])) : undefined;
      sqlite.prepare(`DELETE FROM ${spec.codec.table} WHERE ${spec.where}`).run(...spec.params(key));
      // A person's removal reaches most tables (cascades, interactions left with nobody).
      bumpRevision(sqlite, collection === 'people' ? undefined : { tables: touchedBy(collection) });
      if (edited) keepInteractionsEdited(sqlite, edited, undefined);
      if (tie) keepTieGraphEdited(sqlite, tie, undefined);
    })
    .immediate();
}

/**
 * Commitments keep the people and groups they name with their other fields (`extra`): the ones
 * that may name `id` are found by text and written again as `change` makes them.
 */
export function rewriteCommitmentsNaming(
  store: Store,
  id: string,
  change: (commitment: StoredRecord) => StoredRecord,
): void {
  const { sqlite } = store;
  const pattern = `%${JSON.stringify(id).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const ids = sqlite
    .prepare("SELECT id FROM commitments WHERE extra LIKE ? ESCAPE '\\'")
    .pluck()
    .all(pattern) as string[];
  const columns = columnList(COMMITMENTS);
  const update = sqlite.prepare(
    `UPDATE commitments SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`,
  );
  for (const id of ids) {
    const current = getRecord(store, 'commitments', id)!;
    const next = change(current);
    if (next !== current) update.run(...toCells(COMMITMENTS, next), id);
  }
}

function forgetInCommitments(store: Store, person: string): void {
  rewriteCommitmentsNaming(store, person, (c) =>
    Array.isArray(c.people) && c.people.includes(person) ? withoutPerson('commitments', c, person)! : c,
  );
}

export function getOwner(store: Store): Owner | undefined {
  const row = store.sqlite.prepare('SELECT * FROM owner WHERE id = 1').get() as StoredRecord | undefined;
  return row ? (fromRow(OWNER, row) as Owner) : undefined;
}

export function setOwner(store: Store, input: unknown): Owner {
  const parsed = OwnerSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalidInput(`invalid owner: ${formatPath(issue.path)}: ${issue.message}`);
  }
  const { sqlite } = store;
  sqlite
    .transaction(() => {
      const columns = ['id', ...columnList(OWNER)];
      sqlite
        .prepare(
          `INSERT INTO owner (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
           ON CONFLICT(id) DO UPDATE SET ${columnList(OWNER)
             .map((c) => `${c} = excluded.${c}`)
             .join(', ')}`,
        )
        .run(1, ...toCells(OWNER, parsed.data));
      bumpRevision(sqlite, { tables: ['owner'] });
    })
    .immediate();
  return parsed.data;
}

/** A readable id not yet taken: `p:jane-doe`, then `p:jane-doe-2`, ... */
export function readableId(store: Store, collection: CollectionName, prefix: string, text: string): string {
  const base = `${prefix}:${slug(text)}`;
  const table = COLLECTION_SPECS[collection].codec.table;
  const taken = store.sqlite.prepare(`SELECT 1 FROM ${table} WHERE id = ?`);
  let id = base;
  for (let n = 2; taken.get(id); n++) id = `${base}-${n}`;
  return id;
}
