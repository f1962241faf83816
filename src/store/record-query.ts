import type { Expression, ExpressionBuilder, SelectQueryBuilder, SqlBool } from 'kysely';
import type { CollectionName, RecordQuery } from '../app/port.js';
import { queryBuilder } from './kysely.js';
import type { Database } from './tables.js';

// biome-ignore lint/suspicious/noExplicitAny: one builder serves every table; each row is checked by its codec
type AnyQuery = SelectQueryBuilder<Database, any, any>;
// biome-ignore lint/suspicious/noExplicitAny: as above
type Eb = ExpressionBuilder<Database, any>;
type Condition = (eb: Eb, value: never) => Expression<SqlBool>;

/**
 * The filters of each collection's list, as SQL conditions built with Kysely (the PostgreSQL
 * store gives the same names the same meanings over its JSON records: postgres/list-query.ts).
 * Text filters compare case-insensitively;
 * list fields (JSON text) are searched with `json_each`.
 */
function filters(): Record<CollectionName, Record<string, Condition>> {
  const { sql } = queryBuilder().kysely;
  const lowerIs = (column: string) => (_eb: Eb, v: string) =>
    sql<SqlBool>`lower(${sql.ref(column)}) = lower(${v})`;
  const contains = (columns: string[]) => (_eb: Eb, v: string) => {
    const needle = `%${v.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return sql<SqlBool>`(${sql.join(
      columns.map((c) => sql`lower(coalesce(${sql.ref(c)}, '')) LIKE ${needle} ESCAPE '\\'`),
      sql` OR `,
    )})`;
  };
  const inList = (column: string) => (_eb: Eb, v: string) =>
    sql<SqlBool>`EXISTS (SELECT 1 FROM json_each(${sql.ref(column)}) WHERE json_each.value = ${v})`;
  const equals = (column: string) => (eb: Eb, v: string) => eb(column, '=', v);
  const atLeast = (column: string) => (eb: Eb, v: number) => eb(column, '>=', v);
  return {
    people: {
      q: contains(['name', 'title', 'emails']),
      organization: equals('organization'),
      unit: lowerIs('unit'),
      sector: lowerIs('sector'),
      region: lowerIs('region'),
      tag: (_eb, v: string) =>
        sql<SqlBool>`EXISTS (SELECT 1 FROM json_each(people.tags) WHERE lower(json_each.value) = lower(${v}))`,
      form: (_eb, v: string) =>
        sql<SqlBool>`people.id IN (SELECT r.person FROM relationships r, json_each(r.forms) f WHERE f.value = ${v})`,
      internal: (_eb, v: boolean) =>
        sql<SqlBool>`coalesce(people.organization = (SELECT organization FROM owner WHERE id = 1), 0) = ${v ? 1 : 0}`,
    },
    organizations: { q: contains(['name']), kind: equals('kind'), sector: lowerIs('sector') },
    relationships: {
      form: inList('forms'),
      role: inList('roles'),
      prescribed: (_eb, v: boolean) => sql<SqlBool>`coalesce(prescribed, 0) = ${v ? 1 : 0}`,
      minStrength: atLeast('strength'),
    },
    ties: {
      person: (eb, v: string) => eb.or([eb('lo', '=', v), eb('hi', '=', v)]),
      source: equals('source'),
      minStrength: atLeast('strength'),
    },
    interactions: {
      person: (_eb, v: string) =>
        sql<SqlBool>`interactions.id IN (SELECT interaction FROM interaction_people WHERE person = ${v})`,
      kind: equals('kind'),
      form: inList('forms'),
      from: (_eb, v: string) => sql<SqlBool>`substr(date, 1, 10) >= ${v.slice(0, 10)}`,
      to: (_eb, v: string) => sql<SqlBool>`substr(date, 1, 10) <= ${v.slice(0, 10)}`,
    },
    groups: {
      q: contains(['name']),
      kind: lowerIs('kind'),
      member: (_eb, v: string) =>
        sql<SqlBool>`groups.id IN (SELECT group_id FROM group_members WHERE person = ${v})`,
    },
    goals: { q: contains(['title']) },
    commitments: { form: equals('form'), per: equals('per') },
  };
}

let built: Record<CollectionName, Record<string, Condition>> | undefined;

/** Sort fields that are not a column of the same name. */
const SORT_COLUMNS: Partial<Record<CollectionName, Record<string, string>>> = {
  ties: { a: 'CASE WHEN flipped = 1 THEN hi ELSE lo END', b: 'CASE WHEN flipped = 1 THEN lo ELSE hi END' },
  relationships: { cadenceDays: 'cadence_days' },
};
const DEFAULT_SORT: Partial<Record<CollectionName, { field: string; desc: boolean }>> = {
  interactions: { field: 'date', desc: true },
};

/**
 * The SQL of one page of a list and of its total, with their parameters. Missing values sort
 * last in either direction; ties between equal values keep the order the records were added in.
 */
export function compileListQuery(
  collection: CollectionName,
  table: string,
  query: RecordQuery,
): {
  page: { sql: string; parameters: readonly unknown[] };
  total: { sql: string; parameters: readonly unknown[] };
} {
  const { qb, kysely } = queryBuilder();
  const { sql } = kysely;
  built ??= filters();
  const conditions = built[collection];
  let base: AnyQuery = qb.selectFrom(table as keyof Database);
  for (const [name, value] of Object.entries(query.filters)) {
    if (value === undefined) continue;
    const condition = conditions[name];
    if (!condition) continue;
    base = base.where((eb) => condition(eb, value as never));
  }
  const total = base.select(sql<number>`count(*)`.as('n')).compile();
  const sort = query.sort ?? DEFAULT_SORT[collection];
  let page = base.selectAll();
  if (sort) {
    const expression = SORT_COLUMNS[collection]?.[sort.field];
    const ref = expression ? sql.raw(expression) : sql.ref(sort.field);
    const direction = sort.desc ? sql.raw('DESC') : sql.raw('ASC');
    page = page.orderBy(sql`${ref} IS NULL`).orderBy(sql`${ref} COLLATE NOCASE ${direction}`);
  }
  page = page.orderBy(sql`rowid`).limit(query.limit).offset(query.offset);
  const compiled = page.compile();
  return {
    page: { sql: compiled.sql, parameters: compiled.parameters },
    total: { sql: total.sql, parameters: total.parameters },
  };
}
