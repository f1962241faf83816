import type { CsrRows } from '../core/graph/index.js';
import type { Network } from '../core/model.js';
import { readDocument } from './document.js';
import { readKeptInteractions } from './kept-interactions.js';
import { readKeptRecords } from './kept-records.js';
import { revision, type Store } from './open.js';
import { PEOPLE } from './tables.js';
import { readTieRows } from './tie-graph.js';

/**
 * What the analysis reads: the network without its ties, and the ties compiled over its people.
 * The ties, the people and the interactions are kept between runs for the revision they were
 * read at (tie-graph.ts, kept-records.ts, kept-interactions.ts): read as records, half a million
 * ties and as many attendances cost seconds; kept, a fraction. An import keeps them as it
 * writes (analysis-keep.ts).
 */
export function readAnalysisInput(store: Store): { network: Network; ties: CsrRows; revision: number } {
  const { sqlite } = store;
  const read = sqlite
    .transaction(() => {
      const at = revision(sqlite);
      const keep: Array<() => void> = [];
      const network = readDocument(sqlite, {
        ties: false,
        people: () => {
          const read = readKeptRecords(sqlite, at, PEOPLE);
          keep.push(read.keep);
          return read.records;
        },
        interactions: (people) => {
          const read = readKeptInteractions(sqlite, at, people);
          keep.push(read.keep);
          return read.interactions;
        },
      });
      const ties = readTieRows(
        store,
        network.people.map((p) => p.id),
      );
      keep.push(ties.keep);
      return { network, ties: ties.rows, revision: at, keep };
    })
    .deferred();
  for (const k of read.keep) k();
  return { network: read.network, ties: read.ties, revision: read.revision };
}
