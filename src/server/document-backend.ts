import { slug } from '../core/identity/normalise.js';
import { withHomeOrganization } from '../document/home-organization.js';
import type { Owner, ThreefoldDocument } from '../document/schema.js';
import { validateDocument } from '../document/validate.js';
import { conflict, notFound } from '../errors.js';
import type { ActionState, Backend, Counts, ImportMode, Snapshot } from './backend.js';
import type { ListQuery } from './list-query.js';
import type { CollectionName, CollectionOps, Item, Key } from './routes/collections.js';

/** Where a DocumentBackend keeps things: the store, through its document-level contract. */
export interface DocumentPersistence {
  version(): string;
  /** The whole network, or undefined before an owner exists. */
  load(): ThreefoldDocument | undefined;
  /** Writes the whole network in one transaction (all or nothing). */
  save(doc: ThreefoldDocument): void;
  importDocument(doc: ThreefoldDocument, mode: ImportMode): unknown;
  actionStates(): ActionState[];
  setActionState(state: ActionState): ActionState;
  saveSnapshot(takenAt: string, data: unknown): Snapshot;
  listSnapshots(): Snapshot[];
}

type Collection = Item[];
type Filter = (item: Item, doc: ThreefoldDocument) => boolean;

const text = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Filters by collection and query key; each returns a predicate for the given value. */
const FILTERS: Record<CollectionName, Record<string, (value: never, doc: ThreefoldDocument) => Filter>> = {
  people: {
    q: (v: string) => {
      const needle = v.toLowerCase();
      return (p) =>
        text(p.name).includes(needle) ||
        text(p.title).includes(needle) ||
        list(p.emails).some((e) => text(e).includes(needle));
    },
    organization: (v: string) => (p) => p.organization === v,
    unit: (v: string) => (p) => text(p.unit) === v.toLowerCase(),
    sector: (v: string) => (p) => text(p.sector) === v.toLowerCase(),
    region: (v: string) => (p) => text(p.region) === v.toLowerCase(),
    tag: (v: string) => (p) => list(p.tags).some((t) => text(t) === v.toLowerCase()),
    form: (v: string, doc) => {
      const ids = new Set(
        (doc.relationships ?? []).filter((r) => r.forms?.includes(v as never)).map((r) => r.person),
      );
      return (p) => ids.has(p.id as string);
    },
    internal: (v: boolean, doc) => (p) => (p.organization === doc.owner.organization) === v,
  },
  organizations: {
    q: (v: string) => (o) => text(o.name).includes(v.toLowerCase()),
    kind: (v: string) => (o) => o.kind === v,
    sector: (v: string) => (o) => text(o.sector) === v.toLowerCase(),
  },
  relationships: {
    form: (v: string) => (r) => list(r.forms).includes(v),
    role: (v: string) => (r) => list(r.roles).includes(v),
    prescribed: (v: boolean) => (r) => (r.prescribed === true) === v,
    minStrength: (v: number) => (r) => typeof r.strength === 'number' && r.strength >= v,
  },
  ties: {
    person: (v: string) => (t) => t.a === v || t.b === v,
    source: (v: string) => (t) => t.source === v,
    minStrength: (v: number) => (t) => typeof t.strength === 'number' && t.strength >= v,
  },
  interactions: {
    person: (v: string) => (i) => list(i.people).includes(v),
    kind: (v: string) => (i) => i.kind === v,
    form: (v: string) => (i) => list(i.forms).includes(v),
    from: (v: string) => (i) => String(i.date).slice(0, 10) >= v.slice(0, 10),
    to: (v: string) => (i) => String(i.date).slice(0, 10) <= v.slice(0, 10),
  },
  groups: {
    q: (v: string) => (g) => text(g.name).includes(v.toLowerCase()),
    kind: (v: string) => (g) => text(g.kind) === v.toLowerCase(),
    member: (v: string) => (g) => list(g.members).includes(v),
  },
  goals: { q: (v: string) => (g) => text(g.title).includes(v.toLowerCase()) },
  commitments: {
    form: (v: string) => (c) => c.form === v,
    per: (v: string) => (c) => c.per === v,
  },
};

