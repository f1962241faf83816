import assert from 'node:assert/strict';
import { fmtDate } from '../src/ui/format.js';
import { definition, e2e, literal, loadSample, personFacts, until } from './harness.js';

interface AssessedPerson {
  id: string;
  name: string;
  contact: boolean;
  distance?: number;
  cadence?: { days: number; state: string; lastContact?: string };
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

e2e('logging an interaction on a person page brings the cadence back on track', async (app) => {
  const { page } = app;
  await loadSample(app);
  const people = (await app.api('GET', '/api/assess')).json.people as AssessedPerson[];
  const overdue = people.find((p) => p.contact && p.cadence?.state === 'overdue' && p.cadence.lastContact);
  assert.ok(overdue, 'the sample has an overdue contact');

  await app.visit('/people');
  await page.getByLabel('Search people').fill(overdue.name);
  await page.getByRole('table').getByRole('link', { name: overdue.name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: overdue.name }).waitFor();
  assert.equal(new URL(page.url()).pathname, `/people/${encodeURIComponent(overdue.id)}`);

  const facts = personFacts(page);
  const last = definition(facts, 'Last contact');
  const cadence = definition(facts, 'Cadence');
  await until('the last contact', async () => (await last.innerText()).trim() !== '');
  assert.equal((await last.innerText()).trim(), fmtDate(overdue.cadence!.lastContact));
  assert.match(await cadence.innerText(), /overdue by \d+ days?/);
  await app.shot('before');

  await page.getByRole('button', { name: 'Log an interaction' }).click();
  // Playwright reads a wrapping <label>'s whole text, options included ("Kindmeetingcall…"), so
  // the fields are matched by the start of their label.
  const date = page.getByLabel(/^\s*Date/).first();
  await date.waitFor();
  assert.equal(await date.inputValue(), todayUtc(), 'the date defaults to today');
  await page
    .getByLabel(/^\s*Kind/)
    .first()
    .waitFor();
  await page
    .getByLabel(/^\s*Minutes/)
    .first()
    .fill('30');
  await page
    .getByLabel(/^\s*Notes/)
    .first()
    .fill('Coffee, caught up on the quarter');
  await app.shot('form');
  await page.getByRole('button', { name: 'Save interaction' }).click();

  const today = fmtDate(todayUtc());
  await until(`"Last contact" to read ${today}`, async () => (await last.innerText()).trim() === today);
  await until('the cadence to read "on track"', async () => /on track/.test(await cadence.innerText()));
  await app.shot('after');

  const saved = await app.api('GET', `/api/interactions?person=${encodeURIComponent(overdue.id)}&limit=1`);
  assert.equal(saved.json.items[0].date, todayUtc());
  assert.equal(saved.json.items[0].minutes, 30);
});

e2e('a person who is not a direct contact shows the paths to them', async (app) => {
  const { page } = app;
  await loadSample(app);
  const owner = (await app.api('GET', '/api/owner')).json.name as string;
  const people = (await app.api('GET', '/api/assess')).json.people as AssessedPerson[];
  const target = people.find((p) => !p.contact && p.distance === 2);
  assert.ok(target, 'the sample has people reachable through one introduction');

  await app.visit(`/people/${encodeURIComponent(target.id)}`);
  await page.getByRole('heading', { level: 1, name: target.name }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Paths' }).waitFor();
  const path = page.getByRole('list', { name: 'Path' }).first();
  await path.waitFor();
  const steps = (await path.getByRole('listitem').allInnerTexts()).map((s) => s.trim());
  assert.ok(steps.length >= 3, `owner, an introducer, the person: ${steps.join(' > ')}`);
  assert.match(steps[0]!, new RegExp(literal(owner)));
  assert.match(steps.at(-1)!, new RegExp(literal(target.name)));
  await app.shot('paths');
});
