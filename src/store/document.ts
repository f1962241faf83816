import type { Database as Sqlite } from 'better-sqlite3';
import { COLLECTIONS, creationSummary, type MergeSummary, mergeDocuments } from '../document/merge.js';
import { checkReferences } from '../document/references.js';
import type { ThreefoldDocument } from '../document/schema.js';
import { conflict, invalidInput, noNetworkYet } from '../errors.js';
import { keepAnalysisInput } from './analysis-keep.js';
import { BatchInsert } from './batch-insert.js';
import { childLists, readAll, readAllAsJson } from './bulk-read.js';
import { bumpRevision, revision, type Store } from './open.js';
import {
  type Cell,
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
  writeCells,
} from './tables.js';

export type ImportMode = 'new' | 'merge' | 'replace';
export interface ImportSummary {
  mode: ImportMode;
  changes: MergeSummary;
}

/** Thrown at the end of a dry run's transaction to roll it back. */
const DRY_RUN = Symbol('dry run');

/** Tables emptied by `replace`, children first so foreign keys never object. */
const ALL_TABLES = [
  'derived_data',
  'derived_revision',
  'derived_pending',
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
 * A dry run (`dryRun`) does all of it, every check included, then rolls it back: it answers
 * exactly as the import would, and writes nothing.
 */
export function importDocument(
  store: Store,
  doc: ThreefoldDocument,
  options: { mode: ImportMode; dryRun?: boolean },
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
        summary ??= creationSummary(doc);
        for (const table of ALL_TABLES) sqlite.prepare(`DELETE FROM ${table}`).run();
        // Secondary indexes are rebuilt once from sorted data instead of updated row by row;
        // the drop is part of the transaction, so a failure restores them with everything else.
        const indexes = sqlite
          .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
          .all() as Array<{ name: string; sql: string }>;
        for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
        writeAll(sqlite, target);
        for (const index of indexes) sqlite.exec(index.sql);
        const broken = sqlite.pragma('foreign_key_check') as Array<{ table: string; parent: string }>;
        if (broken.length > 0) {
          throw invalidInput(
            `the document refers to records it does not hold (${broken[0]!.table} -> ${broken[0]!.parent})`,
          );
        }
        bumpRevision(sqlite);
        keepAnalysisInput(sqlite, revision(sqlite), target);
        if (options.dryRun) throw DRY_RUN;
      })
      .immediate();
  } catch (err) {
    if (err !== DRY_RUN) throw err;
  } finally {
    sqlite.pragma(`cache_size = ${cache}`);
    sqlite.pragma('foreign_keys = ON');
  }
  return { mode: options.mode, changes: summary! };
}

