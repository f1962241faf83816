// `assess --json`, `suggest --json` and `path --json` end to end (process start to output) on
// generated networks. Targets at 50k people: assess < 3 s, suggest < 3 s, path < 1 s.
// The analysis reads the ties compiled, and people and interactions by column, from what the
// database keeps for the network's revision (src/store/derived.ts): an import keeps them, and
// a write carries them over when it leaves them valid. `assess` is timed first after the
// import, again, after an interaction is logged, after a person is changed, after a tie is
// changed, and with nothing kept (as after a person is removed, or on a database from an older
// version); `path` with the kept ties and without.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateNetwork } from '../../src/core/sample/index.js';
import { type BenchResult, cli, SIZES, tempDir } from '../lib/index.js';

/** Forgets everything kept, as removing a person does. */
function dropKept(db: string): void {
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
    const assess = (run: string) => {
      const a = cli(['--db', db, 'assess', '--json', '--as-of', asOf]);
      const findings = (JSON.parse(a.stdout) as { findings: unknown[] }).findings.length;
      out.push({
        name: `assess --json ${people} people${run === 'first after import' ? '' : ` (${run})`}`,
        seconds: a.seconds,
        detail: `${run}; ${findings} findings; peak ${a.peakMiB.toFixed(0)} MiB`,
      });
    };
    assess('first after import');
    assess('again');
    const s = cli(['--db', db, 'suggest', '--json', '--limit', '20', '--as-of', asOf]);
    out.push({
      name: `suggest --json ${people} people`,
      seconds: s.seconds,
      detail: `peak ${s.peakMiB.toFixed(0)} MiB`,
    });
    // A person the owner does not know directly: the last person of the generated network.
    const target = doc.people[doc.people.length - 1]!.id;
    const path = (kept: boolean) => {
      const p = cli(['--db', db, 'path', '--to', target, '--k', '3', '--json', '--as-of', asOf]);
      const paths = (JSON.parse(p.stdout) as { paths: unknown[] }).paths.length;
      out.push({
        name: `path --k 3 ${people} people${kept ? '' : ' (nothing kept)'}`,
        seconds: p.seconds,
        detail: `${kept ? 'ties kept' : 'ties compiled and kept'}; ${paths} paths; peak ${p.peakMiB.toFixed(0)} MiB`,
      });
    };
    path(true);
    cli(['--db', db, 'interaction', 'add', '--with', doc.people[0]!.id, '--date', asOf]);
    assess('after an interaction is logged');
    cli(['--db', db, 'person', 'edit', doc.people[1]!.id, '--title', 'Head of Operations']);
    assess('after a person is changed');
    const tie = doc.ties![0]!;
    cli(['--db', db, 'tie', 'edit', tie.a, tie.b, '--strength', tie.strength === 5 ? '1' : '5']);
    assess('after a tie is changed');
    dropKept(db);
    assess('nothing kept');
    dropKept(db);
    path(false);
  }
  return out;
}
