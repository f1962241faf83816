// The Organisation page: an organisation's network in aggregate, from the company database.
import assert from 'node:assert/strict';
import { generateOrganisation } from '../../src/core/organisation/generate.js';
import { dateOfDay } from '../../src/core/organisation/model.js';
import { openCompanyStore } from '../../src/store/company/sqlite-company-store.js';
import { e2e } from './harness.js';

const today = new Date().toISOString().slice(0, 10);

/** A company of 12 units of 30 with three silo units and a unit of three, stored as the CLI would. */
async function fillCompany(dbPath: string): Promise<void> {
  const { data } = generateOrganisation({
    units: 12,
    perUnit: 30,
    asOf: today,
    silos: 3,
    brokers: 4,
    newLeaders: 6,
  });
  const people = data.people.map((p, i) => (i >= 357 ? { ...p, unit: 'Tiny unit' } : p));
  const store = openCompanyStore(dbPath);
  await store.importRoster({ entries: people, aliases: people.map((p) => [p.id, p.id]) });
  const c = data.collaboration;
  const rows = Array.from({ length: c.length }, (_, e) => ({
    a: people[c.a[e]!]!.id,
    b: people[c.b[e]!]!.id,
    day: dateOfDay(c.day[e]!),
    channel: c.channel[e]!,
    count: c.count[e]!,
    minutes: c.minutes[e]!,
  }));
  await store.importCollaborationBatches([{ rows, time: [], skipped: [] }], '2000-01-01');
  await store.close();
}

e2e(
  'the Organisation page shows units, silos and the heat map, naming no one and no unit under five',
  async (app) => {
    await app.visit('/');
    await app.page.getByRole('link', { name: 'Organisation' }).click();
    await app.page.getByRole('heading', { name: 'Who works with whom' }).waitFor({ timeout: 60_000 });
    const text = await app.page.locator('main').innerText();
    assert.match(text, /360 people in 12 units/);
    for (const unit of ['Unit 001', 'Unit 002', 'Unit 003'])
      assert.match(text, new RegExp(`${unit}: \\d+ % of its ties stay inside`));
    assert.doesNotMatch(text, /\bp\d+\b/);
    assert.doesNotMatch(text, /Tiny unit/);
    assert.match(text, /Smaller groups combined/);
    const cells = await app.page.locator('table.org-heat tbody td').count();
    assert.equal(cells, 12 * 12);
    assert.equal(await app.page.locator('tr.org-silo').count(), 3);
    await app.shot('organisation');
  },
  { company: fillCompany },
);

e2e('without organisation data, the menu has no Organisation entry', async (app) => {
  await app.visit('/');
  await app.page.getByRole('link', { name: 'Overview' }).first().waitFor();
  assert.equal(await app.page.getByRole('link', { name: 'Organisation' }).count(), 0);
  const reply = await app.api('GET', '/api/company/report');
  assert.equal(reply.status, 404);
});
