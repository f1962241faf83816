// `assess --json`, `suggest --json` and `path --json` end to end (process start to output) on
// generated networks. Targets at 50k people: assess < 3 s, suggest < 3 s, path < 1 s.
// The first command after a write compiles the ties and keeps them for the revision
// (src/store/tie-graph.ts); later ones read them back. Both are timed: `assess` first after the
// import (cold) and again (warm), `path` warm and, with the kept ties removed, cold.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateNetwork } from '../../src/core/sample/index.js';
import { type BenchResult, cli, SIZES, tempDir } from '../lib/index.js';

/** Forgets the compiled ties, as any write to the network would. */
function dropKeptTies(db: string): void {
  const sqlite = new Database(db);
  sqlite.prepare('DELETE FROM derived').run();
  sqlite.close();
}

export async function run(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const people of SIZES) {
    const dir = tempDir('diagnostics');
    const doc = generateNetwork({ people, seed: 1 });
    const file = join(dir, 'in.json');
    writeFileSync(file, JSON.stringify(doc));
    const db = join(dir, 'db.sqlite');
    cli(['--db', db, 'import', file]);
    const asOf = '2026-11-15';
    for (const run of ['first after import', 'again'] as const) {
      const a = cli(['--db', db, 'assess', '--json', '--as-of', asOf]);
      const findings = (JSON.parse(a.stdout) as { findings: unknown[] }).findings.length;
      out.push({
        name: `assess --json ${people} people${run === 'again' ? ' (ties kept)' : ''}`,
        seconds: a.seconds,
        detail: `${run}; ${findings} findings; peak ${a.peakMiB.toFixed(0)} MiB`,
      });
    }
    const s = cli(['--db', db, 'suggest', '--json', '--limit', '20', '--as-of', asOf]);
    out.push({
      name: `suggest --json ${people} people`,
      seconds: s.seconds,
      detail: `peak ${s.peakMiB.toFixed(0)} MiB`,
    });
    // A person the owner does not know directly: the last person of the generated network.
    const target = doc.people[doc.people.length - 1]!.id;
    for (const kept of [true, false]) {
      if (!kept) dropKeptTies(db);
      const p = cli(['--db', db, 'path', '--to', target, '--k', '3', '--json', '--as-of', asOf]);
      const paths = (JSON.parse(p.stdout) as { paths: unknown[] }).paths.length;
      out.push({
        name: `path --k 3 ${people} people${kept ? '' : ' (ties compiled)'}`,
        seconds: p.seconds,
        detail: `${kept ? 'ties kept' : 'ties compiled and kept'}; ${paths} paths; peak ${p.peakMiB.toFixed(0)} MiB`,
      });
    }
  }
  return out;
}
