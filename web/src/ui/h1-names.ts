// Resolves ids (people, organisations) to display names for pages whose API answers carry ids
// only (suggest, plan, review). One request per unknown id, remembered for the session and
// forgotten when the data version changes, so a rename shows after the next write.
import { useEffect, useState } from 'react';
import { api, idPath } from '../api/client';
import { useStatus } from '../app/status';

type Collection = 'people' | 'organizations' | 'goals' | 'commitments';

const cache = new Map<string, Promise<string | null>>();
let cacheVersion: string | undefined;

function lookup(collection: Collection, id: string): Promise<string | null> {
  const key = `${collection}\u0000${id}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = api
      .get<{ name?: string; title?: string; text?: string }>(`/${collection}/${idPath(id)}`)
      .then((r) => r.name ?? r.title ?? r.text ?? null)
      // An unknown id (deleted since) reads as its id rather than breaking the page.
      .catch(() => null);
    cache.set(key, hit);
  }
  return hit;
}

/** Names for `ids`; an id not yet resolved (or unknown) maps to nothing: show the id meanwhile. */
export function useNames(collection: Collection, ids: readonly string[]): ReadonlyMap<string, string> {
  const version = useStatus().data?.dataVersion;
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const wanted = [...new Set(ids)].sort().join('\u0000');
  useEffect(() => {
    if (version !== cacheVersion) {
      cache.clear();
      cacheVersion = version;
    }
    const list = wanted ? wanted.split('\u0000') : [];
    let live = true;
    Promise.all(list.map(async (id) => [id, await lookup(collection, id)] as const)).then((pairs) => {
      if (!live) return;
      const m = new Map<string, string>();
      for (const [id, name] of pairs) if (name) m.set(id, name);
      setNames(m);
    });
    return () => {
      live = false;
    };
  }, [collection, wanted, version]);
  return names;
}
