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

  const uniqueIds = (name: string, items: ReadonlyArray<{ id: string }> | undefined): Set<string> => {
    const ids = new Set<string>();
    items?.forEach((item, i) => {
      if (ids.has(item.id)) add(`${name}[${i}].id`, `duplicate id "${item.id}"`);
      ids.add(item.id);
    });
    return ids;
  };

  const orgs = uniqueIds('organizations', doc.organizations);
  const people = uniqueIds('people', doc.people);
  uniqueIds('groups', doc.groups);
  uniqueIds('interactions', doc.interactions);
  uniqueIds('goals', doc.goals);
  uniqueIds('commitments', doc.commitments);

  const person = (path: string, id: string) => {
    if (!people.has(id) && !known.people?.has(id)) add(path, `no person "${id}"`);
  };
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
    person(`relationships[${i}].person`, r.person);
    if (related.has(r.person)) add(`relationships[${i}].person`, `a second relationship with "${r.person}"`);
    related.add(r.person);
    if (r.introducedBy !== undefined) {
      person(`relationships[${i}].introducedBy`, r.introducedBy);
      if (r.introducedBy === r.person)
        add(`relationships[${i}].introducedBy`, 'a person cannot introduce themself');
    }
  });

  const pairs = new Set<string>();
  doc.ties?.forEach((t, i) => {
    person(`ties[${i}].a`, t.a);
    person(`ties[${i}].b`, t.b);
    if (t.a === t.b) {
      add(`ties[${i}]`, `a tie of "${t.a}" with themself`);
      return;
    }
    const key = t.a < t.b ? `${t.a}\u0000${t.b}` : `${t.b}\u0000${t.a}`;
    if (pairs.has(key)) add(`ties[${i}]`, `a second tie between "${t.a}" and "${t.b}"`);
    pairs.add(key);
  });

  doc.groups?.forEach((g, i) => {
    g.members?.forEach((m, j) => {
      person(`groups[${i}].members[${j}]`, m);
    });
  });
  doc.interactions?.forEach((it, i) => {
    it.people.forEach((p, j) => {
      person(`interactions[${i}].people[${j}]`, p);
    });
  });
  doc.goals?.forEach((g, i) => {
    g.stakeholders?.forEach((s, j) => {
      person(`goals[${i}].stakeholders[${j}].person`, s.person);
    });
  });
  return problems;
}