const DEFAULT_SORT: Record<CollectionName, { field: string; desc: boolean } | undefined> = {
  people: undefined,
  organizations: undefined,
  relationships: undefined,
  ties: undefined,
  interactions: { field: 'date', desc: true },
  groups: undefined,
  goals: undefined,
  commitments: undefined,
};

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareValues(a: unknown, b: unknown): number {
  // Missing values sort last whatever the direction is, so a sort never opens on blanks.
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

function keyOf(name: CollectionName, item: Item): string {
  if (name === 'relationships') return String(item.person);
  if (name === 'ties') {
    const a = String(item.a);
    const b = String(item.b);
    return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  }
  return String(item.id);
}

function keyString(name: CollectionName, key: Key): string {
  if (name === 'relationships') return key.person ?? '';
  if (name === 'ties') return keyOf('ties', { a: key.a, b: key.b });
  return key.id ?? '';
}

const ID_PREFIX: Record<CollectionName, string> = {
  people: 'p',
  organizations: 'o',
  relationships: 'r',
  ties: 't',
  interactions: 'i',
  groups: 'g',
  goals: 'goal',
  commitments: 'c',
};

/** A readable id not yet taken: `p:alice-smith`, else `p:alice-smith-2`. */
function freshId(name: CollectionName, item: Item, taken: Set<string>): string {
  const label = String(item.name ?? item.title ?? item.text ?? item.date ?? name);
  const base = `${ID_PREFIX[name]}:${slug(label)}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Removes every reference to a deleted person, so the document stays valid. */
function withoutPerson(doc: ThreefoldDocument, id: string): ThreefoldDocument {
  return {
    ...doc,
    people: doc.people.filter((p) => p.id !== id),
    relationships: doc.relationships
      ?.filter((r) => r.person !== id)
      .map((r) => {
        if (r.introducedBy !== id) return r;
        const { introducedBy: _gone, ...rest } = r;
        return rest;
      }),
    ties: doc.ties?.filter((t) => t.a !== id && t.b !== id),
    groups: doc.groups?.map((g) =>
      g.members?.includes(id) ? { ...g, members: g.members.filter((m) => m !== id) } : g,
    ),
    interactions: doc.interactions
      ?.map((i) => (i.people.includes(id) ? { ...i, people: i.people.filter((p) => p !== id) } : i))
      .filter((i) => i.people.length > 0),
    goals: doc.goals?.map((g) =>
      g.stakeholders?.some((s) => s.person === id)
        ? { ...g, stakeholders: g.stakeholders.filter((s) => s.person !== id) }
        : g,
    ),
  };
}

function withoutOrganization(doc: ThreefoldDocument, id: string): ThreefoldDocument {
  if (doc.owner.organization === id) {
    throw conflict(`organization "${id}" is the owner's own organisation: change the owner first`);
  }
  return {
    ...doc,
    organizations: doc.organizations?.filter((o) => o.id !== id),
    people: doc.people.map((p) => {
      if (p.organization !== id) return p;
      const { organization: _gone, ...rest } = p;
      return rest;
    }),
  };
}

/**
 * The API's view of the store when only the document-level contract (export, import) is used:
 * lists are filtered, sorted and paged in memory over the document cached per data version,
 * and each write validates and saves the whole document in one transaction.
 */
export class DocumentBackend implements Backend {
  private cache:
    | { version: string; doc: ThreefoldDocument | undefined; sorted: Map<string, Item[]> }
    | undefined;

  constructor(private readonly persistence: DocumentPersistence) {}

  dataVersion(): string {
    return this.persistence.version();
  }

  private current(): { doc: ThreefoldDocument | undefined; sorted: Map<string, Item[]> } {
    const version = this.persistence.version();
    if (!this.cache || this.cache.version !== version) {
      this.cache = { version, doc: this.persistence.load(), sorted: new Map() };
    }
    return this.cache;
  }

  private doc(): ThreefoldDocument | undefined {
    return this.current().doc;
  }

  private requireDoc(): ThreefoldDocument {
    const doc = this.doc();
    if (!doc)
      throw conflict('there is no owner yet: set one (PUT /api/owner), import a document or load the sample');
    return doc;
  }

  private write(doc: ThreefoldDocument): void {
    this.persistence.save(validateDocument(withHomeOrganization(doc)));
    this.cache = undefined;
  }

  counts(): Counts {
    const doc = this.doc();
    return {
      people: doc?.people.length ?? 0,
      organizations: doc?.organizations?.length ?? 0,
      relationships: doc?.relationships?.length ?? 0,
      ties: doc?.ties?.length ?? 0,
      interactions: doc?.interactions?.length ?? 0,
      groups: doc?.groups?.length ?? 0,
      goals: doc?.goals?.length ?? 0,
      commitments: doc?.commitments?.length ?? 0,
    };
  }

