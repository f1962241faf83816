import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  assess,
  assessAwaitingBetweenness,
  assessInPiecesAwaitingBetweenness,
  assessView,
} from '../core/analysis/assess.js';
import { betweennessOptions, kernelsBesideBetweenness } from '../core/analysis/measures.js';
import { buildNetworkView } from '../core/analysis/view.js';
import { DEFAULT_CONFIG } from '../core/findings/config.js';
import { generateNetwork } from '../core/sample/index.js';
import { validateDocument } from '../document/validate.js';
import { readAnalysisInput } from '../store/analysis-read.js';
import { exportDocument, importDocument } from '../store/document.js';
import { openStore } from '../store/open.js';
import { betweennessAside } from './betweenness.js';

test('betweenness computed on the worker thread gives the very assessment computed in line', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'threefold-aside-')), 't.db');
  const store = openStore(path);
  try {
    importDocument(store, validateDocument(generateNetwork({ people: 1500, seed: 4 })), { mode: 'new' });
    const asOf = '2026-11-15';
    for (const [label, options] of [
      ['exact', betweennessOptions(DEFAULT_CONFIG)],
      ['sampled', betweennessOptions({ ...DEFAULT_CONFIG, exactBetweennessUpTo: 500 })],
    ] as const) {
      // Twice: once compiling the ties, once from the kept rows.
      store.sqlite.exec('DELETE FROM derived');
      for (let run = 0; run < 2; run++) {
        const aside = betweennessAside({ dbPath: path, options });
        const { network, compiled, revision } = readAnalysisInput(store);
        const computed = await aside;
        assert.ok(computed, `${label}: the worker answered`);
        assert.equal(computed.revision, revision);
        const config = { exactBetweennessUpTo: options.exactUpTo };
        const inline = JSON.stringify(assess(exportDocument(store), { asOf, config }));
        assert.equal(
          JSON.stringify(assess(network, { asOf, config, compiled, betweenness: computed.betweenness })),
          inline,
          `${label}, run ${run + 1}`,
        );
        // As the CLI does it: the rest first, betweenness joining it after (or computed in line
        // when the worker has none).
        const view = buildNetworkView(network, asOf, config, compiled);
        const kernels = kernelsBesideBetweenness(view);
        assert.equal(
          JSON.stringify(assessView(view, { ...kernels, betweenness: computed.betweenness })),
          inline,
        );
        const awaiting = assessAwaitingBetweenness(
          buildNetworkView(network, asOf, config, compiled),
          kernels,
        );
        assert.equal(JSON.stringify(awaiting(computed.betweenness)), inline, `${label}: joined after`);
        const alone = assessAwaitingBetweenness(buildNetworkView(network, asOf, config, compiled));
        assert.equal(JSON.stringify(alone()), inline, `${label}: computed in line`);
        // The people made in uneven slices, after betweenness has joined, join to the same.
        const { outline, people } = assessInPiecesAwaitingBetweenness(
          buildNetworkView(network, asOf, config, compiled),
          kernels,
        )(computed.betweenness);
        const slices = [];
        for (let from = 0; from < people.count; from += 377) slices.push(...people(from, from + 377));
        assert.equal(people(people.count, people.count + 10).length, 0, 'nobody past the end');
        const { asOf: day, metrics, findings } = outline;
        assert.equal(
          JSON.stringify({ asOf: day, metrics, people: slices, findings }),
          inline,
          `${label}: people in pieces`,
        );
      }
    }
  } finally {
    store.close();
  }
});

test('a worker that cannot read the database answers null, and the caller computes in line', async () => {
  const computed = await betweennessAside({
    dbPath: join(tmpdir(), 'threefold-no-such-dir', 'none.db'),
    options: betweennessOptions(DEFAULT_CONFIG),
  });
  assert.equal(computed, null);
});