function writeAll(sqlite: Sqlite, doc: ThreefoldDocument): void {
  // Many rows per statement (batch-insert.ts), in document order.
  const batch = (codec: TableCodec, prefix: string[] = []) =>
    new BatchInsert(sqlite, codec.table, [...prefix, ...columnList(codec)]);
  const rows = (codec: TableCodec, records: readonly object[] | undefined) => {
    if (!records || records.length === 0) return;
    const insert = batch(codec);
    for (const record of records)
      writeCells(codec, record as Record<string, unknown>, insert.cells, insert.next());
    insert.finish();
  };
  sqlite.prepare(insertSql(OWNER, ['id'])).run([1, ...toCells(OWNER, doc.owner)]);
  rows(ORGANIZATIONS, doc.organizations);
  rows(PEOPLE, doc.people);
  rows(RELATIONSHIPS, doc.relationships);

  if (doc.ties?.length) {
    const insert = batch(TIES, ['lo', 'hi', 'flipped']);
    const { cells } = insert;
    for (const t of doc.ties) {
      const at = insert.next();
      const flipped = t.a > t.b;
      cells[at] = flipped ? t.b : t.a;
      cells[at + 1] = flipped ? t.a : t.b;
      cells[at + 2] = flipped ? 1 : 0;
      writeCells(TIES, t, cells, at + 3);
    }
    insert.finish();
  }
  const children = (
    codec: TableCodec,
    records: ReadonlyArray<Record<string, unknown>> | undefined,
    child: BatchInsert,
    listOf: (record: Record<string, unknown>) => ReadonlyArray<unknown> | undefined,
    /** Fills the child row's cells from `at`. */
    childCells: (cells: Cell[], at: number, id: string, item: unknown, position: number) => void,
  ) => {
    if (!records?.length) return;
    const parent = batch(codec);
    for (const record of records) {
      writeCells(codec, record, parent.cells, parent.next());
      const list = listOf(record);
      if (!list) continue;
      const id = String(record.id);
      for (let position = 0; position < list.length; position++)
        childCells(child.cells, child.next(), id, list[position], position);
    }
    parent.finish();
    child.finish();
  };
  const member = (cells: Cell[], at: number, id: string, person: unknown, position: number) => {
    cells[at] = id;
    cells[at + 1] = person as string;
    cells[at + 2] = position;
  };
  const members = (table: string, parent: string) =>
    new BatchInsert(sqlite, table, [parent, 'person', 'position']);
  children(
    GROUPS,
    doc.groups,
    members('group_members', 'group_id'),
    (g) => g.members as string[] | undefined,
    member,
  );
  children(
    INTERACTIONS,
    doc.interactions,
    members('interaction_people', 'interaction'),
    (i) => i.people as string[],
    member,
  );
  children(
    GOALS,
    doc.goals,
    batch(STAKEHOLDERS, ['goal', 'position']),
    (g) => g.stakeholders as unknown[] | undefined,
    (cells, at, id, s, position) => {
      cells[at] = id;
      cells[at + 1] = position;
      writeCells(STAKEHOLDERS, s as Record<string, unknown>, cells, at + 2);
    },
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

function withAttendees(sqlite: Sqlite, interactions: Record<string, unknown>[]): Record<string, unknown>[] {
  const attendees = childLists(
    sqlite,
    'interaction_people',
    'interaction',
    interactions.map((i) => String(i.id)),
  );
  for (let i = 0; i < interactions.length; i++) interactions[i]!.people = attendees[i] ?? [];
  return interactions;
}

/** The whole network as a `threefold/1` document, records in the order they were written. */
export function exportDocument(store: Store): ThreefoldDocument {
  return store.sqlite.transaction(() => readDocument(store.sqlite, { ties: true })).deferred();
}

/** The document with no interactions, for what draws only people and ties (the map). */
export function exportWithoutInteractions(store: Store): ThreefoldDocument {
  return store.sqlite
    .transaction(() => readDocument(store.sqlite, { ties: true, interactions: () => [] }))
    .deferred();
}

/**
 * The document as stored; without its ties when `ties` is false (the analysis reads them
 * compiled instead, tie-graph.ts). `people` and `interactions`, when given, supply those
 * records (the interactions with their people) instead of reading their rows: the analysis
 * keeps them (kept-records.ts, kept-interactions.ts). Call inside a transaction, so every
 * table is read at once.
 */
export function readDocument(
  sqlite: Sqlite,
  options: {
    ties: boolean;
    people?: () => Record<string, unknown>[];
    relationships?: () => Record<string, unknown>[];
    interactions?: (people: readonly string[]) => Record<string, unknown>[];
  },
): ThreefoldDocument {
  const ownerRow = sqlite.prepare('SELECT * FROM owner WHERE id = 1').get() as
    | Record<string, unknown>
    | undefined;
  if (!ownerRow) throw noNetworkYet();
  const stakeholders = new Map<string, Record<string, unknown>[]>();
  for (const row of sqlite.prepare('SELECT * FROM goal_stakeholders ORDER BY goal, position').all() as Record<
    string,
    unknown
  >[]) {
    const goal = String(row.goal);
    if (!stakeholders.has(goal)) stakeholders.set(goal, []);
    stakeholders.get(goal)!.push(fromRow(STAKEHOLDERS, row));
  }
  const extraRow = sqlite.prepare('SELECT value FROM meta WHERE key = ?').get(DOCUMENT_EXTRA) as
    | { value: string }
    | undefined;

  // Ties: the pair first (stored as lo/hi with a flag), then the codec's fields.
  const ties = options.ties
    ? readAllAsJson(sqlite, TIES, [
        ['a', 'iif(flipped, hi, lo)'],
        ['b', 'iif(flipped, lo, hi)'],
      ])
    : undefined;
  const people = options.people ? options.people() : readAllAsJson(sqlite, PEOPLE);
  const interactions = options.interactions
    ? options.interactions(people.map((p) => String(p.id)))
    : withAttendees(sqlite, readAllAsJson(sqlite, INTERACTIONS));
  const groups = readAll(sqlite, GROUPS);
  const members = childLists(
    sqlite,
    'group_members',
    'group_id',
    groups.map((g) => String(g.id)),
  );

  return {
    format: 'threefold/1',
    ...(extraRow ? JSON.parse(extraRow.value) : {}),
    owner: fromRow(OWNER, ownerRow),
    organizations: readAll(sqlite, ORGANIZATIONS),
    people,
    // Read as one JSON text: tens of thousands of relationships (an imported address book)
    // cost 0.23-0.30 s of CPU as rows at 200,000 people, 0.09-0.11 s so.
    relationships: options.relationships ? options.relationships() : readAllAsJson(sqlite, RELATIONSHIPS),
    ...(ties ? { ties } : {}),
    groups: groups.map((g, i) => (members[i] ? { ...g, members: members[i] } : g)),
    interactions,
    goals: readAll(sqlite, GOALS).map((g) => {
      const list = stakeholders.get(String(g.id));
      return list ? { ...g, stakeholders: list } : g;
    }),
    commitments: readAll(sqlite, COMMITMENTS),
  } as ThreefoldDocument;
}