  getOwner(): Owner | undefined {
    return this.doc()?.owner;
  }

  setOwner(owner: Owner): Owner {
    const doc = this.doc() ?? { format: 'threefold/1' as const, owner, people: [] };
    this.write({ ...doc, owner });
    return owner;
  }

  exportDocument(): ThreefoldDocument {
    return this.requireDoc();
  }

  importDocument(doc: ThreefoldDocument, mode: ImportMode): unknown {
    const result = this.persistence.importDocument(doc, mode);
    this.cache = undefined;
    return result;
  }

  actionStates(): ActionState[] {
    return this.persistence.actionStates();
  }
  setActionState(state: ActionState): ActionState {
    return this.persistence.setActionState(state);
  }
  saveSnapshot(takenAt: string, data: unknown): Snapshot {
    return this.persistence.saveSnapshot(takenAt, data);
  }
  listSnapshots(): Snapshot[] {
    return this.persistence.listSnapshots();
  }

  collection(name: CollectionName): CollectionOps {
    const items = (doc: ThreefoldDocument | undefined): Collection =>
      ((doc?.[name] as Collection | undefined) ?? []) as Collection;
    const find = (doc: ThreefoldDocument | undefined, key: Key) => {
      const wanted = keyString(name, key);
      return items(doc).findIndex((it) => keyOf(name, it) === wanted);
    };
    const sortedBy = (q: ListQuery): Collection => {
      const state = this.current();
      const sort = q.sort ?? DEFAULT_SORT[name];
      const all = items(state.doc);
      if (!sort) return all;
      const cacheKey = `${name}:${sort.field}:${sort.desc}`;
      let sorted = state.sorted.get(cacheKey);
      if (!sorted) {
        const dir = sort.desc ? -1 : 1;
        sorted = [...all].sort((a, b) => {
          const av = a[sort.field];
          const bv = b[sort.field];
          if (av === undefined || av === null || bv === undefined || bv === null)
            return compareValues(av, bv);
          return dir * compareValues(av, bv) || collator.compare(keyOf(name, a), keyOf(name, b));
        });
        state.sorted.set(cacheKey, sorted);
      }
      return sorted;
    };
    return {
      list: (q) => {
        const doc = this.doc();
        let rows = sortedBy(q);
        const predicates: Filter[] = [];
        for (const [k, v] of Object.entries(q.filters)) {
          if (v === undefined) continue;
          const make = FILTERS[name][k];
          if (!make || !doc) continue;
          predicates.push(make(v as never, doc));
        }
        if (predicates.length > 0 && doc) rows = rows.filter((it) => predicates.every((p) => p(it, doc)));
        return { items: rows.slice(q.offset, q.offset + q.limit), total: rows.length };
      },
      get: (key) => {
        const doc = this.doc();
        const i = find(doc, key);
        return i < 0 ? undefined : items(doc)[i];
      },
      create: (item) => {
        const doc = this.requireDoc();
        const existing = items(doc);
        let created = item;
        if (name !== 'relationships' && name !== 'ties' && created.id === undefined) {
          created = { id: freshId(name, item, new Set(existing.map((it) => String(it.id)))), ...item };
        }
        if (
          find(doc, name === 'ties' ? { a: String(created.a), b: String(created.b) } : (created as Key)) >= 0
        ) {
          throw conflict(
            `a ${name === 'people' ? 'person' : name.replace(/s$/, '')} ${keyOf(name, created).replace('\u0000', ' and ')} already exists`,
          );
        }
        this.write({ ...doc, [name]: [...existing, created] });
        return created;
      },
      replace: (key, item) => {
        const doc = this.requireDoc();
        const i = find(doc, key);
        if (i < 0) throw notFound(`not found: ${Object.values(key).join(' ')}`);
        const next = [...items(doc)];
        next[i] = item;
        this.write({ ...doc, [name]: next });
        return item;
      },
      remove: (key) => {
        const doc = this.requireDoc();
        const i = find(doc, key);
        if (i < 0) throw notFound(`not found: ${Object.values(key).join(' ')}`);
        if (name === 'people') this.write(withoutPerson(doc, key.id!));
        else if (name === 'organizations') this.write(withoutOrganization(doc, key.id!));
        else this.write({ ...doc, [name]: items(doc).filter((_, j) => j !== i) });
      },
    };
  }
}
