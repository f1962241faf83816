// Resolves ids (people, organisations, goals, commitments) to display names for pages whose API
// answers carry ids only (review, commitments). The ids a page shows are asked for together
// (GET /api/names, up to 500 a call), never one request per record. Remembered for the session
// and forgotten when the data version changes, so a rename shows after the next write.
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useStatus } from '../app/status';

type Collection = 'people' | 'organizations' | 'goals' | 'commitments';

/** What GET /api/names answers per call (src/server/routes/names.ts). */
const BATCH = 500;

/** id → its name, or null when the server does not know it (deleted since). */
const known = new Map<string, Promise<string | null>>();
let cacheVersion: string | undefined;

const keyOf = (collection: Collection, id: string) => `${collection}\u0000${id}`;

function fetchBatch(collection: Collection, ids: string[]): void {
  const answer = api
    .get<Record<Collection, Record<string, string>>>('/names', { [collection]: ids.join(',') })
    // Without names the page shows what it has; a later visit asks again.
    .catch(() => null);
  for (const id of ids) {
    const key = keyOf(collection, id);
    known.set(
      key,
      answer.then((r) => {
        if (!r) known.delete(key);
        return r?.[collection]?.[id] ?? null;
      }),
    );
  }
}

async function lookup(collection: Collection, ids: readonly string[]): Promise<Map<string, string>> {
  const missing = ids.filter((id) => !known.has(keyOf(collection, id)));
  for (let i = 0; i < missing.length; i += BATCH) fetchBatch(collection, missing.slice(i, i + BATCH));
  const out = new Map<string, string>();
  for (const id of ids) {
    const name = await known.get(keyOf(collection, id));
    if (name) out.set(id, name);
  }
  return out;
}

/** Names for `ids`; an id not yet resolved (or unknown) maps to nothing: show the id meanwhile. */
export function useNames(collection: Collection, ids: readonly string[]): ReadonlyMap<string, string> {
  const version = useStatus().data?.dataVersion;
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const wanted = [...new Set(ids)].sort().join('\u0000');
  useEffect(() => {
    if (version !== cacheVersion) {
      known.clear();
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
