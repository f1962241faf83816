/**
 * The tables and how each document record maps to a row. One descriptor per collection drives
 * both directions (record -> row on import and edit, row -> record on export and show), so a
 * field can never be written but forgotten on the way out.
 */
export type Cell = string | number | null;

export type ColumnKind = 'text' | 'int' | 'real' | 'bool' | 'json';
export interface Column {
  column: string;
  field: string;
  kind: ColumnKind;
}
export interface TableCodec {
  table: string;
  columns: readonly Column[];
}

const col = (field: string, kind: ColumnKind = 'text', column = field): Column => ({ column, field, kind });

export const OWNER: TableCodec = {
  table: 'owner',
  columns: [
    col('name'),
    col('organization'),
    col('unit'),
    col('title'),
    col('level', 'int'),
    col('interests', 'json'),
  ],
};
export const ORGANIZATIONS: TableCodec = {
  table: 'organizations',
  columns: [col('id'), col('name'), col('kind'), col('sector'), col('trust', 'int'), col('support', 'json')],
};
export const PEOPLE: TableCodec = {
  table: 'people',
  columns: [
    col('id'),
    col('name'),
    col('emails', 'json'),
    col('phones', 'json'),
    col('organization'),
    col('unit'),
    col('title'),
    col('level', 'int'),
    col('sector'),
    col('region'),
    col('interests', 'json'),
    col('offers', 'json'),
    col('needs', 'json'),
    col('tags', 'json'),
    col('notes'),
  ],
};
export const RELATIONSHIPS: TableCodec = {
  table: 'relationships',
  columns: [
    col('person'),
    col('forms', 'json'),
    col('roles', 'json'),
    col('prescribed', 'bool'),
    col('strength', 'int'),
    col('trust', 'int'),
    col('support', 'int'),
    col('since'),
    col('cadenceDays', 'int', 'cadence_days'),
    col('introducedBy', 'text', 'introduced_by'),
  ],
};
export const TIES: TableCodec = {
  table: 'ties',
  columns: [col('strength', 'int'), col('source')],
};
export const GROUPS: TableCodec = {
  table: 'groups',
  columns: [col('id'), col('name'), col('kind'), col('ownerIsMember', 'bool', 'owner_is_member')],
};
export const INTERACTIONS: TableCodec = {
  table: 'interactions',
  columns: [
    col('id'),
    col('date'),
    col('kind'),
    col('minutes', 'real'),
    col('forms', 'json'),
    col('direction'),
    col('value', 'json'),
    col('notes'),
  ],
};
export const GOALS: TableCodec = { table: 'goals', columns: [col('id'), col('title'), col('due')] };
export const STAKEHOLDERS: TableCodec = {
  table: 'goal_stakeholders',
  columns: [col('person'), col('influence', 'int'), col('stance')],
};
export const COMMITMENTS: TableCodec = {
  table: 'commitments',
  columns: [col('id'), col('text'), col('form'), col('kind'), col('per'), col('target', 'int'), col('since')],
};

/** Fields a record carries that live in child tables, not in `extra`. */
const CHILD_FIELDS: Record<string, readonly string[]> = {
  groups: ['members'],
  interactions: ['people'],
  goals: ['stakeholders'],
  ties: ['a', 'b'],
};

const knownFields = new Map<TableCodec, Set<string>>();
function known(codec: TableCodec): Set<string> {
  let set = knownFields.get(codec);
  if (!set) {
    set = new Set([...codec.columns.map((c) => c.field), ...(CHILD_FIELDS[codec.table] ?? [])]);
    knownFields.set(codec, set);
  }
  return set;
}

/** The row values in column order, then `extra` (unknown fields as JSON, or null). */
export function toCells(codec: TableCodec, record: Record<string, unknown>): Cell[] {
  const cells = new Array<Cell>(codec.columns.length + 1);
  writeCells(codec, record, cells, 0);
  return cells;
}

