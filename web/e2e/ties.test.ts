// Who knows whom, recorded from a person page: a tie is added with a strength in words,
// re-rated, removed and brought back; the API holds each change.
import assert from 'node:assert/strict';
import { fmtStrength } from '../src/ui/format.js';
import { e2e, loadSample, until } from './harness.js';

const enc = encodeURIComponent;

e2e('a tie between two contacts is added, re-rated, removed and restored from a person page', async (app) => {
  const { page } = app;
  await loadSample(app);
  const people = (await app.api('GET', '/api/people?sort=name&limit=1000')).json.items as {
    id: string;
    name: string;
  }[];
  // Two people not yet tied.
  let pair: [{ id: string; name: string }, { id: string; name: string }] | undefined;
  for (const a of people) {
    const tied = new Set(
      (
        (await app.api('GET', `/api/ties?person=${enc(a.id)}&limit=1000`)).json.items as {
          a: string;
          b: string;
        }[]
      ).flatMap((t) => [t.a, t.b]),
    );
    const b = people.find((p) => p.id !== a.id && !tied.has(p.id));
    if (b) {
      pair = [a, b];
      break;
    }
  }
  assert.ok(pair, 'the sample has two people who are not tied');
  const [a, b] = pair;
  const tie = async () => {
    const r = await app.api('GET', `/api/ties/${enc(a.id)}/${enc(b.id)}`);
    return r.status === 200 ? (r.json as { strength?: number; source?: string }) : null;
  };

  await app.visit(`/people/${enc(a.id)}`);
  await page.getByRole('heading', { level: 1, name: a.name }).waitFor();
  const form = page.getByRole('form', { name: `Record whom ${a.name} knows` });
  await form.getByLabel('Person they know (search)').fill(b.name);
  await form.getByRole('button', { name: b.name, exact: true }).click();
  await form.getByLabel(/^\s*How well they know each other/).selectOption({ label: '4 – close' });
  await app.shot('add');
  await form.getByRole('button', { name: 'Add tie' }).click();
  await until('the tie to be stored', async () => (await tie()) !== null);
  assert.equal((await tie())!.strength, 4);
  assert.equal((await tie())!.source, 'stated');
  const knows = page.getByRole('region', { name: 'Knows' });
  const row = knows
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: b.name, exact: true }) });
  await row.getByText(fmtStrength(4)).waitFor();

  await row.getByLabel(`Strength of the tie with ${b.name}`).selectOption('2');
  await until('the new strength to be stored', async () => (await tie())?.strength === 2);
  await row.getByText(fmtStrength(2)).waitFor();
  await app.shot('rerated');

  await row.getByRole('button', { name: `Remove the tie with ${b.name}` }).click();
  await until('the tie to be removed', async () => (await tie()) === null);
  await knows
    .getByRole('status')
    .filter({ hasText: `The tie with ${b.name} was removed` })
    .waitFor();
  await knows.getByRole('button', { name: 'Undo', exact: true }).click();
  await until('the tie to be back', async () => (await tie())?.strength === 2);
  await app.shot('restored');
});
