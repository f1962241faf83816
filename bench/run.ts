// `npm run bench [-- SUITE ...]`: runs the benchmark suites (not part of the tests) and prints a
// table; results also go to bench/results/latest.json with the machine they ran on.
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { type BenchResult, ROOT } from './lib/index.js';

const wanted = process.argv.slice(2);
const suites = readdirSync(join(ROOT, 'bench/suites'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

console.log('building (npm run build)...');
try {
  execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit' });
} catch {
  // tsc still emits JavaScript when a file elsewhere fails to type-check; measure that build.
  console.warn('warning: the build reported errors; benchmarking what it emitted');
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  date: new Date().toISOString(),
  command: `npm run bench${wanted.length ? ` -- ${wanted.join(' ')}` : ''}`,
};
console.log(`${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}`);

const all: Array<BenchResult & { suite: string }> = [];
for (const suite of suites) {
  console.log(`\n== ${suite}`);
  const mod = (await import(join(ROOT, 'bench/suites', `${suite}.ts`))) as { run(): Promise<BenchResult[]> };
  for (const row of await mod.run()) {
    all.push({ suite, ...row });
    console.log(
      `${row.name.padEnd(58)} ${Number.isFinite(row.seconds) ? `${row.seconds.toFixed(3)} s` : '   –   '}  ${row.detail ?? ''}`,
    );
  }
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench/results/latest.json'),
  `${JSON.stringify({ machine, results: all }, null, 2)}\n`,
);
console.log('\nwrote bench/results/latest.json');
