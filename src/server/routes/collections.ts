import { z } from 'zod';
import { addRecord, editRecord, getRecord, keyOf, listRecords, removeRecord } from '../../app/records.js';
import {
  COMMITMENT_PERIODS,
  FORMS,
  INTERACTION_KINDS,
  ORGANIZATION_KINDS,
  ROLES,
  TIE_SOURCES,
} from '../../core/vocabulary.js';
import {
  CommitmentSchema,
  GoalSchema,
  GroupSchema,
  InteractionSchema,
  OrganizationSchema,
  PersonSchema,
  RelationshipSchema,
  TieSchema,
} from '../../document/schema.js';
import { invalidInput, ThreefoldError } from '../../errors.js';
import { listQuerySchema, pageOf, param, toListQuery } from '../list-query.js';
import { type Route, route } from '../route.js';
import type { RouteContext } from './context.js';

export type Item = Record<string, unknown>;
/** The key of one item: `{ id }`, `{ person }` for relationships, `{ a, b }` for ties. */
export type Key = Record<string, string>;

export const COLLECTION_NAMES = [
  'people',
  'organizations',
  'relationships',
  'ties',
  'interactions',
  'groups',
  'goals',
  'commitments',
] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

interface CollectionDef {
  name: CollectionName;
  /** Singular, for messages and operation ids. */
  one: string;
  keys: readonly string[];
  // biome-ignore lint/suspicious/noExplicitAny: the document's object schemas differ in shape; the table treats them alike
  schema: z.ZodObject<any>;
  /** Whether a create may leave the id to the store. */
  idOptional: boolean;
  sortable: readonly [string, ...string[]];
  filters: Record<string, z.ZodType>;
}

const minStrength = param.int('only strength at least this (1..5)', 1, 5);

export const COLLECTIONS: readonly CollectionDef[] = [
  {
    name: 'people',
    one: 'person',
    keys: ['id'],
    schema: PersonSchema,
    idOptional: true,
    sortable: ['name', 'id', 'organization', 'level'],
    filters: {
      q: param.text('text in the name, emails or title'),
      organization: param.text('organisation id'),
      unit: param.text('unit'),
      sector: param.text('sector'),
      region: param.text('region'),
      tag: param.text('tag'),
      form: param.oneOf(FORMS, "form of the owner's stated relationship"),
      internal: param.bool("same organisation as the owner's"),
    },
  },
  {
    name: 'organizations',
    one: 'organization',
    keys: ['id'],
    schema: OrganizationSchema,
    idOptional: true,
    sortable: ['name', 'id', 'kind'],
    filters: {
      q: param.text('text in the name'),
      kind: param.oneOf(ORGANIZATION_KINDS, 'kind'),
      sector: param.text('sector'),
    },
  },
  {
    name: 'relationships',
    one: 'relationship',
    keys: ['person'],
    schema: RelationshipSchema,
    idOptional: false,
    sortable: ['person', 'strength', 'since'],
    filters: {
      form: param.oneOf(FORMS, 'has this form'),
      role: param.oneOf(ROLES, 'has this role'),
      prescribed: param.bool('prescribed by the job'),
      minStrength,
    },
  },
  {
    name: 'ties',
    one: 'tie',
    keys: ['a', 'b'],
    schema: TieSchema,
    idOptional: false,
    sortable: ['a', 'b', 'strength'],
    filters: {
      person: param.text('either end is this person'),
      source: param.oneOf(TIE_SOURCES, 'source'),
      minStrength,
    },
  },
  {
    name: 'interactions',
    one: 'interaction',
    keys: ['id'],
    schema: InteractionSchema,
    idOptional: true,
    sortable: ['date', 'id', 'minutes'],
    filters: {
      person: param.text('involves this person'),
      kind: param.oneOf(INTERACTION_KINDS, 'kind'),
      form: param.oneOf(FORMS, 'served this form'),
      from: param.date('on or after this date'),
      to: param.date('on or before this date'),
    },
  },
  {
    name: 'groups',
    one: 'group',
    keys: ['id'],
    schema: GroupSchema,
    idOptional: true,
    sortable: ['name', 'id'],
    filters: {
      q: param.text('text in the name'),
      kind: param.text('kind'),
      member: param.text('has this member'),
    },
  },
  {
    name: 'goals',
    one: 'goal',
    keys: ['id'],
    schema: GoalSchema,
    idOptional: true,
    sortable: ['title', 'id', 'due'],
    filters: { q: param.text('text in the title') },
  },
  {
    name: 'commitments',
    one: 'commitment',
    keys: ['id'],
    schema: CommitmentSchema,
    idOptional: true,
    sortable: ['id', 'text'],
    filters: {
      form: param.oneOf(FORMS, 'form'),
      per: param.oneOf(COMMITMENT_PERIODS, 'period'),
    },
  },
];

const KeyPart = z.string().min(1).max(200);

function keySchema(def: CollectionDef) {
  return z.object(Object.fromEntries(def.keys.map((k) => [k, KeyPart])));
}

