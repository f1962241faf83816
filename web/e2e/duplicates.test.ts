// Duplicate review: a second record of someone (same e-mail) shows as a pair, the two are
// compared side by side, and the merge moves what the second one had to the first.
import assert from 'node:assert/strict';
import { e2e, loadSample } from './harness.js';

const enc = encodeURIComponent;

e2e('a duplicate is compared side by side and merged into the person kept', async (app) => {
  const { page } = app;
  await loadSample(app);
  const people = (await app.api('GET', '/api/people?limit=1000&sort=name')).json.items as {
    id: string;
    name: string;
    emails?: string[];
  }[];
  const original = { ...people[0]!, emails: ['first.contact@example.org'] };
  assert.equal(
    (await app.api('PATCH', `/api/people/${enc(original.id)}`, { emails: original.emails })).status,
    200,
  );
  const other = people[1]!;
  const twin = await app.api('POST', '/api/people', {
    name: `${original.name} (old address book)`,
    emails: ['First.Contact@example.org'],
    title: 'Imported twice',
  });
  assert.equal(twin.status, 201, twin.text);
  const dup = twin.json as { id: string; name: string };
  assert.equal(
    (
      await app.api('POST', '/api/interactions', {
        date: '2026-02-03',
        kind: 'call',
        people: [dup.id],
        minutes: 20,
      })
    ).status,
    201,
  );
  const tied = await app.api('GET', `/api/ties/${enc(dup.id)}/${enc(other.id)}`);
  assert.equal(tied.status, 404);
  assert.equal((await app.api('POST', '/api/ties', { a: dup.id, b: other.id, strength: 3 })).status, 201);
  const before = (await app.api('GET', `/api/interactions?person=${enc(original.id)}&limit=1`)).json
    .total as number;

  await app.visit('/people');
  await page.getByRole('link', { name: 'Possible duplicates' }).click();
  await page.getByRole('heading', { level: 1, name: 'Possible duplicates' }).waitFor();
  const [first, second] = original.id < dup.id ? [original, dup] : [dup, original];
  await page.getByRole('button', { name: `Compare ${first.name} and ${second.name}` }).click();
  const table = page.getByRole('table', { name: `${first.name} and ${second.name} side by side` });
  await table.waitFor();
  const emails = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'E-mails' }) });
  const cells = await emails.getByRole('cell').allInnerTexts();
  const emailOf = (id: string) =>
    id === original.id ? 'first.contact@example.org' : 'First.Contact@example.org';
  assert.deepEqual(cells, [emailOf(first.id), emailOf(second.id)]);
  await app.shot('compare');
  await page.getByRole('button', { name: `Keep ${original.name}, merge ${dup.name} into them` }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `${dup.name} was merged into ${original.name}` })
    .waitFor();
  await app.shot('merged');

  assert.equal((await app.api('GET', `/api/people/${enc(dup.id)}`)).status, 404);
  assert.equal((await app.api('GET', `/api/people/${enc(original.id)}`)).status, 200);
  const after = (await app.api('GET', `/api/interactions?person=${enc(original.id)}&limit=1`)).json
    .total as number;
  assert.equal(after, before + 1, "the duplicate's interaction moved over");
  assert.equal((await app.api('GET', `/api/ties/${enc(original.id)}/${enc(other.id)}`)).status, 200);
  const pairs = (await app.api('GET', '/api/duplicates')).json.pairs as { a: string; b: string }[];
  assert.ok(!pairs.some((p) => p.a === dup.id || p.b === dup.id));
});

e2e('a merge is undone right after: both people, their interactions and ties come back', async (app) => {
  const { page } = app;
  await loadSample(app);
  const people = (await app.api('GET', '/api/people?limit=1000&sort=name')).json.items as {
    id: string;
    name: string;
  }[];
  const original = people[2]!;
  await app.api('PATCH', `/api/people/${enc(original.id)}`, { emails: ['twice@example.org'] });
  const twin = (
    await app.api('POST', '/api/people', { name: `${original.name} (phone)`, emails: ['twice@example.org'] })
  ).json as { id: string; name: string };
  await app.api('POST', '/api/interactions', {
    date: '2026-02-03',
    kind: 'call',
    people: [twin.id],
    minutes: 20,
  });
  const interactionsOf = async (id: string) =>
    (await app.api('GET', `/api/interactions?person=${enc(id)}&limit=1`)).json.total as number;
  const before = await interactionsOf(original.id);

  await app.visit('/duplicates');
  const [first, second] = original.id < twin.id ? [original, twin] : [twin, original];
  await page.getByRole('button', { name: `Compare ${first.name} and ${second.name}` }).click();
  await page.getByRole('button', { name: `Keep ${original.name}, merge ${twin.name} into them` }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `${twin.name} was merged into ${original.name}` })
    .waitFor();
  assert.equal((await app.api('GET', `/api/people/${enc(twin.id)}`)).status, 404);
  assert.equal(await interactionsOf(original.id), before + 1);

  await page.getByRole('button', { name: 'Undo the merge' }).click();
  await page.getByRole('status').filter({ hasText: 'Merge undone' }).waitFor();
  await app.shot('undone');
  assert.equal(
    (await app.api('GET', `/api/people/${enc(twin.id)}`)).status,
    200,
    'the merged person is back',
  );
  assert.equal(await interactionsOf(original.id), before, "the kept person's interactions are as before");
  assert.equal(await interactionsOf(twin.id), 1, "and the other's are theirs again");
  const pairs = (await app.api('GET', '/api/duplicates')).json.pairs as { a: string; b: string }[];
  assert.ok(
    pairs.some((p) => [p.a, p.b].includes(twin.id)),
    'the pair is offered again',
  );
});
