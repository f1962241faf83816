import { homeOrganizationRecord } from '../../document/home-organization.js';
import type { Network, Organization, Person, Relationship, Tie } from '../model.js';
import { emailKey, nameKey, organizationKey, profileKey, slug } from './normalise.js';

/** What the importer produced: records with ids local to the file (`in:1`, `o:acme`). */
export interface IncomingFragment {
  people: Person[];
  organizations: Organization[];
  relationships: Relationship[];
  ties: Tie[];
  interactions: Network['interactions'] & object;
}

export type MatchReason = 'email' | 'profile' | 'name and organisation' | 'same id and name' | 'same file';

export interface IdentityReport {
  created: { id: string; name: string }[];
  matched: { id: string; name: string; incoming: string; reason: MatchReason }[];
  /** Created as new people, but they look like someone already there: for `people duplicates`. */
  unsure: { id: string; name: string; existing: string; existingName: string; reason: string }[];
}

const LIST_FIELDS = ['emails', 'phones', 'tags', 'interests', 'offers', 'needs'];

/** Existing values win; lists are united; fields the existing record lacks are filled in. */
export function mergeRecord<T extends object>(existing: T, incoming: T): T {
  const out = { ...existing } as Record<string, unknown>;
  for (const [key, value] of Object.entries(incoming)) {
    if (value === undefined) continue;
    const old = out[key];
    if (old === undefined || old === '') out[key] = value;
    else if (LIST_FIELDS.includes(key) && Array.isArray(old) && Array.isArray(value)) {
      const seen = new Set(old.map((v) => String(v).toLowerCase()));
      out[key] = [...old, ...value.filter((v) => !seen.has(String(v).toLowerCase()))];
    }
  }
  return out as T;
}

/**
 * Gives the incoming people and organisations their identity in `existing`: the same e-mail,
 * the same profile address, or the same normalised name in the same organisation is the same
 * person; anything less certain becomes a new person, listed in `unsure`. Returns records ready
 * to merge by id (matched records already united with what was there). Pure.
 */
