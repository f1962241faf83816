import { recordKey } from '../document/merge.js';
import { invalidInput, notFound } from '../errors.js';
import type {
  CollectionName,
  NetworkStore,
  RecordQuery,
  StoredRecord,
  Versioned,
  WriteCondition,
} from './port.js';

/** The one id scheme: a readable id from a field (`p:jane-doe`), where a collection has ids. */
export const ID_SCHEME: Partial<Record<CollectionName, { prefix: string; field: string }>> = {
  people: { prefix: 'p', field: 'name' },
  organizations: { prefix: 'o', field: 'name' },
  interactions: { prefix: 'i', field: 'date' },
  groups: { prefix: 'g', field: 'name' },
  goals: { prefix: 'goal', field: 'title' },
  commitments: { prefix: 'c', field: 'text' },
};

/** The fields that name a record in its collection; they cannot change by an edit. */
export const KEY_FIELDS: Record<CollectionName, readonly string[]> = {
  people: ['id'],
  organizations: ['id'],
  relationships: ['person'],
  ties: ['a', 'b'],
  interactions: ['id'],
  groups: ['id'],
  goals: ['id'],
  commitments: ['id'],
};

const SINGULAR: Record<CollectionName, string> = {
  people: 'person',
  organizations: 'organization',
  relationships: 'relationship',
  ties: 'tie',
  interactions: 'interaction',
  groups: 'group',
  goals: 'goal',
  commitments: 'commitment',
};

/** The store key of a record from its key fields (`{ id }`, `{ person }`, `{ a, b }`). */
export function keyOf(collection: CollectionName, fields: Record<string, unknown>): string {
  return recordKey(collection, fields);
}

function shown(collection: CollectionName, key: string): string {
  return `${SINGULAR[collection]} "${key.replace('\u0000', '" and "')}"`;
}

export function listRecords(store: NetworkStore, collection: CollectionName, query: RecordQuery) {
  return store.list(collection, query);
}

export async function getRecord(
  store: NetworkStore,
  collection: CollectionName,
  key: string,
): Promise<Versioned> {
  const found = await store.get(collection, key);
  if (!found) throw notFound(`no ${shown(collection, key)}`);
  return found;
}

/** Control characters and the bidirectional overrides that can disguise a name. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[^\s@"<>(),;:\\[\]]+\.[^\s@"<>(),;:\\[\]]+$/;
const NAME_FIELDS = ['name', 'title'];

/**
 * The rules of an edit by hand (the CLI's or the API's; imports have their own), beside the
 * document's schema: a name shows no hidden characters, an e-mail address looks like one.
 */
export function checkEdit(record: Record<string, unknown>): void {
  for (const field of NAME_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' && HIDDEN.test(value))
      throw invalidInput(`${field}: control or direction characters are not allowed`, [
        { path: field, message: 'control or direction characters' },
      ]);
  }
  const emails = record.emails;
  if (Array.isArray(emails))
    emails.forEach((e, i) => {
      if (typeof e !== 'string' || !EMAIL.test(e))
        throw invalidInput(`emails[${i}]: "${String(e)}" is not an e-mail address`, [
          { path: `emails[${i}]`, message: 'not an e-mail address' },
        ]);
    });
}

/** Adds a record; without an id one is made from its name, title, text or date. */
export async function addRecord(
  store: NetworkStore,
  collection: CollectionName,
  input: StoredRecord,
): Promise<Versioned> {
  checkEdit(input);
  const scheme = ID_SCHEME[collection];
  const idFrom =
    scheme && input.id === undefined
      ? { prefix: scheme.prefix, text: String(input[scheme.field] ?? collection) }
      : undefined;
  return store.create(collection, input, idFrom);
}

/**
 * JSON merge patch (RFC 7396) at the top level: `null` removes a field, any other value replaces
 * it. The merged record is validated as a whole by the store, so a patch cannot break a rule.
 */
export function mergePatch<T extends Record<string, unknown>>(current: T, patch: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...current };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else if (v !== undefined) out[k] = v;
  }
  return out as T;
}

/**
 * Changes the fields a patch names and nothing else, applied to the record as it is when the
 * write happens (never to a copy read earlier): a concurrent edit of another field survives.
 * With `ifVersion`, the edit applies only if the record is still at that version.
 */
export function editRecord(
  store: NetworkStore,
  collection: CollectionName,
  key: string,
  patch: Record<string, unknown>,
  condition: WriteCondition = {},
): Promise<Versioned> {
  return store.update(
    collection,
    key,
    (current) => {
      for (const field of KEY_FIELDS[collection]) {
        if (field in patch && patch[field] !== current[field]) {
          throw invalidInput(`${field}: the ${field} of a ${SINGULAR[collection]} cannot change`, [
            { path: field, message: 'cannot change' },
          ]);
        }
      }
      const next = mergePatch(current, patch);
      checkEdit(patch);
      return next;
    },
    condition,
  );
}

/** Removes a record; removing a person removes their relationship, ties and memberships too. */
export function removeRecord(
  store: NetworkStore,
  collection: CollectionName,
  key: string,
  condition: WriteCondition = {},
): Promise<void> {
  return store.remove(collection, key, condition);
}

/** Adds people to a group or takes them out, in one write. */
export function changeGroupMembers(
  store: NetworkStore,
  group: string,
  change: { add?: readonly string[]; remove?: readonly string[] },
): Promise<Versioned> {
  return store.update('groups', group, (current) => {
    const members = new Set((current.members as string[] | undefined) ?? []);
    for (const p of change.add ?? []) members.add(p);
    for (const p of change.remove ?? []) {
      if (!members.delete(p)) throw invalidInput(`${p} is not a member of ${group}`);
    }
    return { ...current, members: [...members] };
  });
}

export interface StakeholderInput {
  person: string;
  influence: number;
  stance?: string | undefined;
  [field: string]: unknown;
}

/** Adds a stakeholder to a goal, or updates the one already there for that person. */
export function setStakeholder(
  store: NetworkStore,
  goal: string,
  stakeholder: StakeholderInput,
): Promise<Versioned> {
  return store.update('goals', goal, (current) => {
    const list = ((current.stakeholders as StoredRecord[] | undefined) ?? []).filter(
      (s) => s.person !== stakeholder.person,
    );
    list.push({ stance: 'unknown', ...stakeholder });
    return { ...current, stakeholders: list };
  });
}

export function removeStakeholder(store: NetworkStore, goal: string, person: string): Promise<Versioned> {
  return store.update('goals', goal, (current) => {
    const before = (current.stakeholders as StoredRecord[] | undefined) ?? [];
    const list = before.filter((s) => s.person !== person);
    if (list.length === before.length) throw invalidInput(`${person} is not a stakeholder of ${goal}`);
    return { ...current, stakeholders: list };
  });
}
