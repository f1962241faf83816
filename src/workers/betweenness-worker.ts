// The thread behind `betweennessAside` (betweenness.ts): reads the stored network's topology
// (the compiled ties and who the owner's relationships are with) and computes betweenness.
import { parentPort, workerData } from 'node:worker_threads';
import { betweenness, withHub } from '../core/graph/index.js';
import { OWNER_ID } from '../core/model.js';
import { openStore, revision } from '../store/open.js';
import { readTieRows } from '../store/tie-graph.js';
import type { BetweennessJob, BetweennessResult } from './betweenness.js';

const job = workerData as BetweennessJob;
const store = openStore(job.dbPath, { readonly: true });
try {
  const read = store.sqlite
    .transaction(() => {
      const people = store.sqlite.prepare('SELECT id FROM people ORDER BY rowid').pluck().all() as string[];
      const related = store.sqlite.prepare('SELECT person FROM relationships').pluck().all() as string[];
      return { people, related, ties: readTieRows(store, people), revision: revision(store.sqlite) };
    })
    .deferred();
  const ids = [OWNER_ID, ...read.people];
  const index = new Map(ids.map((id, i) => [id, i]));
  // Only the topology counts (betweenness runs on hops): the owner's edges need no weight.
  const spokes = read.related.map((id) => index.get(id)).filter((v) => v !== undefined);
  const graph = withHub(ids, index, read.ties.rows, spokes, new Float64Array(spokes.length).fill(1));
  const result = betweenness(graph, job.options);
  const message: BetweennessResult = { revision: read.revision, betweenness: result };
  parentPort!.postMessage(message, [result.values.buffer as ArrayBuffer]);
} finally {
  store.close();
}
