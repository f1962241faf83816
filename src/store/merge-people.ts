import { mergePeopleInNetwork } from '../core/identity/merge.js';
import { invalidInput, notFound } from '../errors.js';
import { exportDocument, importDocument } from './document.js';
import type { Store } from './open.js';

export interface MergePeopleResult {
  kept: string;
  removed: string;
  moved: { relationships: number; ties: number; interactions: number; groups: number; goals: number };
}

/**
 * Merges person `drop` into person `keep` in ONE transaction: relationships, ties, interactions,
 * group memberships and stakeholder entries of `drop` move to `keep`, then `drop` is removed.
 */
export function mergePeople(store: Store, keep: string, drop: string): MergePeopleResult {
  if (keep === drop) throw invalidInput('merge needs two different people');
  let result: MergePeopleResult | undefined;
  store.sqlite
    .transaction(() => {
      const doc = exportDocument(store);
      for (const id of [keep, drop])
        if (!doc.people.some((p) => p.id === id)) throw notFound(`no person "${id}"`);
      const count = <T>(list: T[] | undefined, has: (x: T) => boolean) => (list ?? []).filter(has).length;
      const moved = {
        relationships: count(doc.relationships, (r) => r.person === drop),
        ties: count(doc.ties, (t) => t.a === drop || t.b === drop),
        interactions: count(doc.interactions, (i) => i.people.includes(drop)),
        groups: count(doc.groups, (g) => g.members?.includes(drop) ?? false),
        goals: count(doc.goals, (g) => g.stakeholders?.some((s) => s.person === drop) ?? false),
      };
      // better-sqlite3 nests this transaction as a savepoint: one commit for both steps.
      importDocument(store, mergePeopleInNetwork(doc, keep, drop), { mode: 'replace' });
      result = { kept: keep, removed: drop, moved };
    })
    .immediate();
  return result!;
}
