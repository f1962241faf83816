import type { CsrRows } from '../core/graph/index.js';
import type { Network } from '../core/model.js';
import { readAttendance } from './attendance.js';
import { readDocument } from './document.js';
import { revision, type Store } from './open.js';
import { readTieRows } from './tie-graph.js';

/**
 * What the analysis reads: the network without its ties, and the ties compiled over its people.
 * The ties and the interactions' attendees are kept compiled between runs for the revision they
 * were built at (tie-graph.ts, attendance.ts): read as records, half a million ties and half a
 * million attendances cost seconds; kept, they cost milliseconds.
 */
export function readAnalysisInput(store: Store): { network: Network; ties: CsrRows; revision: number } {
  const { sqlite } = store;
  const read = sqlite
    .transaction(() => {
      const at = revision(sqlite);
      let keepAttendance = () => {};
      const network = readDocument(sqlite, {
        ties: false,
        attendees: (interactions, people) => {
          const attendance = readAttendance(sqlite, at, interactions, people);
          keepAttendance = attendance.keep;
          return attendance.lists;
        },
      });
      const ties = readTieRows(
        store,
        network.people.map((p) => p.id),
      );
      return { network, ties, revision: at, keepAttendance };
    })
    .deferred();
  read.ties.keep();
  read.keepAttendance();
  return { network: read.network, ties: read.ties.rows, revision: read.revision };
}
