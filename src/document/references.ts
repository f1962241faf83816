import type { ErrorDetail } from '../errors.js';
import type { ThreefoldDocument } from './schema.js';

// The document rules a schema cannot express, apart from the zod schemas: the store checks
// references on merges and edits without loading zod.

/** How many problems one error reports before it stops listing (the count is still given). */
export const MAX_DETAILS = 50;

/** `['relationships', 3, 'person']` -> `relationships[3].person`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out.length === 0 ? String(part) : `.${String(part)}`;
  }
  return out || '(document)';
}

/** Ids that already exist elsewhere (the database, when a document is merged into it). */
export interface KnownIds {
  people?: ReadonlySet<string>;
  organizations?: ReadonlySet<string>;
  groups?: ReadonlySet<string>;
}

/**
 * The rules of shared/interchange.md that a schema cannot express: unique ids per collection,
 * references that resolve, one relationship per person, no self-ties, one tie per pair.
 * Returns every problem found (the caller decides how many to show).
 */
export function checkReferences(doc: ThreefoldDocument, known: KnownIds = {}): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const add = (path: string, message: string) => {
    if (problems.length < MAX_DETAILS * 4) problems.push({ path, message });
  };

  /** Each id and the position it first appears at; a repeated id is a problem. */
  const uniqueIds = (name: string, items: ReadonlyArray<{ id: string }> | undefined): Map<string, number> => {
    const ids = new Map<string, number>();
    items?.forEach((item, i) => {
      if (ids.has(item.id)) add(`${name}[${i}].id`, `duplicate id "${item.id}"`);
      else ids.set(item.id, i);
    });
    return ids;
  };

  const orgs = uniqueIds('organizations', doc.organizations);
  // People by position: a pair of people becomes one number below, not a string per tie.
  const people = uniqueIds('people', doc.people);
  const groups = uniqueIds('groups', doc.groups);
  uniqueIds('interactions', doc.interactions);
  uniqueIds('goals', doc.goals);
  uniqueIds('commitments', doc.commitments);

  // Paths are written only for a problem: a large document has a million references to check.
  const isPerson = (id: string) => people.has(id) || known.people?.has(id) === true;
  const noPerson = (path: string, id: string) => add(path, `no person "${id}"`);
  const org = (path: string, id: string) => {
    if (!orgs.has(id) && !known.organizations?.has(id)) add(path, `no organization "${id}"`);
  };

  // The owner's home organisation may be named without an entry in `organizations` only when
  // the document lists no organisations at all; otherwise it must resolve like any reference.
  if ((doc.organizations && doc.organizations.length > 0) || (known.organizations?.size ?? 0) > 0)
    org('owner.organization', doc.owner.organization);
  doc.people.forEach((p, i) => {
    if (p.organization !== undefined) org(`people[${i}].organization`, p.organization);
  });

  const related = new Set<string>();
  doc.relationships?.forEach((r, i) => {
    if (!isPerson(r.person)) noPerson(`relationships[${i}].person`, r.person);
    if (related.has(r.person)) add(`relationships[${i}].person`, `a second relationship with "${r.person}"`);
    related.add(r.person);
    if (r.introducedBy !== undefined) {
      if (!isPerson(r.introducedBy)) noPerson(`relationships[${i}].introducedBy`, r.introducedBy);
      if (r.introducedBy === r.person)
        add(`relationships[${i}].introducedBy`, 'a person cannot introduce themself');
    }
  });

  const stride = doc.people.length + 1;
  const pairs = new Set<number>();
  const namedPairs = new Set<string>(); // pairs with someone known only from the database
  const ties = doc.ties ?? [];
  for (let i = 0; i < ties.length; i++) {
    const t = ties[i]!;
    if (!isPerson(t.a)) noPerson(`ties[${i}].a`, t.a);
    if (!isPerson(t.b)) noPerson(`ties[${i}].b`, t.b);
    if (t.a === t.b) {
      add(`ties[${i}]`, `a tie of "${t.a}" with themself`);
      continue;
    }
    const u = people.get(t.a);
    const v = people.get(t.b);
    let repeated: boolean;
    if (u !== undefined && v !== undefined) {
      const key = u < v ? u * stride + v : v * stride + u;
      repeated = pairs.has(key);
      pairs.add(key);
    } else {
      const key = t.a < t.b ? `${t.a}\u0000${t.b}` : `${t.b}\u0000${t.a}`;
      repeated = namedPairs.has(key);
      namedPairs.add(key);
    }
    if (repeated) add(`ties[${i}]`, `a second tie between "${t.a}" and "${t.b}"`);
  }

  doc.groups?.forEach((g, i) => {
    g.members?.forEach((m, j) => {
      if (!isPerson(m)) noPerson(`groups[${i}].members[${j}]`, m);
    });
  });
  const interactions = doc.interactions ?? [];
  for (let i = 0; i < interactions.length; i++) {
    const attendees = interactions[i]!.people;
    for (let j = 0; j < attendees.length; j++)
      if (!isPerson(attendees[j]!)) noPerson(`interactions[${i}].people[${j}]`, attendees[j]!);
  }
  doc.goals?.forEach((g, i) => {
    g.stakeholders?.forEach((s, j) => {
      if (!isPerson(s.person)) noPerson(`goals[${i}].stakeholders[${j}].person`, s.person);
    });
  });
  doc.commitments?.forEach((c, i) => {
    c.people?.forEach((p, j) => {
      if (!isPerson(p)) noPerson(`commitments[${i}].people[${j}]`, p);
    });
    c.groups?.forEach((g, j) => {
      if (!groups.has(g) && !known.groups?.has(g)) add(`commitments[${i}].groups[${j}]`, `no group "${g}"`);
    });
  });
  return problems;
}