export function resolveIdentities(
  existing: Network,
  incoming: IncomingFragment,
): { fragment: IncomingFragment; report: IdentityReport } {
  const report: IdentityReport = { created: [], matched: [], unsure: [] };
  const people = new Map<string, Person>(existing.people.map((p) => [p.id, p]));
  const orgs = new Map<string, Organization>((existing.organizations ?? []).map((o) => [o.id, o]));
  const orgByKey = new Map<string, string>();
  for (const o of orgs.values())
    if (!orgByKey.has(organizationKey(o.name))) orgByKey.set(organizationKey(o.name), o.id);

  // Organisations first: people refer to them.
  const orgMap = new Map<string, string>();
  const newOrgs: Organization[] = [];
  // `threefold init --organization o:acme` names the home organisation by id only; an incoming
  // "Acme Ltd" is that organisation, and once organisations are listed it must be one of them.
  const home = existing.owner.organization;
  const homeMissing = !orgs.has(home);
  const homeKey = organizationKey(home.replace(/^o:/, '').replace(/[-_]+/g, ' '));
  let homeRecord: Organization | undefined;
  for (const org of incoming.organizations) {
    const key = organizationKey(org.name) || org.name.toLowerCase();
    if (homeMissing && !homeRecord && homeKey && key === homeKey) {
      homeRecord = { ...org, id: home };
      orgs.set(home, homeRecord);
      orgByKey.set(key, home);
      orgMap.set(org.id, home);
      newOrgs.push(homeRecord);
      continue;
    }
    const known = orgByKey.get(key);
    if (known) {
      orgMap.set(org.id, known);
      continue;
    }
    let id = org.id;
    for (let n = 2; orgs.has(id); n++) id = `${org.id}-${n}`;
    const created = { ...org, id };
    orgs.set(id, created);
    orgByKey.set(key, id);
    orgMap.set(org.id, id);
    newOrgs.push(created);
  }

  if (homeMissing && !homeRecord && (newOrgs.length > 0 || (existing.organizations ?? []).length > 0)) {
    newOrgs.push(homeOrganizationRecord(home));
  }

  const byEmail = new Map<string, string>();
  const byProfile = new Map<string, string>();
  const byName = new Map<string, string[]>();
  const orgKeys = new Map<string, string>();
  const orgKeyOf = (p: Person) => {
    if (!p.organization) return '';
    let key = orgKeys.get(p.organization);
    if (key === undefined) {
      const o = orgs.get(p.organization);
      key = o ? organizationKey(o.name) || o.name.toLowerCase() : '';
      orgKeys.set(p.organization, key);
    }
    return key;
  };
  const index = (p: Person, k = nameKey(p.name)) => {
    for (const e of p.emails ?? []) {
      const key = emailKey(e);
      if (!byEmail.has(key)) byEmail.set(key, p.id);
    }
    const url = (p as { profileUrl?: unknown }).profileUrl;
    if (typeof url === 'string' && url) byProfile.set(profileKey(url), p.id);
    if (!k) return;
    const ids = byName.get(k);
    if (!ids) byName.set(k, [p.id]);
    else if (!ids.includes(p.id)) ids.push(p.id);
  };
  for (const p of existing.people) index(p);
  const existingIds = new Set(people.keys());

  const personMap = new Map<string, string>();
  const touched = new Map<string, Person>();
  for (const raw of incoming.people) {
    // Copied key by key: `delete` and object rest would leave a slow dictionary-mode object.
    const person = {} as Person;
    let ref: unknown;
    for (const key in raw) {
      const value = (raw as unknown as Record<string, unknown>)[key];
      if (key === 'ref') ref = value;
      else if (key !== 'organization') (person as unknown as Record<string, unknown>)[key] = value;
      else if (value) {
        const org = orgMap.get(value as string);
        if (org !== undefined) person.organization = org;
      }
    }
    const candidates = new Map<string, MatchReason>();
    for (const e of person.emails ?? []) {
      const id = byEmail.get(emailKey(e));
      if (id && !candidates.has(id)) candidates.set(id, 'email');
    }
    const url = (person as { profileUrl?: unknown }).profileUrl;
    if (typeof url === 'string' && url) {
      const id = byProfile.get(profileKey(url));
      if (id && !candidates.has(id)) candidates.set(id, 'profile');
    }
    const myName = nameKey(person.name);
    const sameName = byName.get(myName) ?? [];
    if (typeof ref === 'string' && existingIds.has(ref) && sameName.includes(ref) && !candidates.has(ref))
      candidates.set(ref, 'same id and name');
    const myOrg = orgKeyOf(person);
    const nameAndOrg = myOrg ? sameName.filter((id) => orgKeyOf(people.get(id)!) === myOrg) : [];
    if (candidates.size === 0 && nameAndOrg.length === 1)
      candidates.set(nameAndOrg[0]!, 'name and organisation');

    if (candidates.size === 1) {
      const [id, reason] = [...candidates][0]!;
      const merged = mergeRecord(people.get(id)!, { ...person, id });
      people.set(id, merged);
      touched.set(id, merged);
      personMap.set(raw.id, id);
      index(merged);
      report.matched.push({
        id,
        name: merged.name,
        incoming: person.name,
        reason: existingIds.has(id) ? reason : 'same file',
      });
      continue;
    }
    // New person: a readable id not yet taken.
    const base = `p:${slug(person.name, 'person')}`;
    let id = base;
    for (let n = 2; people.has(id); n++) id = `${base}-${n}`;
    // `person` is already this function's own copy: give it its id in place.
    person.id = id;
    const created = person;
    people.set(id, created);
    touched.set(id, created);
    personMap.set(raw.id, id);
    report.created.push({ id, name: created.name });
    if (candidates.size === 0 && sameName.length === 0) {
      index(created, myName);
      continue;
    }
    const doubts = new Map<string, string>();
    for (const [other, reason] of candidates) doubts.set(other, `${reason} matches more than one person`);
    for (const other of sameName) if (!doubts.has(other)) doubts.set(other, 'same name');
    for (const [other, reason] of doubts) {
      if (other === id) continue;
      report.unsure.push({
        id,
        name: created.name,
        existing: other,
        existingName: people.get(other)!.name,
        reason,
      });
    }
    index(created, myName);
  }

  const relationships = new Map<string, Relationship>();
  const existingRel = new Map((existing.relationships ?? []).map((r) => [r.person, r]));
  for (const r of incoming.relationships) {
    const person = personMap.get(r.person);
    if (!person) continue;
    const mapped = { ...r, person };
    if (r.introducedBy) {
      const by = personMap.get(r.introducedBy);
      if (by) mapped.introducedBy = by;
      else delete mapped.introducedBy;
    }
    const before = relationships.get(person) ?? existingRel.get(person);
    relationships.set(person, before ? mergeRecord(before, mapped) : mapped);
  }

  const ties = new Map<string, Tie>();
  const tieKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const existingTies = new Map((existing.ties ?? []).map((t) => [tieKey(t.a, t.b), t]));
  for (const t of incoming.ties) {
    const a = personMap.get(t.a);
    const b = personMap.get(t.b);
    if (!a || !b || a === b) continue;
    const key = tieKey(a, b);
    const before = ties.get(key) ?? existingTies.get(key);
    const strength = Math.max(before?.strength ?? 0, t.strength ?? 0) || undefined;
    const tie: Tie = before ? { ...before } : { a, b, source: t.source };
    if (strength) tie.strength = strength;
    ties.set(key, tie);
  }

  const knownInteractions = new Set((existing.interactions ?? []).map((i) => i.id));
  const interactions = incoming.interactions
    .filter((i) => !knownInteractions.has(i.id))
    .map((i) => ({ ...i, people: [...new Set(i.people.map((p) => personMap.get(p) ?? p))] }));

  return {
    fragment: {
      people: [...touched.values()],
      organizations: newOrgs,
      relationships: [...relationships.values()],
      ties: [...ties.values()],
      interactions,
    },
    report,
  };
}