/**
 * `toCells` written into `cells` from position `at`: a bulk import binds a million rows, and
 * one array reused for all of them (a statement binds its values before `run` returns) spares
 * the allocations and the garbage collection that an array per row would cost.
 */
export function writeCells(
  codec: TableCodec,
  record: Record<string, unknown>,
  cells: Cell[],
  at: number,
): void {
  const { columns } = codec;
  for (let i = 0; i < columns.length; i++)
    cells[at + i] = encode(columns[i]!.kind, record[columns[i]!.field]);
  const fields = known(codec);
  let extra: Record<string, unknown> | undefined;
  for (const key in record) {
    if (!Object.hasOwn(record, key) || fields.has(key) || record[key] === undefined) continue;
    extra ??= {};
    extra[key] = record[key];
  }
  cells[at + columns.length] = extra ? JSON.stringify(extra) : null;
}

function encode(kind: ColumnKind, value: unknown): Cell {
  if (value === undefined || value === null) return null;
  switch (kind) {
    case 'json':
      return JSON.stringify(value);
    case 'bool':
      return value ? 1 : 0;
    case 'int':
    case 'real':
      return value as number;
    default:
      return value as string;
  }
}

/** A row back into a record: only the fields that were set, unknown fields restored. */
export function fromRow(codec: TableCodec, row: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const c of codec.columns) {
    const value = row[c.column];
    if (value === null || value === undefined) continue;
    record[c.field] =
      c.kind === 'json' ? JSON.parse(value as string) : c.kind === 'bool' ? value === 1 : value;
  }
  if (typeof row.extra === 'string') Object.assign(record, JSON.parse(row.extra));
  return record;
}

/**
 * `fromRow` for rows read as arrays (better-sqlite3 `.raw()`), compiled once per statement:
 * each column's position is looked up once, not per row, and no row object is ever built. The
 * fields land in the same order as `fromRow` puts them, after any already in `into`.
 */
export function rawRowReader(
  codec: TableCodec,
  names: readonly string[],
): (row: readonly unknown[], into?: Record<string, unknown>) => Record<string, unknown> {
  const columns = codec.columns;
  const at = columns.map((c) => names.indexOf(c.column));
  const extraAt = names.indexOf('extra');
  return (row, into = {}) => {
    for (let i = 0; i < columns.length; i++) {
      const value = row[at[i]!];
      if (value === null || value === undefined) continue;
      const c = columns[i]!;
      into[c.field] =
        c.kind === 'json' ? JSON.parse(value as string) : c.kind === 'bool' ? value === 1 : value;
    }
    const extra = extraAt < 0 ? null : row[extraAt];
    if (typeof extra === 'string') Object.assign(into, JSON.parse(extra));
    return into;
  };
}

export function columnList(codec: TableCodec): string[] {
  return [...codec.columns.map((c) => c.column), 'extra'];
}

/** Kysely's view of the schema (used to build typed queries). */
export interface Database {
  meta: { key: string; value: string };
  owner: Record<string, Cell> & { id: number };
  organizations: Record<string, Cell> & { id: string; name: string };
  people: Record<string, Cell> & { id: string; name: string };
  relationships: Record<string, Cell> & { person: string };
  ties: Record<string, Cell> & { lo: string; hi: string; flipped: number };
  groups: Record<string, Cell> & { id: string; name: string };
  group_members: { group_id: string; person: string; position: number };
  interactions: Record<string, Cell> & { id: string; date: string };
  interaction_people: { interaction: string; person: string; position: number };
  goals: Record<string, Cell> & { id: string; title: string };
  goal_stakeholders: Record<string, Cell> & { goal: string; person: string; position: number };
  commitments: Record<string, Cell> & { id: string; text: string };
  snapshots: { id: number; taken_at: string; as_of: string; kind: string; data: string };
  action_states: { key: string; state: string; until: string | null; at: string };
}
