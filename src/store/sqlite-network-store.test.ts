import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeSuite } from '../app/store-suite.js';
import { SqliteNetworkStore } from './sqlite-network-store.js';

// The port's suite on a real SQLite file in a fresh temporary folder per test.
storeSuite('SQLite', async () =>
  SqliteNetworkStore.open(join(mkdtempSync(join(tmpdir(), 'threefold-port-')), 'net.db')),
);
