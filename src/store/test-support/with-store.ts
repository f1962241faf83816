import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../open.js';

/** A store in a fresh temporary file, closed once `use` is done with it. */
export function withStore(use: (store: Store) => void): void {
  const store = openStore(join(mkdtempSync(join(tmpdir(), 'threefold-store-')), 't.db'));
  try {
    use(store);
  } finally {
    store.close();
  }
}
