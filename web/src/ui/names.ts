// Resolves ids (people, organisations, goals, commitments) to display names for pages whose API
// answers carry ids only (suggest, plan, review). One list request per collection fills most of
// it; ids beyond that page are fetched one by one. Remembered for the session and forgotten when
// the data version changes, so a rename shows after the next write.
import { useEffect, useState } from 'react';
import { api, idPath } from '../api/client';
import type { Page } from '../api/types';
import { useStatus } from '../app/status';

type Collection = 'people' | 'organizations' | 'goals' | 'commitments';

interface Named {
  id: string;
  name?: string;
  title?: string;
  text?: string;
}

const LIST_LIMIT = 1000;
const label = (r: Named) => r.name ?? r.title ?? r.text ?? null;

const lists = new Map<Collection, Promise<{ names: Map<string, string>; complete: boolean }>>();
const singles = new Map<string, Promise<string | null>>();
let cacheVersion: string | undefined;

function listOf(collection: Collection) {
  let hit = lists.get(collection);
  if (!hit) {
    hit = api.get<Page<Named>>(`/${collection}`, { limit: LIST_LIMIT }).then(
      (page) => ({
        names: new Map(page.items.flatMap((r) => (label(r) ? [[r.id, label(r) as string] as const] : []))),
        complete: page.next === null,
      }),
      // Without the list, each id is asked for on its own.
      () => ({ names: new Map<string, string>(), complete: false }),
    );
    lists.set(collection, hit);
  }
  return hit;
}

function one(collection: Collection, id: string): Promise<string | null> {
  const key = `${collection}\u0000${id}`;
  let hit = singles.get(key);
  if (!hit) {
    hit = api
      .get<Named>(`/${collection}/${idPath(id)}`)
      .then(label)
      // An unknown id (deleted since) reads as its id rather than breaking the page.
      .catch(() => null);
    singles.set(key, hit);
  }
  return hit;
}

async function lookup(collection: Collection, ids: readonly string[]): Promise<Map<string, string>> {
  const { names, complete } = await listOf(collection);
  const out = new Map<string, string>();
  const missing: string[] = [];
  for (const id of ids) {
    const n = names.get(id);
    if (n) out.set(id, n);
    else if (!complete) missing.push(id);
  }
  for (const [id, n] of await Promise.all(
    missing.map(async (id) => [id, await one(collection, id)] as const),
  ))
    if (n) out.set(id, n);
  return out;
}

/** Names for `ids`; an id not yet resolved (or unknown) maps to nothing: show the id meanwhile. */
export function useNames(collection: Collection, ids: readonly string[]): ReadonlyMap<string, string> {
  const version = useStatus().data?.dataVersion;
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const wanted = [...new Set(ids)].sort().join('\u0000');
  useEffect(() => {
    if (version !== cacheVersion) {
      lists.clear();
      singles.clear();
      cacheVersion = version;
    }
    if (!wanted) {
      setNames(new Map());
      return;
    }
    let live = true;
    lookup(collection, wanted.split('\u0000')).then((m) => {
      if (live) setNames(m);
    });
    return () => {
      live = false;
    };
  }, [collection, wanted, version]);
  return names;
}
