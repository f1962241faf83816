// `threefold import` of the files leaders actually have, end to end through the CLI (process
// start to exit) into a fresh database: a 30,000-row LinkedIn Connections.csv (target under
// 3 s) and a 10,000-event calendar (target under 5 s). The files are generated, seeded.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendar, linkedinConnections } from '../lib/format-files.js';
import { type BenchResult, cli, tempDir } from '../lib/index.js';

const AS_OF = '2026-06-01';
const OWNER = 'ada.leader@example.org';

function freshDb(dir: string): string {
  const db = join(dir, 'db.sqlite');
  cli(['--db', db, 'init', '--name', 'Ada Leader', '--organization', 'o:imaginary-widgets']);
  return db;
}

export async function run(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];

  const dir = tempDir('formats');
  const csv = join(dir, 'Connections.csv');
  writeFileSync(csv, linkedinConnections(30_000));
  const linkedin = cli(['--db', freshDb(join(dir)), 'import', csv, '--json']);
  const l = JSON.parse(linkedin.stdout) as { collections: Record<string, { created: number }> };
  out.push({
    name: 'import LinkedIn Connections.csv, 30,000 rows',
    seconds: linkedin.seconds,
    detail: `${l.collections.people!.created} people, ${l.collections.organizations!.created} organisations; target < 3 s; CPU ${linkedin.cpuSeconds.toFixed(2)} s; peak ${linkedin.peakMiB.toFixed(0)} MiB`,
  });

  const dir2 = tempDir('formats');
  const ics = join(dir2, 'calendar.ics');
  writeFileSync(ics, calendar(10_000, AS_OF, OWNER));
  const cal = cli(['--db', freshDb(dir2), 'import', ics, '--as-of', AS_OF, '--owner-email', OWNER, '--json']);
  const c = JSON.parse(cal.stdout) as {
    collections: Record<string, { created: number; skipped: number }>;
  };
  out.push({
    name: 'import calendar .ics, 10,000 events',
    seconds: cal.seconds,
    detail: `${c.collections.interactions!.created} meetings (${c.collections.interactions!.skipped} skipped), ${c.collections.people!.created} people, ${c.collections.ties!.created} ties; target < 5 s; CPU ${cal.cpuSeconds.toFixed(2)} s; peak ${cal.peakMiB.toFixed(0)} MiB`,
  });
  return out;
}