function keyPath(def: CollectionDef): string {
  return `/api/${def.name}/${def.keys.map((k) => `{${k}}`).join('/')}`;
}

/**
 * An invalid record named by the request's field (`body.name`), not by where the store keeps
 * it: the API's clients show the message beside the field they sent.
 */
async function asBody<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (err) {
    if (!(err instanceof ThreefoldError) || err.code !== 'invalid_input') throw err;
    const details = err.details.map((d) => ({
      ...d,
      path: d.path && d.path !== '(record)' ? `body.${d.path}` : 'body',
    }));
    const first = details[0];
    throw invalidInput(first ? `${first.path}: ${first.message}` : err.message, details);
  }
}

/** The record's version as an HTTP entity tag. */
export function etagOf(version: string): string {
  return `"${version}"`;
}

/**
 * The versions an `If-Match` header names (RFC 9110): undefined when absent or `*` (any current
 * record), else the quoted tags (a weak tag never matches a strong comparison).
 */
export function ifMatchOf(header: string | undefined): string[] | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const tags = [...header.matchAll(/(W\/)?"([^"]*)"/g)].filter((m) => !m[1]).map((m) => m[2]!);
  if (tags.length === 0 && header.trim() !== '')
    throw invalidInput('If-Match: not an entity tag (use the ETag of the record as read)', [
      { path: 'headers.if-match', message: 'not an entity tag' },
    ]);
  return tags;
}

/** The five routes of each collection, over the ops the store provides. */
export function collectionRoutes(ctx: RouteContext): Route[] {
  return COLLECTIONS.flatMap((def) => {
    const Key = keySchema(def);
    // Bodies name only the fields the document defines: an unknown field is refused, not stored.
    const Patch = z
      .strictObject(
        Object.fromEntries(
          // Key fields are accepted so that changing one is refused with its name (it cannot change).
          Object.entries(def.schema.shape as Record<string, z.ZodType>).map(([k, s]) => [
            k,
            def.keys.includes(k) ? s.optional() : s.nullable().optional(),
          ]),
        ),
      )
      .meta({ description: 'JSON merge patch: null removes a field' });
    const Create = (def.idOptional ? def.schema.partial({ id: true }) : def.schema).strict();
    const Query = listQuerySchema(def.sortable, def.filters);
    const title = def.one[0]!.toUpperCase() + def.one.slice(1);
    const keyOfParams = (params: Key): string => keyOf(def.name, params);
    return [
      route({
        method: 'get',
        path: `/api/${def.name}`,
        operationId: `list${title}s`,
        summary: `List ${def.name} (paged, filtered, sorted)`,
        tag: def.name,
        query: Query,
        response: z.object({
          items: z.array(def.schema),
          total: z.number().int(),
          limit: z.number().int(),
          offset: z.number().int(),
          next: z.number().int().nullable(),
        }),
        handler: async ({ query }) => {
          const q = toListQuery(query as Record<string, unknown>);
          const { items, total } = await listRecords(ctx.store, def.name, q);
          return pageOf(items, total, q);
        },
      }),
      route({
        method: 'get',
        path: keyPath(def),
        operationId: `get${title}`,
        summary: `One ${def.one}`,
        tag: def.name,
        params: Key,
        response: def.schema,
        errors: [404],
        etag: 'read',
        handler: async ({ params, c }) => {
          const { record, version } = await getRecord(ctx.store, def.name, keyOfParams(params as Key));
          c.header('ETag', etagOf(version));
          return record;
        },
      }),
      route({
        method: 'post',
        path: `/api/${def.name}`,
        operationId: `create${title}`,
        summary: `Create a ${def.one}`,
        tag: def.name,
        body: Create,
        status: 201,
        response: def.schema,
        errors: [404, 409],
        etag: 'read',
        handler: async ({ body, c }) => {
          const { record, version } = await asBody(addRecord(ctx.store, def.name, body as Item));
          c.header('ETag', etagOf(version));
          return record;
        },
      }),
      route({
        method: 'patch',
        path: keyPath(def),
        operationId: `update${title}`,
        summary: `Change a ${def.one} (JSON merge patch)`,
        tag: def.name,
        params: Key,
        body: Patch,
        response: def.schema,
        errors: [404, 409],
        etag: 'write',
        handler: async ({ params, body, c }) => {
          const { record, version } = await asBody(
            editRecord(ctx.store, def.name, keyOfParams(params as Key), body as Item, {
              ifVersion: ifMatchOf(c.req.header('if-match')),
            }),
          );
          c.header('ETag', etagOf(version));
          return record;
        },
      }),
      route({
        method: 'delete',
        path: keyPath(def),
        operationId: `delete${title}`,
        summary: `Remove a ${def.one}`,
        tag: def.name,
        params: Key,
        status: 204,
        errors: [404],
        etag: 'write',
        handler: async ({ params, c }) => {
          await removeRecord(ctx.store, def.name, keyOfParams(params as Key), {
            ifVersion: ifMatchOf(c.req.header('if-match')),
          });
          return null;
        },
      }),
    ];
  });
}
