import { z } from 'zod';
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
import { invalidInput, notFound } from '../../errors.js';
import { type ListQuery, listQuerySchema, pageOf, param, toListQuery } from '../list-query.js';
import { type Route, route } from '../route.js';

export type Item = Record<string, unknown>;
/** The key of one item: `{ id }`, `{ person }` for relationships, `{ a, b }` for ties. */
export type Key = Record<string, string>;

/** What the server needs of the store for one collection. */
export interface CollectionOps {
  list(q: ListQuery): { items: Item[]; total: number };
  get(key: Key): Item | undefined;
  /** Throws `conflict` on a duplicate key; returns the stored item (with its generated id). */
  create(item: Item): Item;
  /** Replaces the whole item (the server merged the patch and validated the result). */
  replace(key: Key, item: Item): Item;
  /** Throws `not_found` when absent. */
  remove(key: Key): void;
}

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

function describeKey(key: Key): string {
  return Object.values(key)
    .map((v) => `"${v}"`)
    .join(' and ');
}

/**
 * JSON merge patch (RFC 7396) at the top level: a `null` removes the field, any other value
 * replaces it. The merged item is then validated as a whole, so a patch cannot break a rule.
 */
export function mergePatch(current: Item, patch: Item): Item {
  const out: Item = { ...current };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}

function validateItem(def: CollectionDef, item: Item): Item {
  const parsed = def.schema.safeParse(item);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({
      path: ['body', ...i.path.map(String)].join('.'),
      message: i.message,
    }));
    throw invalidInput(`${details[0]?.path}: ${details[0]?.message}`, details);
  }
  return parsed.data as Item;
}

/** The five routes of each collection, over the ops the store provides. */
export function collectionRoutes(ops: (name: CollectionName) => CollectionOps): Route[] {
  return COLLECTIONS.flatMap((def) => {
    const Key = keySchema(def);
    const Patch = z
      .looseObject(
        Object.fromEntries(
          Object.entries(def.schema.shape as Record<string, z.ZodType>)
            .filter(([k]) => !def.keys.includes(k))
            .map(([k, s]) => [k, s.nullable().optional()]),
        ),
      )
      .meta({ description: 'JSON merge patch: null removes a field' });
    const Create = def.idOptional ? def.schema.partial({ id: true }) : def.schema;
    const Query = listQuerySchema(def.sortable, def.filters);
    const title = def.one[0]!.toUpperCase() + def.one.slice(1);
    const need = (key: Key): Item => {
      const item = ops(def.name).get(key);
      if (!item) throw notFound(`no ${def.one} ${describeKey(key)}`);
      return item;
    };
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
        handler: ({ query }) => {
          const q = toListQuery(query as Record<string, unknown>);
          const { items, total } = ops(def.name).list(q);
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
        handler: ({ params }) => need(params as Key),
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
        handler: ({ body }) => ops(def.name).create(body as Item),
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
        handler: ({ params, body }) => {
          const key = params as Key;
          const current = need(key);
          const patch = body as Item;
          for (const k of def.keys) {
            if (k in patch && patch[k] !== current[k]) {
              throw invalidInput(`body.${k}: the ${k} of a ${def.one} cannot change`, [
                { path: `body.${k}`, message: 'cannot change' },
              ]);
            }
          }
          const merged = validateItem(def, mergePatch(current, patch));
          return ops(def.name).replace(key, merged);
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
        handler: ({ params }) => {
          need(params as Key);
          ops(def.name).remove(params as Key);
          return null;
        },
      }),
    ];
  });
}
