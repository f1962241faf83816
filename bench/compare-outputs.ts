// Whether two builds of the CLI say the same: `npx tsx bench/compare-outputs.ts BEFORE AFTER`, each
// a checkout with `dist/` built (for the previous commit: `git worktree add` it and `npm run build`
// there, with node_modules beside it). On generated networks, uniform and hub-shaped
// (bench/lib/hub-network.ts), at 1k and 10k people (`COMPARE_SIZES` to change), each build runs on
// its own copy of the same imported file, first with nothing kept and then with the kernels kept:
// `assess --json`, `suggest --json --limit 20`, `suggest --json` for another day, and the text
// of both. Prints each output that differs and exits 1 if any does.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateNetwork } from '../src/core/sample/index.js';
import { generateHubNetwork } from './lib/hub-network.js';

const [before, after] = process.argv.slice(2).map((dir) => resolve(dir));
if (!before || !after) {
  console.error('usage: npx tsx bench/compare-outputs.ts BEFORE_CHECKOUT AFTER_CHECKOUT');
  process.exit(2);
}
const sizes = (process.env.COMPARE_SIZES ?? '1000,10000').split(',').map(Number);
const runs: string[][] = [
  ['assess', '--json', '--as-of', '2026-11-15'],
  ['suggest', '--json', '--limit', '20', '--as-of', '2026-11-15'],
  ['suggest', '--json', '--as-of', '2026-11-17'],
  ['assess', '--as-of', '2026-11-15'],
  ['suggest', '--as-of', '2026-11-15'],
];

const cli = (checkout: string, args: string[]): string => {
  const r = spawnSync(process.execPath, [join(checkout, 'dist/cli/main.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
};

const dir = mkdtempSync(join(tmpdir(), 'threefold-compare-'));
let differences = 0;
let compared = 0;
try {
  for (const people of sizes) {
    for (const [shape, doc] of [
      ['uniform', generateNetwork({ people, seed: 1 })],
      ['hub', generateHubNetwork(people, 1)],
    ] as const) {
      const file = join(dir, `${shape}-${people}.json`);
      writeFileSync(file, JSON.stringify(doc));
      const db = join(dir, `${shape}-${people}.db`);
      cli(after, ['--db', db, 'import', file]);
      const copies = [before, after].map((checkout, k) => {
        const copy = join(dir, `${shape}-${people}-${k}.db`);
        copyFileSync(db, copy);
        return { checkout, copy };
      });
      for (const pass of ['nothing kept', 'kernels kept']) {
        for (const args of runs) {
          const [a, b] = copies.map(({ checkout, copy }) => cli(checkout, ['--db', copy, ...args]));
          compared++;
          if (a !== b) {
            differences++;
            console.log(`differs: ${shape} ${people}, ${pass}: ${args.join(' ')}`);
          }
        }
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${compared} outputs compared, ${differences} differ`);
process.exit(differences > 0 ? 1 : 0);
