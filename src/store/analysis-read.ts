import type { InteractionTable } from '../core/analysis/interaction-table.js';
import type { KeptKernels } from '../core/analysis/kept-kernels.js';
import type { CompiledInput } from '../core/analysis/view.js';
import type { CsrRows } from '../core/graph/index.js';
import { CONTACT_DETAILS, type Interaction, type Network } from '../core/model.js';
import { readDocument } from './document.js';
import { keptInteractionTable } from './interaction-table.js';
import { readKeptInteractions } from './kept-interactions.js';
import { keptKernels } from './kept-kernels.js';
import { readKeptRecords } from './kept-records.js';
import { revision, type Store } from './open.js';
import { PEOPLE, RELATIONSHIPS } from './tables.js';
import { readTieRows } from './tie-graph.js';

/**
 * What the analysis reads: the network (its people without their contact details), and its ties
 * and interactions compiled for the analysis (`compiled`, which the analysis reads instead of the
 * network's own). The ties, the people, the relationships and the interactions are kept between
 * runs for the revision they were read at (tie-graph.ts, kept-records.ts, kept-interactions.ts);
 * people and relationships read from what was kept share their lists, frozen (the analysis never
 * changes them, and 200,000 people's own copies cost a tenth of a second). Read as records,
 * half a million ties and as many attendances cost seconds; kept, a fraction. An import keeps
 * them as it writes (analysis-keep.ts). When the interactions are kept, the network's
 * `interactions` are built as records only if something reads them.
 */
export function readAnalysisInput(store: Store): {
  network: Network;
  compiled: { ties: CsrRows; interactions?: InteractionTable; kept: KeptKernels };
  revision: number;
} {
  const { sqlite } = store;
  const read = sqlite
    .transaction(() => {
      const at = revision(sqlite);
      const keep: Array<() => void> = [];
      let table: InteractionTable | undefined;
      const network = readDocument(sqlite, {
        ties: false,
        people: () => {
          const read = readKeptRecords(sqlite, at, PEOPLE, CONTACT_DETAILS, true);
          keep.push(read.keep);
          return read.records;
        },
        relationships: () => {
          const read = readKeptRecords(sqlite, at, RELATIONSHIPS, [], true);
          keep.push(read.keep);
          return read.records;
        },
        interactions: (people) => {
          table = keptInteractionTable(sqlite, at, people);
          if (table) return [];
          const read = readKeptInteractions(sqlite, at, people);
          keep.push(read.keep);
          return read.interactions;
        },
      });
      if (table) recordsOnDemand(network, table);
      const ties = readTieRows(
        store,
        network.people.map((p) => p.id),
      );
      keep.push(ties.keep);
      const compiled: CompiledInput & { ties: CsrRows; kept: KeptKernels } = {
        ties: ties.rows,
        kept: keptKernels(sqlite, at),
      };
      if (table) compiled.interactions = table;
      return { network, compiled, revision: at, keep };
    })
    .deferred();
  for (const k of read.keep) k();
  return { network: read.network, compiled: read.compiled, revision: read.revision };
}

/** Makes `network.interactions` the table's records, built when first read. */
function recordsOnDemand(network: Network, table: InteractionTable): void {
  let records: Interaction[] | undefined;
  Object.defineProperty(network, 'interactions', {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!records) {
        records = new Array<Interaction>(table.length);
        for (let i = 0; i < table.length; i++) records[i] = table.record(i);
      }
      return records;
    },
    set: (value: Interaction[]) => {
      records = value;
    },
  });
}
