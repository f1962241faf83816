import type { CsrRows } from '../core/graph/index.js';
import type { Network } from '../core/model.js';
import { readDocument } from './document.js';
import { readKeptInteractions } from './kept-interactions.js';
import { revision, type Store } from './open.js';
import { readTieRows } from './tie-graph.js';

/**
 * What the analysis reads: the network without its ties, and the ties compiled over its people.
 * The ties and the interactions are kept between runs for the revision they were read at
 * (tie-graph.ts, kept-interactions.ts): read as records, half a million ties and as many
 * attendances cost seconds; kept, a fraction.
 */
export function readAnalysisInput(store: Store): { network: Network; ties: CsrRows; revision: number } {
  const { sqlite } = store;
  const read = sqlite
    .transaction(() => {
      const at = revision(sqlite);
      let keepInteractions = () => {};
      const network = readDocument(sqlite, {
        ties: false,
        interactions: (people) => {
          const read = readKeptInteractions(sqlite, at, people);
          keepInteractions = read.keep;
          return read.interactions;
        },
      });
      const ties = readTieRows(
        store,
        network.people.map((p) => p.id),
      );
      return { network, ties, revision: at, keepInteractions };
    })
    .deferred();
  read.ties.keep();
  read.keepInteractions();
  return { network: read.network, ties: read.ties.rows, revision: read.revision };
}
