import type { CsrRows } from '../core/graph/index.js';
import type { Network } from '../core/model.js';
import { readDocument } from './document.js';
import { revision, type Store } from './open.js';
import { readTieRows } from './tie-graph.js';

/**
 * What the analysis reads: the network without its ties, and the ties compiled over its people
 * (kept between runs for the revision they were built at, tie-graph.ts). Half a million ties
 * read as records cost seconds; compiled and kept, they cost milliseconds.
 */
export function readAnalysisInput(store: Store): { network: Network; ties: CsrRows; revision: number } {
  const { sqlite } = store;
  const read = sqlite
    .transaction(() => {
      const network = readDocument(sqlite, { ties: false });
      const ties = readTieRows(
        store,
        network.people.map((p) => p.id),
      );
      return { network, ties, revision: revision(sqlite) };
    })
    .deferred();
  read.ties.keep();
  return { network: read.network, ties: read.ties.rows, revision: read.revision };
}
