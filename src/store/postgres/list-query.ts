import { type RawBuilder, sql } from 'kysely';
import type { CollectionName, RecordQuery } from '../../app/port.js';

type Condition = (value: never) => RawBuilder<boolean>;

// The filters of each collection's list, with the meanings the embedded store gives them
// (record-query.ts), over the records' JSON. Row-level security confines every subquery to the
// tenant too.
const field = (name: string) => sql`(data->>${sql.lit(name)})`;
const lowerIs = (name: string) => (v: string) => sql<boolean>`lower(${field(name)}) = lower(${v})`;
const equals = (name: string) => (v: string) => sql<boolean>`${field(name)} = ${v}`;
const contains = (names: string[]) => (v: string) => {
  const needle = `%${v.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`(${sql.join(
    names.map((n) => sql`lower(coalesce(${field(n)}, '')) LIKE ${needle}`),
    sql` OR `,
  )})`;
};
const inList = (name: string) => (v: string) => sql<boolean>`(data->${sql.lit(name)}) ? ${v}`;
const atLeast = (name: string) => (v: number) => sql<boolean>`(${field(name)})::numeric >= ${v}`;
const flag = (name: string) => (v: boolean) =>
  sql<boolean>`coalesce((${field(name)})::boolean, false) = ${v}`;
const inCollection = (collection: CollectionName, condition: RawBuilder<boolean>) =>
  sql<boolean>`key IN (SELECT r.key FROM records r WHERE r.collection = ${collection} AND ${condition})`;

const FILTERS: Record<CollectionName, Record<string, Condition>> = {
  people: {
    q: contains(['name', 'title', 'emails']),
    organization: equals('organization'),
    unit: lowerIs('unit'),
    sector: lowerIs('sector'),
    region: lowerIs('region'),
    tag: (v: string) =>
      sql<boolean>`EXISTS (SELECT 1 FROM jsonb_array_elements_text(coalesce(data->'tags', '[]')) t WHERE lower(t) = lower(${v}))`,
    form: (v: string) => inCollection('relationships', sql<boolean>`(r.data->'forms') ? ${v}`),
    internal: (v: boolean) =>
      sql<boolean>`coalesce(${field('organization')} = (SELECT o.data->>'organization' FROM owners o), false) = ${v}`,
  },
  organizations: { q: contains(['name']), kind: equals('kind'), sector: lowerIs('sector') },
  relationships: {
    form: inList('forms'),
    role: inList('roles'),
    prescribed: flag('prescribed'),
    minStrength: atLeast('strength'),
  },
  ties: {
    person: (v: string) => sql<boolean>`(${field('a')} = ${v} OR ${field('b')} = ${v})`,
    source: equals('source'),
    minStrength: atLeast('strength'),
  },
  interactions: {
    person: inList('people'),
    kind: equals('kind'),
    form: inList('forms'),
    from: (v: string) => sql<boolean>`substr(${field('date')}, 1, 10) >= ${v.slice(0, 10)}`,
    to: (v: string) => sql<boolean>`substr(${field('date')}, 1, 10) <= ${v.slice(0, 10)}`,
  },
  groups: { q: contains(['name']), kind: lowerIs('kind'), member: inList('members') },
  goals: { q: contains(['title']) },
  commitments: { form: equals('form'), per: equals('per') },
};

const DEFAULT_SORT: Partial<Record<CollectionName, { field: string; desc: boolean }>> = {
  interactions: { field: 'date', desc: true },
};

/**
 * One page of a list and its total as SQL over `records`. Missing values sort last in either
 * direction; numbers sort as numbers and text without regard to case (as the embedded store
 * does); equal values keep the order the records were added in.
 */
export function listQuery(
  collection: CollectionName,
  query: RecordQuery,
): { page: RawBuilder<{ data: Record<string, unknown> }>; total: RawBuilder<{ n: string }> } {
  const conditions = [sql<boolean>`collection = ${collection}`];
  for (const [name, value] of Object.entries(query.filters)) {
    if (value === undefined) continue;
    const condition = FILTERS[collection][name];
    if (condition) conditions.push(condition(value as never));
  }
  const where = sql.join(conditions, sql` AND `);
  const sort = query.sort ?? DEFAULT_SORT[collection];
  const order = [];
  if (sort) {
    const value = sql`(data->${sort.field})`;
    const direction = sql.raw(sort.desc ? 'DESC' : 'ASC');
    order.push(
      sql`${value} IS NULL OR ${value} = 'null'::jsonb`,
      sql`CASE WHEN jsonb_typeof(${value}) = 'number' THEN (${value})::text::numeric END ${direction}`,
      sql`lower((${value})#>>'{}') ${direction}`,
    );
  }
  order.push(sql`position`);
  return {
    page: sql`SELECT data FROM records WHERE ${where} ORDER BY ${sql.join(order)} LIMIT ${query.limit} OFFSET ${query.offset}`,
    total: sql`SELECT count(*) AS n FROM records WHERE ${where}`,
  };
}
