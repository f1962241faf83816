import type { Network, Person } from '../model.js';
import { emailKey, firstNameForms, nameKey, organizationKey, profileKey } from './normalise.js';

export interface DuplicatePair {
  a: string;
  b: string;
  names: [string, string];
  reasons: string[];
  /** `likely`: a shared address or profile; `possible`: a name alone. */
  confidence: 'likely' | 'possible';
}

/** Buckets larger than this are too common to mean anything (a "John Smith" of 40 people). */
const MAX_BUCKET = 25;

/**
 * Pairs of people who are probably one person, with why: a shared e-mail or profile address,
 * the same normalised name (in the same organisation or not), or first names that are short
 * forms of one another with the same last name. Pure; nothing is merged here.
 */
export function findDuplicates(network: Network): DuplicatePair[] {
  const byId = new Map(network.people.map((p) => [p.id, p]));
  const orgName = new Map((network.organizations ?? []).map((o) => [o.id, organizationKey(o.name)]));
  const pairs = new Map<string, { a: string; b: string; reasons: Set<string>; strong: boolean }>();
  const add = (ids: string[], reason: string, strong: boolean) => {
    const unique = [...new Set(ids)];
    if (unique.length < 2 || unique.length > MAX_BUCKET) return;
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const [a, b] = unique[i]! < unique[j]! ? [unique[i]!, unique[j]!] : [unique[j]!, unique[i]!];
        const key = `${a}\u0000${b}`;
        const pair = pairs.get(key) ?? { a, b, reasons: new Set<string>(), strong: false };
        pair.reasons.add(reason);
        pair.strong ||= strong;
        pairs.set(key, pair);
      }
    }
  };
  const bucket = (keyOf: (p: Person) => string[]) => {
    const m = new Map<string, string[]>();
    for (const p of network.people) for (const k of keyOf(p)) if (k) m.set(k, [...(m.get(k) ?? []), p.id]);
    return m;
  };
  for (const [email, ids] of bucket((p) => (p.emails ?? []).map(emailKey)))
    add(ids, `same e-mail ${email}`, true);
  for (const [, ids] of bucket((p) => {
    const url = (p as { profileUrl?: unknown }).profileUrl;
    return typeof url === 'string' ? [profileKey(url)] : [];
  }))
    add(ids, 'same profile address', true);
  for (const [, ids] of bucket((p) => [nameKey(p.name)])) {
    add(ids, 'same name', false);
    const byOrg = new Map<string, string[]>();
    for (const id of ids) {
      const org = byId.get(id)?.organization;
      const key = org ? orgName.get(org) : undefined;
      if (key) byOrg.set(key, [...(byOrg.get(key) ?? []), id]);
    }
    for (const same of byOrg.values()) add(same, 'same organisation', true);
  }
  for (const [, ids] of bucket((p) => {
    const words = nameKey(p.name).split(' ');
    if (words.length < 2) return [];
    const last = words[words.length - 1];
    return firstNameForms(words[0]!).map((f) => `${f} ${last}`);
  }))
    add(ids, 'first names that are short forms of one another', false);
  return [...pairs.values()]
    .map((p) => ({
      a: p.a,
      b: p.b,
      names: [byId.get(p.a)!.name, byId.get(p.b)!.name] as [string, string],
      reasons: [...p.reasons].filter((r) => !(r.startsWith('first names') && p.reasons.has('same name'))),
      confidence: p.strong ? ('likely' as const) : ('possible' as const),
    }))
    .sort((x, y) =>
      x.confidence === y.confidence ? x.a.localeCompare(y.a) : x.confidence === 'likely' ? -1 : 1,
    );
}
