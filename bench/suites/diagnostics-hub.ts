// `assess --json` and `suggest --json` end to end (process start to output) on networks whose
// owner is a hub: 5 ties per person and the owner tied to 37 % of everyone (bench/lib/hub-network.ts),
// at 50k and 200k people (`BENCH_HUB_SIZES` to change). Targets (issue 20): both under 1 s at 50k
// and under 3 s at 200k, peak memory under 1 GB.
// The first `assess` after the import computes every kernel and keeps Louvain's clusters,
// everyone's structural holes and betweenness (src/store/kept-kernels.ts); the runs after it,
// on the same graph, read them back. `suggest` for another day has a graph of its own (the
// owner's edges weigh recent contact), so it computes the clusters again: the cold figure.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateHubNetwork } from '../lib/hub-network.js';
import { type BenchResult, cli, tempDir } from '../lib/index.js';

const SIZES = (process.env.BENCH_HUB_SIZES ?? '50000,200000').split(',').map(Number);
const RUNS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export async function run(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const people of SIZES) {
    const dir = tempDir('diagnostics-hub');
    const doc = generateHubNetwork(people, 1);
    const file = join(dir, 'in.json');
    writeFileSync(file, JSON.stringify(doc));
    const db = join(dir, 'db.sqlite');
    const imported = cli(['--db', db, 'import', file]);
    const size = `${doc.ties!.length} ties, owner tied to ${doc.relationships!.length}`;
    out.push({
      name: `hub: import ${people} people`,
      seconds: imported.seconds,
      detail: `${size}; peak ${imported.peakMiB.toFixed(0)} MiB`,
    });
    const timed = (name: string, args: string[], runs: number) => {
      const r = Array.from({ length: runs }, () => cli(['--db', db, ...args]));
      out.push({
        name: `hub: ${name} ${people} people`,
        seconds: median(r.map((x) => x.seconds)),
        detail: `${runs > 1 ? `median of ${runs}; ` : ''}cpu ${median(r.map((x) => x.cpuSeconds)).toFixed(2)} s; peak ${Math.max(...r.map((x) => x.peakMiB)).toFixed(0)} MiB`,
      });
    };
    const asOf = ['--as-of', '2026-11-15'];
    timed('assess --json, first after import', ['assess', '--json', ...asOf], 1);
    timed('assess --json, again', ['assess', '--json', ...asOf], RUNS);
    timed('suggest --json', ['suggest', '--json', '--limit', '20', ...asOf], RUNS);
    // Each run another day: the owner's edges weigh differently, so clusters are computed anew.
    const days = ['2026-11-16', '2026-11-17', '2026-11-18'];
    const cold = days.map((day) => cli(['--db', db, 'suggest', '--json', '--limit', '20', '--as-of', day]));
    out.push({
      name: `hub: suggest --json, another day ${people} people`,
      seconds: median(cold.map((x) => x.seconds)),
      detail: `median of ${cold.length}, clusters computed; cpu ${median(cold.map((x) => x.cpuSeconds)).toFixed(2)} s; peak ${Math.max(...cold.map((x) => x.peakMiB)).toFixed(0)} MiB`,
    });
  }
  return out;
}
