import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { progressBar } from './progress.js';

function tty(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 100, write: (t: string) => writes.push(t) } };
}

describe('progress bar', () => {
  test('on a terminal, over 2,000 records: drawn in place, throttled, cleared at the end', () => {
    const { writes, stream } = tty(true);
    let clock = 0;
    const bar = progressBar(stream, 'reading x.csv', { now: () => clock });
    bar.update(0, 30_000);
    bar.update(500, 30_000); // within 100 ms of the last draw: skipped
    clock = 150;
    bar.update(15_000, 30_000);
    bar.update(30_000, 30_000); // the last one is always drawn
    bar.step('writing (one transaction)');
    bar.done();
    assert.deepEqual(writes, [
      '\r\u001b[Kreading x.csv [........................] 0/30,000 0%',
      '\r\u001b[Kreading x.csv [############............] 15,000/30,000 50%',
      '\r\u001b[Kreading x.csv [########################] 30,000/30,000 100%',
      '\r\u001b[Kreading x.csv: writing (one transaction)',
      '\r\u001b[K',
    ]);
  });

  test('nothing off a terminal, and nothing for a small file', () => {
    const pipe = tty(false);
    const a = progressBar(pipe.stream, 'reading');
    a.update(10, 50_000);
    a.step('writing');
    a.done();
    assert.deepEqual(pipe.writes, []);
    const small = tty(true);
    const b = progressBar(small.stream, 'reading');
    b.update(1_000, 2_000);
    b.step('writing');
    b.done();
    assert.deepEqual(small.writes, []);
  });

  test('threefold import draws it on a real terminal (a pty), never with --json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'threefold-progress-'));
    const csv = join(dir, 'Connections.csv');
    const rows = ['First Name,Last Name,Email Address,Company,Position,Connected On'];
    for (let i = 0; i < 2_500; i++)
      rows.push(`Person,Number ${i},p${i}@example.com,Acme ${i % 40},Analyst,01 Jan 2020`);
    writeFileSync(csv, `${rows.join('\n')}\n`);
    const main = new URL('./main.ts', import.meta.url).pathname;
    const db = join(dir, 'net.db');
    const run = (args: string) =>
      spawnSync(
        'script',
        ['-qec', `${process.execPath} --import tsx ${main} --db ${db} ${args}`, '/dev/null'],
        {
          encoding: 'utf8',
          env: { ...process.env, THREEFOLD_CLI_ENTRY: '1', NO_COLOR: '1' },
          timeout: 60_000,
        },
      );
    assert.equal(run('init --name "Ada Leader" --organization o:acme').status, 0);
    const human = run(`import ${csv} --dry-run`);
    assert.equal(human.status, 0, human.stdout);
    assert.match(human.stdout, /reading Connections\.csv \[#{24}\] 2,500\/2,500 100%/);
    assert.match(human.stdout, /reading Connections\.csv: matching people already there/);
    assert.doesNotMatch(human.stdout, /writing \(one transaction\)/, 'a dry run writes nothing');
    assert.match(human.stdout, /^people\s+2500\s+0\s+0\s+0\s*$/m);
    const json = run(`import ${csv} --json`);
    assert.equal(json.status, 0, json.stdout);
    assert.doesNotMatch(json.stdout, /reading Connections|\[#/);
    assert.equal(JSON.parse(json.stdout).collections.people.created, 2500);
  });
});
