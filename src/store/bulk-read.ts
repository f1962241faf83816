import type { Database as Sqlite } from 'better-sqlite3';
import { rawRowReader, type TableCodec } from './tables.js';

/**
 * Reading big tables fast. Hundreds of thousands of rows crossing from SQLite one cell at a
 * time cost seconds; one JSON text that SQLite writes and JSON.parse reads costs a fraction.
 */

/**
 * Every row of a table in the order written, as one JSON text of records. SQLite only
 * concatenates text here (no JSON is parsed on its side): each member is `"field":value`, and
 * concat_ws leaves out the members whose column is NULL, so fields come in codec order after
 * `prefix`, unset ones absent. A row with extra fields comes as [record, extra].
 */
function allAsJsonText(
  sqlite: Sqlite,
  codec: TableCodec,
  prefix: ReadonlyArray<readonly [string, string]> = [],
  rows?: { after: number } | { at: number },
): string {
  const member = (field: string, sql: string) => `'"${field}":' || ${sql}`;
  const value = (c: TableCodec['columns'][number]) =>
    c.kind === 'json'
      ? c.column // stored as JSON text already
      : c.kind === 'bool'
        ? `iif(${c.column} = 1, 'true', 'false')`
        : `json_quote(${c.column})`;
  const members = [
    ...prefix.map(([field, sql]) => member(field, `json_quote(${sql})`)),
    ...codec.columns.map((c) => `iif(${c.column} IS NULL, NULL, ${member(c.field, value(c))})`),
  ];
  const record = `'{' || concat_ws(',', ${members.join(', ')}) || '}'`;
  const element = `iif(extra IS NULL, ${record}, '[' || ${record} || ',' || extra || ']')`;
  return sqlite
    .prepare(
      // The ordered subquery runs as a co-routine over the table in rowid order (no sort step),
      // and the aggregate takes its rows in that order.
      `SELECT coalesce('[' || group_concat(e, ',') || ']', '[]') FROM (SELECT ${element} AS e FROM ${codec.table}${rows === undefined ? '' : 'after' in rows ? ' WHERE rowid > ?' : ' WHERE rowid = ?'} ORDER BY rowid)`,
    )
    .pluck()
    .get(...(rows === undefined ? [] : ['after' in rows ? rows.after : rows.at])) as string;
}

/** The records of `allAsJsonText`, extra fields merged last, exactly as `fromRow` does. */
function recordsFromJson(text: string): Record<string, unknown>[] {
  const records = JSON.parse(text) as Array<Record<string, unknown> | [Record<string, unknown>, object]>;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (Array.isArray(r)) records[i] = Object.assign(r[0], r[1]);
  }
  return records as Record<string, unknown>[];
}

/** Every row of a table in the order written (only those after rowid `afterRowid`, if given). */
export function readAllAsJson(
  sqlite: Sqlite,
  codec: TableCodec,
  prefix: ReadonlyArray<readonly [string, string]> = [],
  afterRowid?: number,
): Record<string, unknown>[] {
  return recordsFromJson(
    allAsJsonText(sqlite, codec, prefix, afterRowid === undefined ? undefined : { after: afterRowid }),
  );
}

/** The row at `rowid` as `readAllAsJson` gives it; undefined when there is none. */
export function readOneAsJson(
  sqlite: Sqlite,
  codec: TableCodec,
  rowid: number,
): Record<string, unknown> | undefined {
  return recordsFromJson(allAsJsonText(sqlite, codec, [], { at: rowid }))[0];
}

/** Every row of a table in the order written, decoded straight from arrays. */
export function readAll(sqlite: Sqlite, codec: TableCodec): Record<string, unknown>[] {
  const statement = sqlite.prepare(`SELECT * FROM ${codec.table} ORDER BY rowid`).raw();
  const read = rawRowReader(
    codec,
    statement.columns().map((c) => c.name),
  );
  const rows = statement.all() as unknown[][];
  const records = new Array<Record<string, unknown>>(rows.length);
  for (let i = 0; i < rows.length; i++) records[i] = read(rows[i]!);
  return records;
}

/** A child table's rows in table order, as one JSON text of [parent, person, position, ...]. */
function childRowsText(sqlite: Sqlite, table: string, parent: string): string {
  return sqlite
    .prepare(
      `SELECT coalesce('[' || group_concat(e, ',') || ']', '[]') FROM (SELECT json_quote(${parent}) || ',' || json_quote(person) || ',' || position AS e FROM ${table} ORDER BY rowid)`,
    )
    .pluck()
    .get() as string;
}

export function childLists(
  sqlite: Sqlite,
  table: string,
  parent: string,
  parents: readonly string[],
): Array<string[] | undefined> {
  return pairChildLists(childRowsText(sqlite, table, parent), parents);
}

/**
 * Child lists (group members, interaction attendees) of `parents` (ids in table order), from
 * `childRowsText`, each in position order; undefined for a parent without children. Rows are read in table order, where
 * children normally follow their parents' order and their own positions (they are written
 * together, in order), so one walk pairs them without a map. An edit can move a parent's rows
 * (a rewritten list goes to the table's end): any row the walk leaves over, or a position out
 * of order, sends the lists through grouping by parent and sorting by position instead.
 */
function pairChildLists(text: string, parents: readonly string[]): Array<string[] | undefined> {
  const flat = JSON.parse(text) as Array<string | number>;
  const lists = new Array<string[] | undefined>(parents.length);
  let r = 0;
  walk: for (let p = 0; p < parents.length; p++) {
    const id = parents[p]!;
    if (r >= flat.length || flat[r] !== id) continue;
    const list: string[] = [];
    for (let last = -Infinity; r < flat.length && flat[r] === id; r += 3) {
      const position = flat[r + 2] as number;
      if (position <= last) break walk;
      last = position;
      list.push(flat[r + 1] as string);
    }
    lists[p] = list;
  }
  if (r === flat.length) return lists;

  const rows = new Map<string, Array<{ person: string; position: number }>>();
  for (let i = 0; i < flat.length; i += 3) {
    const key = flat[i] as string;
    let group = rows.get(key);
    if (!group) {
      group = [];
      rows.set(key, group);
    }
    group.push({ person: flat[i + 1] as string, position: flat[i + 2] as number });
  }
  return parents.map((id) =>
    rows
      .get(id)
      ?.sort((x, y) => x.position - y.position)
      .map((x) => x.person),
  );
}
