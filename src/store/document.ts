import type { Database as Sqlite, Statement } from 'better-sqlite3';
import { COLLECTIONS, type MergeSummary, mergeDocuments } from '../document/merge.js';
import type { ThreefoldDocument } from '../document/schema.js';
import { checkReferences } from '../document/validate.js';
import { conflict, invalidInput, notFound } from '../errors.js';
import { bumpRevision, type Store } from './open.js';
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

export type ImportMode = 'new' | 'merge' | 'replace';
export interface ImportSummary {
  mode: ImportMode;
  changes: MergeSummary;
}

/** Tables emptied by `replace`, children first so foreign keys never object. */
const ALL_TABLES = [
  'goal_stakeholders',
  'goals',
  'interaction_people',
  'interactions',
  'group_members',
  'groups',
  'ties',
  'relationships',
  'commitments',
  'people',
  'organizations',
  'owner',
];
const DOCUMENT_EXTRA = 'document_extra';
const TOP_LEVEL = new Set(['format', 'owner', ...COLLECTIONS]);

function insertSql(codec: TableCodec, prefix: string[] = []): string {
  const columns = [...prefix, ...columnList(codec)];
  return `INSERT INTO ${codec.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
}

export function isEmpty(sqlite: Sqlite): boolean {
  const row = sqlite
    .prepare('SELECT (SELECT count(*) FROM owner) + (SELECT count(*) FROM people) AS n')
    .get() as {
    n: number;
  };
  return row.n === 0;
}

/**
 * Writes a validated document into the store in ONE transaction: any failure (a broken
 * reference, a crash, a SIGKILL) leaves the database as it was.
 * - `new`: the database must hold no network yet;
 * - `merge`: records are upserted by id (relationships by person, ties by pair);
 * - `replace`: everything is removed first.
 */
export function importDocument(
  store: Store,
  doc: ThreefoldDocument,
  options: { mode: ImportMode },
): ImportSummary {
  const { sqlite } = store;
  let summary: MergeSummary | undefined;
  // The document's references were checked before it got here, so per-row foreign-key checks
  // only slow a large import down: they are switched off for the transaction and replaced by one
  // foreign_key_check before it commits (any violation still rolls everything back). The page
  // cache grows for the duration, since ties and attendees arrive in no index order.
  sqlite.pragma('foreign_keys = OFF');
  const cache = sqlite.pragma('cache_size', { simple: true });
  sqlite.pragma('cache_size = -262144');
  try {
    sqlite
      .transaction(() => {
        let target = doc;
        if (options.mode === 'new' && !isEmpty(sqlite)) {
          throw conflict(
            'the database already holds a network: use --merge to add to it or --replace to start over',
          );
        }
        if (options.mode === 'merge' && !isEmpty(sqlite)) {
          const existing = exportDocument(store);
          const problems = checkReferences(doc, {
            people: new Set(existing.people.map((p) => p.id)),
            organizations: new Set((existing.organizations ?? []).map((o) => o.id)),
          });
          if (problems.length > 0) {
            throw invalidInput(
              `cannot merge: ${problems[0]!.path}: ${problems[0]!.message}`,
              problems.slice(0, 50),
            );
          }
          const merged = mergeDocuments(existing, doc);
          target = merged.document;
          summary = merged.summary;
        }
        summary ??= mergeDocuments(emptyDocument(doc), doc).summary;
        for (const table of ALL_TABLES) sqlite.prepare(`DELETE FROM ${table}`).run();
        writeAll(sqlite, target);
        const broken = sqlite.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;
        if (broken.length > 0) {
          throw invalidInput(
            `the document refers to records it does not hold (${broken[0]!.table} -> ${broken[0]!.parent})`,
          );
        }
        bumpRevision(sqlite);
      })
      .immediate();
  } finally {
    sqlite.pragma(`cache_size = ${cache}`);
    sqlite.pragma('foreign_keys = ON');
  }
  return { mode: options.mode, changes: summary! };
}

function emptyDocument(doc: ThreefoldDocument): ThreefoldDocument {
  return { format: doc.format, owner: doc.owner, people: [] };
}

function writeAll(sqlite: Sqlite, doc: ThreefoldDocument): void {
  const rows = (codec: TableCodec, records: readonly object[] | undefined) => {
    if (!records || records.length === 0) return;
    const statement = sqlite.prepare(insertSql(codec));
    for (const record of records) statement.run(toCells(codec, record as Record<string, unknown>));
  };
  sqlite.prepare(insertSql(OWNER, ['id'])).run([1, ...toCells(OWNER, doc.owner)]);
  rows(ORGANIZATIONS, doc.organizations);
  rows(PEOPLE, doc.people);
  rows(RELATIONSHIPS, doc.relationships);

  if (doc.ties?.length) {
    const tie = sqlite.prepare(insertSql(TIES, ['lo', 'hi', 'flipped']));
    for (const t of doc.ties) {
      const flipped = t.a > t.b;
      tie.run([flipped ? t.b : t.a, flipped ? t.a : t.b, flipped ? 1 : 0, ...toCells(TIES, t)]);
    }
  }
  const children = (
    codec: TableCodec,
    records: ReadonlyArray<Record<string, unknown>> | undefined,
    child: Statement,
    listOf: (record: Record<string, unknown>) => ReadonlyArray<unknown> | undefined,
    childCells: (id: string, item: unknown, position: number) => unknown[],
  ) => {
    if (!records?.length) return;
    const parent = sqlite.prepare(insertSql(codec));
    for (const record of records) {
      parent.run(toCells(codec, record));
      listOf(record)?.forEach((item, position) => {
        child.run(childCells(String(record.id), item, position));
      });
    }
  };
  children(
    GROUPS,
    doc.groups,
    sqlite.prepare('INSERT INTO group_members (group_id, person, position) VALUES (?, ?, ?)'),
    (g) => g.members as string[] | undefined,
    (id, person, position) => [id, person, position],
  );
  children(
    INTERACTIONS,
    doc.interactions,
    sqlite.prepare('INSERT INTO interaction_people (interaction, person, position) VALUES (?, ?, ?)'),
    (i) => i.people as string[],
    (id, person, position) => [id, person, position],
  );
  children(
    GOALS,
    doc.goals,
    sqlite.prepare(insertSql(STAKEHOLDERS, ['goal', 'position'])),
    (g) => g.stakeholders as unknown[] | undefined,
    (id, s, position) => [id, position, ...toCells(STAKEHOLDERS, s as Record<string, unknown>)],
  );
  rows(COMMITMENTS, doc.commitments);

  const extra: Record<string, unknown> = {};
  for (const key of Object.keys(doc))
    if (!TOP_LEVEL.has(key)) extra[key] = (doc as Record<string, unknown>)[key];
  sqlite.prepare('DELETE FROM meta WHERE key = ?').run(DOCUMENT_EXTRA);
  if (Object.keys(extra).length > 0) {
    sqlite.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(DOCUMENT_EXTRA, JSON.stringify(extra));
  }
}

function listsBy(sqlite: Sqlite, sql: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  for (const [key, value] of sqlite.prepare(sql).raw().iterate() as IterableIterator<[string, string]>) {
    let list = lists.get(key);
    if (!list) {
      list = [];
      lists.set(key, list);
    }
    list.push(value);
  }
  return lists;
}

/** The whole network as a `threefold/1` document, records in the order they were written. */
export function exportDocument(store: Store): ThreefoldDocument {
  const { sqlite } = store;
  return sqlite
    .transaction(() => {
      const ownerRow = sqlite.prepare('SELECT * FROM owner WHERE id = 1').get() as
        | Record<string, unknown>
        | undefined;
      if (!ownerRow)
        throw notFound('no network yet: set the owner with `threefold init` or import a document');
      const select = (codec: TableCodec) =>
        (
          sqlite.prepare(`SELECT * FROM ${codec.table} ORDER BY rowid`).all() as Record<string, unknown>[]
        ).map((row) => fromRow(codec, row));
      const members = listsBy(
        sqlite,
        'SELECT group_id, person FROM group_members ORDER BY group_id, position',
      );
      const attendees = listsBy(
        sqlite,
        'SELECT interaction, person FROM interaction_people ORDER BY interaction, position',
      );
      const stakeholders = new Map<string, Record<string, unknown>[]>();
      for (const row of sqlite
        .prepare('SELECT * FROM goal_stakeholders ORDER BY goal, position')
        .all() as Record<string, unknown>[]) {
        const goal = String(row.goal);
        if (!stakeholders.has(goal)) stakeholders.set(goal, []);
        stakeholders.get(goal)!.push(fromRow(STAKEHOLDERS, row));
      }
      const extraRow = sqlite.prepare('SELECT value FROM meta WHERE key = ?').get(DOCUMENT_EXTRA) as
        | { value: string }
        | undefined;
      const tieRows = sqlite.prepare('SELECT * FROM ties ORDER BY rowid').all() as Record<string, unknown>[];

      return {
        format: 'threefold/1',
        ...(extraRow ? JSON.parse(extraRow.value) : {}),
        owner: fromRow(OWNER, ownerRow),
        organizations: select(ORGANIZATIONS),
        people: select(PEOPLE),
        relationships: select(RELATIONSHIPS),
        ties: tieRows.map((row) => {
          const [a, b] = row.flipped ? [row.hi, row.lo] : [row.lo, row.hi];
          return { a, b, ...fromRow(TIES, row) };
        }),
        groups: select(GROUPS).map((g) => {
          const list = members.get(String(g.id));
          return list ? { ...g, members: list } : g;
        }),
        interactions: select(INTERACTIONS).map((i) => ({ ...i, people: attendees.get(String(i.id)) ?? [] })),
        goals: select(GOALS).map((g) => {
          const list = stakeholders.get(String(g.id));
          return list ? { ...g, stakeholders: list } : g;
        }),
        commitments: select(COMMITMENTS),
      } as ThreefoldDocument;
    })
    .deferred();
}
