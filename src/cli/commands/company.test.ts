import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { generateOrganisation } from '../../core/organisation/generate.js';
import { CHANNELS, dateOfDay } from '../../core/organisation/model.js';
import { runCli } from '../test-support/run-cli.js';

const asOf = '2026-11-30';

describe('threefold company: an organisation analysed from its HR roster and collaboration metadata', () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-company-'));
  const env = {
    THREEFOLD_COMPANY_DB: join(dir, 'company.db'),
    THREEFOLD_COMPANY_KEY_FILE: join(dir, 'key'),
    USER: 'analyst-ada',
  };
  const cli = (...args: string[]) => runCli(['company', ...args], env);
  const { data, planted } = generateOrganisation({
    units: 12,
    perUnit: 30,
    asOf,
    silos: 3,
    brokers: 4,
    overloaded: 0,
    newLeaders: 6,
  });
  const roster = join(dir, 'roster.csv');
  const edges = join(dir, 'edges.csv');

  before(async () => {
    const key = await runCli(['company', 'key'], env);
    assert.equal(key.code, 0, key.stderr);
    writeFileSync(env.THREEFOLD_COMPANY_KEY_FILE, key.stdout);
    // An HR export's own headers, with addresses that calendars and mail logs use.
    writeFileSync(
      roster,
      `Employee ID;Department;Job Family;Grade;Site;Manager ID;Hire Date;Work Email\n${data.people
        .map((p) =>
          [
            p.id,
            p.unit,
            p.function,
            p.level,
            p.location,
            p.manager ?? '',
            p.startDate ?? '',
            `${p.id}@corp.example`,
          ].join(';'),
        )
        .join('\n')}\n`,
    );
    const c = data.collaboration;
    const rows = ['from,to,period,channel,count,minutes'];
    for (let e = 0; e < c.length; e++)
      rows.push(
        [
          data.people[c.a[e]!]!.id,
          // Half the rows name the second person by address: both resolve to the same employee.
          e % 2 ? `${data.people[c.b[e]!]!.id}@corp.example` : data.people[c.b[e]!]!.id,
          dateOfDay(c.day[e]!),
          CHANNELS[c.channel[e]!],
          c.count[e],
          c.minutes[e],
        ].join(','),
      );
    rows.push(`p0,outsider@elsewhere.example,${asOf},mail,3,0`);
    writeFileSync(edges, `${rows.join('\n')}\n`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('imports the roster and the edge list, leaving out who is not on the roster', async () => {
    const r = await cli('roster', roster, '--json');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).people, 360);
    const e = await cli('collaboration', edges, '--json');
    assert.equal(e.code, 0, e.stderr);
    assert.equal(JSON.parse(e.stdout).notOnRoster, 1);
  });

  it('stores no employee id, address or key: only pseudonyms', () => {
    const bytes = readFileSync(env.THREEFOLD_COMPANY_DB).toString('latin1');
    assert.ok(!bytes.includes('corp.example'));
    assert.ok(!/\bp119\b/.test(bytes));
    assert.ok(!bytes.includes(readFileSync(env.THREEFOLD_COMPANY_KEY_FILE, 'utf8').trim()));
  });

  it('reports the silos and brokers in words, naming no one', async () => {
    const r = await cli('report', '--as-of', asOf);
    assert.equal(r.code, 0, r.stderr);
    for (const unit of planted.silos)
      assert.match(r.stdout, new RegExp(`${unit}: \\d+ % of its ties stay inside`));
    assert.match(r.stdout, /\d+ people connect several units/);
    assert.doesNotMatch(r.stdout, /\bp\d+\b|corp\.example/);
    const json = JSON.parse((await cli('report', '--as-of', asOf, '--json')).stdout);
    assert.deepEqual(json.silos.sort(), planted.silos);
  });

  it('offers no person-level view on the command line, which the analyst holding the key runs', async () => {
    const r = await cli('me', '--employee', `${planted.brokers[0]}@corp.example`);
    assert.notEqual(r.code, 0);
    assert.doesNotMatch(r.stdout, /You are one of/);
  });

  it('honours an opt-out in every result and in later imports', async () => {
    const before = JSON.parse((await cli('report', '--as-of', asOf, '--json')).stdout);
    const out = await cli('opt-out', '--employee', 'p40@corp.example');
    assert.equal(out.code, 0, out.stderr);
    const after = JSON.parse((await cli('report', '--as-of', asOf, '--json')).stdout);
    assert.equal(after.people, before.people - 1);
    // Her unit's figures would now differ from the last report's by hers alone: they are
    // withheld (combined with the small groups) until the unit has changed by five or more.
    const unit = data.people[40]!.unit;
    const named = (r: { units: Array<{ name: string }>; matrix: { units: string[] } }) =>
      r.units.some((u) => u.name === unit) || r.matrix.units.includes(unit);
    assert.ok(named(before));
    assert.equal(after.unitsWithheld, 1);
    assert.ok(!named(after), `${unit} is not shown on its own`);
    const words = (await cli('report', '--as-of', asOf)).stdout;
    assert.match(words, /1 unit is shown with them this time: it has gained or lost fewer than 5 people/);
    for (const id of ['p41', 'p42', 'p43'])
      assert.equal((await cli('opt-out', '--employee', `${id}@corp.example`)).code, 0);
    assert.ok(!named(JSON.parse((await cli('report', '--as-of', asOf, '--json')).stdout)));
    // A fifth opt-out: 5 fewer than when its figures were last shown, so they are shown again.
    assert.equal((await cli('opt-out', '--employee', 'p44@corp.example')).code, 0);
    const later = JSON.parse((await cli('report', '--as-of', asOf, '--json')).stdout);
    assert.equal(later.unitsWithheld, 0);
    assert.equal(later.units.find((u: { name: string }) => u.name === unit).people, 25);
    const again = JSON.parse((await cli('roster', roster, '--json')).stdout);
    assert.equal(again.optedOut, 5);
    assert.equal(again.people, 355);
  });

  it('refuses a roster with a bad row, naming line and column, and writes nothing', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'id,unit,start date\nq1,Sales,2026-01-01\nq2,Sales,31/01/2026\n');
    const r = await cli('roster', bad);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /line 3, start date/);
    const report = JSON.parse((await cli('report', '--as-of', asOf, '--json')).stdout);
    assert.equal(report.people, 355);
  });

  it('imports several files as one, and writes none of them when the last line of the last is bad', async () => {
    const rows = () =>
      new BetterSqlite3(env.THREEFOLD_COMPANY_DB, { readonly: true })
        .prepare('SELECT count(*) AS n, sum(count) AS total FROM company_collaboration')
        .get();
    const before = rows();
    const more = join(dir, 'more.csv');
    const bad = join(dir, 'bad-edges.csv');
    writeFileSync(more, `from,to,period,channel,count\np1,p2,${asOf},chat,7\n`);
    writeFileSync(bad, `from,to,period,channel,count\np1,p3,${asOf},chat,1\np1,p3,${asOf},chat,lots\n`);
    const r = await cli('collaboration', more, bad);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /bad-edges\.csv: collaboration: 1 invalid value, nothing imported \(first: line 3, count/,
    );
    assert.deepEqual(rows(), before);
    const ok = await cli('collaboration', more, '--json');
    assert.equal(ok.code, 0, ok.stderr);
    assert.notDeepEqual(rows(), before);
  });

  it('refuses bad options with the option named, and keeps a retention limit it is given', async () => {
    const short = await cli('retention', '10');
    assert.equal(short.code, 2);
    assert.match(short.stderr, /retention: a whole number of days from 30 to 3650/);
    const window = await cli('report', '--window', 'soon');
    assert.equal(window.code, 2);
    assert.match(window.stderr, /--window: "soon"/);
    const kind = await cli('collaboration', edges, '--kind', 'fax');
    assert.equal(kind.code, 2);
    assert.match(kind.stderr, /--kind/);
    const kept = await cli('retention', '3650', '--json');
    assert.equal(kept.code, 0, kept.stderr);
    assert.equal(JSON.parse(kept.stdout).days, 3650);
  });

  it('needs the key to import', async () => {
    const r = await runCli(['company', 'roster', roster], { ...env, THREEFOLD_COMPANY_KEY_FILE: '' });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /organisation key/);
  });

  it('logs every query with who ran it', async () => {
    const log = JSON.parse((await cli('log', '--json')).stdout) as Array<{ analyst: string; query: string }>;
    assert.ok(log.every((e) => e.analyst === 'analyst-ada'));
    assert.deepEqual([...new Set(log.map((e) => e.query))].sort(), [
      'import edges',
      'import roster',
      'opt-out',
      'report',
      'retention',
    ]);
  });
});
