import { slug } from '../../core/identity/normalise.js';
import type { Person } from '../../document/schema.js';
import { clean, clip } from './text.js';
import { emptyFragment, type Fragment } from './types.js';

/** Collects a fragment: local person ids, organisations by readable id, one of each. */
export class FragmentBuilder {
  private readonly orgIds = new Map<string, string>();
  private readonly takenOrgIds = new Set<string>();
  private nextPerson = 1;

  constructor(readonly fragment: Fragment = emptyFragment()) {}

  /** The id of the organisation called `name`, created on first sight (`o:imaginary-widgets-ltd`). */
  organization(name: string): string | undefined {
    const n = clip(clean(name));
    if (!n) return undefined;
    const key = n.toLowerCase();
    const known = this.orgIds.get(key);
    if (known) return known;
    const base = `o:${slug(n)}`;
    let id = base;
    for (let i = 2; this.takenOrgIds.has(id); i++) id = `${base}-${i}`;
    this.takenOrgIds.add(id);
    this.orgIds.set(key, id);
    this.fragment.organizations.push({ id, name: n, kind: 'company' });
    return id;
  }

  /** Adds a person under a fresh local id, dropping empty optional fields. */
  person(fields: Omit<Person, 'id'>): Person {
    // Built key by key rather than copied and pruned with `delete`, which would leave a slow
    // dictionary-mode object for every later step (identity, validation, the store).
    const record: Record<string, unknown> = { id: `in:${this.nextPerson++}` };
    for (const key in fields) {
      const value = (fields as Record<string, unknown>)[key];
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
      record[key] = value;
    }
    const person = record as Person;
    this.fragment.people.push(person);
    return person;
  }
}

/** Distinct non-empty values, first spelling kept (case-insensitive). */
export function distinct(values: Iterable<string | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const c = v === undefined ? '' : clip(clean(v));
    if (!c || seen.has(c.toLowerCase())) continue;
    seen.add(c.toLowerCase());
    out.push(c);
  }
  return out;
}
