import type { ErrorDetail } from '../errors.js';
import { invalidInput } from '../errors.js';
import type { CollectionName } from './merge.js';
import { checkReferences, formatPath, type KnownIds } from './references.js';
import {
  CommitmentSchema,
  GoalSchema,
  GroupSchema,
  InteractionSchema,
  OrganizationSchema,
  PersonSchema,
  RelationshipSchema,
  type ThreefoldDocument,
  TieSchema,
} from './schema.js';

type RecordSchema = {
  safeParse(
    v: unknown,
  ):
    | { success: true; data: unknown }
    | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
};

/** Each collection's record schema and the word a message uses for one of its records. */
export const RECORD_RULES: Record<CollectionName, { schema: RecordSchema; singular: string }> = {
  organizations: { schema: OrganizationSchema, singular: 'organization' },
  people: { schema: PersonSchema, singular: 'person' },
  relationships: { schema: RelationshipSchema, singular: 'relationship' },
  ties: { schema: TieSchema, singular: 'tie' },
  groups: { schema: GroupSchema, singular: 'group' },
  interactions: { schema: InteractionSchema, singular: 'interaction' },
  goals: { schema: GoalSchema, singular: 'goal' },
  commitments: { schema: CommitmentSchema, singular: 'commitment' },
};

/** The ids of people and organisations one record names (what a store looks up to check it). */
export function namedIds(
  collection: CollectionName,
  record: Record<string, unknown>,
): { people: string[]; organizations: string[]; groups: string[] } {
  const people: string[] = [];
  const organizations: string[] = [];
  const groups: string[] = [];
  const person = (v: unknown) => {
    if (typeof v === 'string') people.push(v);
  };
  const list = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(person);
  };
  if (collection === 'people' && typeof record.organization === 'string')
    organizations.push(record.organization);
  if (collection === 'relationships') {
    person(record.person);
    person(record.introducedBy);
  }
  if (collection === 'ties') {
    person(record.a);
    person(record.b);
  }
  if (collection === 'groups') list(record.members);
  if (collection === 'interactions' || collection === 'commitments') list(record.people);
  if (collection === 'goals' && Array.isArray(record.stakeholders))
    for (const s of record.stakeholders) person((s as { person?: unknown } | null)?.person);
  if (collection === 'commitments' && Array.isArray(record.groups))
    for (const g of record.groups) if (typeof g === 'string') groups.push(g);
  return { people, organizations, groups };
}

/**
 * One record checked as an edit writes it: against its schema, then its references against the
 * ids the store holds (`known`). Returns the parsed record; the error names the record's field.
 */
export function checkRecord(
  collection: CollectionName,
  record: unknown,
  known: KnownIds,
): Record<string, unknown> {
  const { schema, singular } = RECORD_RULES[collection];
  const parsed = schema.safeParse(record);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({
      path: formatPath(i.path) || '(record)',
      message: i.message,
    }));
    throw invalidInput(`invalid ${singular}: ${details[0]?.path}: ${details[0]?.message}`, details);
  }
  const data = parsed.data as Record<string, unknown>;
  const doc = {
    format: 'threefold/1',
    owner: { name: 'x', organization: 'x' },
    people: [],
    [collection]: [data],
  } as ThreefoldDocument;
  const problems: ErrorDetail[] = checkReferences(doc, known).filter(
    (p) => !(p.path ?? '').startsWith('owner'),
  );
  if (problems.length > 0) {
    const inRecord = (path: string | undefined) => (path ?? '').replace(/^\w+\[\d+\]\.?/, '');
    const p = problems[0]!;
    throw invalidInput(
      `invalid ${singular}: ${inRecord(p.path) || singular}: ${p.message}`,
      problems.map((q) => ({ ...q, path: inRecord(q.path) })),
    );
  }
  return data;
}

/**
 * What a record that names `person` becomes when that person is removed: the person leaves a
 * group's members, an interaction's attendees and a goal's stakeholders, and an introduction
 * they made is forgotten, and a commitment no longer names them; an interaction left with nobody
 * goes too (`undefined`). Relationships
 * with them and their ties go with them (the store removes those by key).
 */
export function withoutPerson(
  collection: 'relationships' | 'groups' | 'interactions' | 'goals' | 'commitments',
  record: Record<string, unknown>,
  person: string,
): Record<string, unknown> | undefined {
  const out = { ...record };
  const drop = (field: string, keep: (item: unknown) => boolean) => {
    const list = Array.isArray(out[field]) ? (out[field] as unknown[]).filter(keep) : [];
    if (list.length > 0) out[field] = list;
    else delete out[field];
  };
  if (collection === 'relationships' && out.introducedBy === person) delete out.introducedBy;
  if (collection === 'groups') drop('members', (m) => m !== person);
  if (collection === 'goals') drop('stakeholders', (s) => (s as { person?: unknown }).person !== person);
  // A commitment to meet only people who are gone can no longer be kept: its list stays, empty.
  if (collection === 'commitments' && Array.isArray(out.people))
    out.people = (out.people as unknown[]).filter((p) => p !== person);
  if (collection === 'interactions') {
    const people = (out.people as unknown[]).filter((p) => p !== person);
    if (people.length === 0) return undefined;
    out.people = people;
  }
  return out;
}

/** A commitment naming `from` names `to` instead (two people merged into one), each once. */
export function withPersonReplaced(
  record: Record<string, unknown>,
  from: string,
  to: string,
): Record<string, unknown> {
  if (!Array.isArray(record.people)) return record;
  return { ...record, people: [...new Set((record.people as unknown[]).map((p) => (p === from ? to : p)))] };
}

/** A commitment without a group that is gone (its list stays, maybe empty: it can no longer be kept). */
export function withoutGroup(record: Record<string, unknown>, group: string): Record<string, unknown> {
  if (!Array.isArray(record.groups)) return record;
  return { ...record, groups: (record.groups as unknown[]).filter((g) => g !== group) };
}
