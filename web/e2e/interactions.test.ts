// An interaction with several people: logged, changed and deleted (with undo) from a person
// page, each step read back from the API.
import assert from 'node:assert/strict';
import { fmtDate } from '../src/ui/format.js';
import { e2e, loadSample, until } from './harness.js';

const enc = encodeURIComponent;
const todayUtc = () => new Date().toISOString().slice(0, 10);

e2e('an interaction with several people is logged, edited, deleted and brought back', async (app) => {
  const { page } = app;
  await loadSample(app);
  const people = (await app.api('GET', '/api/people?sort=name&limit=3')).json.items as {
    id: string;
    name: string;
  }[];
  const [a, b, c] = people as [
    { id: string; name: string },
    { id: string; name: string },
    { id: string; name: string },
  ];
  const mine = async () =>
    (await app.api('GET', `/api/interactions?person=${enc(a.id)}&from=${todayUtc()}&kind=meal`)).json
      .items as {
      id: string;
      people: string[];
      minutes?: number;
      notes?: string;
    }[];
  assert.equal((await mine()).length, 0);

  await app.visit(`/people/${enc(a.id)}`);
  await page.getByRole('heading', { level: 1, name: a.name }).waitFor();
  await page.getByRole('button', { name: 'Log an interaction' }).click();
  const form = page.getByRole('form', { name: 'Log an interaction' });
  await form.getByLabel('Add someone who was there (search)').fill(b.name);
  await form.getByRole('button', { name: b.name, exact: true }).click();
  await form.getByLabel(/^\s*Kind/).selectOption('meal');
  await form.getByLabel(/^\s*Minutes/).fill('75');
  await form.getByLabel(/^\s*Notes/).fill('Lunch on the supply plan');
  await app.shot('log');
  await form.getByRole('button', { name: 'Save interaction' }).click();
  await until('the interaction to be stored', async () => (await mine()).length === 1);
  let stored = (await mine())[0]!;
  assert.deepEqual([...stored.people].sort(), [a.id, b.id].sort());
  assert.equal(stored.minutes, 75);

  const when = fmtDate(todayUtc());
  await page.getByRole('button', { name: `Edit the meal of ${when}` }).click();
  const edit = page.getByRole('form', { name: 'Edit interaction' });
  await edit.getByRole('button', { name: `Remove ${b.name}` }).click();
  await edit.getByLabel('Add someone who was there (search)').fill(c.name);
  await edit.getByRole('button', { name: c.name, exact: true }).click();
  await edit.getByLabel(/^\s*Minutes/).fill('40');
  await edit.getByLabel(/^\s*Notes/).fill('');
  await app.shot('edit');
  await edit.getByRole('button', { name: 'Save interaction' }).click();
  await until('the edit to be stored', async () => (await mine())[0]?.minutes === 40);
  stored = (await mine())[0]!;
  assert.deepEqual([...stored.people].sort(), [a.id, c.id].sort());
  assert.equal(stored.notes, undefined, 'a cleared note is removed');

  await page.getByRole('button', { name: `Delete the meal of ${when}` }).click();
  await page.getByRole('status').filter({ hasText: 'was deleted' }).waitFor();
  assert.equal((await app.api('GET', `/api/interactions/${enc(stored.id)}`)).status, 404);
  await app.shot('deleted');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await until('the interaction to be back', async () => (await mine()).length === 1);
  assert.deepEqual((await app.api('GET', `/api/interactions/${enc(stored.id)}`)).json, stored);
});
