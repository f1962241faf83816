// Editing a person and their relationship on the person page, deleting them and undoing it:
// every step through the UI, every result read back from the API.
import assert from 'node:assert/strict';
import { fmtStrength } from '../src/ui/format.js';
import { type App, definition, e2e, loadSample, until } from './harness.js';

interface Person {
  id: string;
  name: string;
  organization?: string;
  title?: string;
  emails?: string[];
  notes?: string;
}

const enc = encodeURIComponent;

/** A sample person with a relationship, ties and interactions: the most a delete takes. */
async function wellConnected(app: App): Promise<Person> {
  const rels = (await app.api('GET', '/api/relationships?limit=1000')).json.items as { person: string }[];
  for (const r of rels) {
    const ties = (await app.api('GET', `/api/ties?person=${enc(r.person)}&limit=1`)).json.total as number;
    const inter = (await app.api('GET', `/api/interactions?person=${enc(r.person)}&limit=1`)).json
      .total as number;
    if (ties > 0 && inter > 0) return (await app.api('GET', `/api/people/${enc(r.person)}`)).json as Person;
  }
  throw new Error('the sample has no contact with ties and interactions');
}

e2e('a person is edited, with a new organisation made on the way', async (app) => {
  const { page } = app;
  await loadSample(app);
  const who = await wellConnected(app);
  await app.visit(`/people/${enc(who.id)}`);
  await page.getByRole('heading', { level: 1, name: who.name }).waitFor();

  await page.getByRole('button', { name: 'Edit person' }).click();
  const form = page.getByRole('form', { name: `Edit ${who.name}` });
  await form.getByLabel('Name', { exact: true }).fill('Dana Quill');
  await form.getByLabel(/^\s*Organisation/).selectOption({ label: 'New organisation…' });
  await form.getByLabel('New organisation name').fill('Lumen Harbour Trust');
  await form.getByLabel('Role or title').fill('Chief Harbourmaster');
  await form.getByLabel(/^E-mails/).fill('dana@lumen.example\ndana.q@home.example');
  await form.getByLabel('Notes').fill('Met at the <b>port</b> forum');
  await app.shot('edit-form');
  await form.getByRole('button', { name: 'Save person' }).click();
  await page.getByRole('heading', { level: 1, name: 'Dana Quill' }).waitFor();
  // User text shows as text, never as markup.
  await page.getByText('Met at the <b>port</b> forum').waitFor();

  const stored = (await app.api('GET', `/api/people/${enc(who.id)}`)).json as Person;
  assert.equal(stored.name, 'Dana Quill');
  assert.equal(stored.title, 'Chief Harbourmaster');
  assert.deepEqual(stored.emails, ['dana@lumen.example', 'dana.q@home.example']);
  assert.equal(stored.notes, 'Met at the <b>port</b> forum');
  const org = (await app.api('GET', `/api/organizations/${enc(stored.organization ?? '')}`)).json;
  assert.equal(org.name, 'Lumen Harbour Trust');
  await app.shot('edited');
});

e2e(
  'the relationship is edited: forms, cadence, strength in words, trust, support, how you met',
  async (app) => {
    const { page } = app;
    await loadSample(app);
    const who = await wellConnected(app);
    const introducer = (await app.api('GET', `/api/ties?person=${enc(who.id)}&limit=1`)).json.items[0];
    const introducerId = introducer.a === who.id ? introducer.b : introducer.a;
    const introducerName = (await app.api('GET', `/api/people/${enc(introducerId)}`)).json.name as string;
    await app.visit(`/people/${enc(who.id)}`);
    await page.getByRole('heading', { level: 1, name: who.name }).waitFor();

    await page.getByRole('button', { name: 'Edit relationship' }).click();
    const form = page.getByRole('form', { name: 'Edit relationship' });
    for (const f of ['Operational', 'Personal', 'Strategic'])
      await form.getByLabel(f, { exact: true }).uncheck();
    await form.getByLabel('Strategic', { exact: true }).check();
    await form.getByLabel('Personal', { exact: true }).check();
    await form.getByLabel('Cadence (days)').fill('21');
    await form.getByLabel('Strength').selectOption({ label: '4 – close' });
    await form.getByLabel('Trust').selectOption('5');
    await form.getByLabel('Support').selectOption('2');
    await form.getByLabel('Since').fill('2024-05-06');
    await form.getByLabel('Part of the job').selectOption({ label: 'no, by choice' });
    await form.getByLabel('mentor', { exact: true }).check();
    await form.getByLabel('Introduced by (search)').fill(introducerName);
    await form.getByRole('button', { name: introducerName, exact: true }).click();
    await app.shot('relationship-form');
    await form.getByRole('button', { name: 'Save relationship' }).click();
    // The sample's relationship is already of strength 4: the page showing it proves nothing was
    // saved yet, so wait for the cadence, which the edit changes, to come back from the server.
    const saved = async () => (await app.api('GET', `/api/relationships/${enc(who.id)}`)).json;
    await until('the relationship saved', async () => (await saved()).cadenceDays === 21);
    const strength = definition(page.getByRole('region', { name: 'Relationship' }), 'Strength');
    await until('the strength in words', async () => (await strength.innerText()).trim() === fmtStrength(4));

    const rel = await saved();
    assert.deepEqual([...rel.forms].sort(), ['personal', 'strategic']);
    assert.equal(rel.cadenceDays, 21);
    assert.equal(rel.strength, 4);
    assert.equal(rel.trust, 5);
    assert.equal(rel.support, 2);
    assert.equal(rel.since, '2024-05-06');
    assert.equal(rel.prescribed, false);
    assert.ok(rel.roles.includes('mentor'));
    assert.equal(rel.introducedBy, introducerId);
    await app.shot('relationship-saved');
  },
);

e2e('an edit of a person someone else changed meanwhile says so and writes nothing', async (app) => {
  const { page } = app;
  await loadSample(app);
  const who = await wellConnected(app);
  await app.visit(`/people/${enc(who.id)}`);
  await page.getByRole('heading', { level: 1, name: who.name }).waitFor();
  await page.getByRole('button', { name: 'Edit person' }).click();
  const form = page.getByRole('form', { name: `Edit ${who.name}` });
  await form.getByLabel('Name', { exact: true }).fill('Mine');

  const theirs = await app.api('PATCH', `/api/people/${enc(who.id)}`, { title: 'Changed elsewhere' });
  assert.equal(theirs.status, 200);
  await form.getByRole('button', { name: 'Save person' }).click();
  await form
    .getByRole('alert')
    .getByText(/Someone else changed this/)
    .waitFor();
  await app.shot('stale');
  const stored = (await app.api('GET', `/api/people/${enc(who.id)}`)).json as Person;
  assert.equal(stored.name, who.name, 'the stale edit wrote nothing');
  assert.equal(stored.title, 'Changed elsewhere');
});

e2e('a deleted person comes back with their relationship, ties and interactions on undo', async (app) => {
  const { page } = app;
  await loadSample(app);
  const who = await wellConnected(app);
  const read = async () => ({
    rel: (await app.api('GET', `/api/relationships/${enc(who.id)}`)).json,
    ties: (await app.api('GET', `/api/ties?person=${enc(who.id)}&limit=1000`)).json.items,
    interactions: (await app.api('GET', `/api/interactions?person=${enc(who.id)}&limit=1000`)).json.items,
  });
  // Everything else a delete reaches: someone they introduced you to, a group, a goal.
  const rels = (await app.api('GET', '/api/relationships?limit=1000')).json.items as { person: string }[];
  const introduced = rels.find((r) => r.person !== who.id)!.person;
  assert.equal(
    (await app.api('PATCH', `/api/relationships/${enc(introduced)}`, { introducedBy: who.id })).status,
    200,
  );
  const group = await app.api('POST', '/api/groups', {
    name: 'Harbour circle',
    members: [who.id, introduced],
  });
  assert.equal(group.status, 201, group.text);
  const goal = (await app.api('GET', '/api/goals?limit=1')).json.items[0];
  const stakeholders = [
    ...goal.stakeholders.filter((s: { person: string }) => s.person !== who.id),
    { person: who.id, influence: 4, stance: 'champion' },
  ];
  assert.equal((await app.api('PATCH', `/api/goals/${enc(goal.id)}`, { stakeholders })).status, 200);
  const before = await read();
  assert.ok(before.ties.length > 0 && before.interactions.length > 0);

  await app.visit(`/people/${enc(who.id)}`);
  await page.getByRole('heading', { level: 1, name: who.name }).waitFor();
  await page.getByRole('button', { name: 'Delete person' }).click();
  await page.getByRole('heading', { level: 1, name: `${who.name} deleted` }).waitFor();
  await app.shot('deleted');
  assert.equal((await app.api('GET', `/api/people/${enc(who.id)}`)).status, 404);
  assert.equal((await app.api('GET', `/api/relationships/${enc(who.id)}`)).status, 404);
  assert.equal((await app.api('GET', `/api/ties?person=${enc(who.id)}`)).json.total, 0);

  await page.getByRole('button', { name: 'Undo delete' }).click();
  await page.getByRole('heading', { level: 1, name: who.name, exact: true }).waitFor();
  await until(
    'the person to be back',
    async () => (await app.api('GET', `/api/people/${enc(who.id)}`)).status === 200,
  );
  const after = await read();
  assert.deepEqual((await app.api('GET', `/api/people/${enc(who.id)}`)).json, who);
  assert.deepEqual(after.rel, before.rel);
  const byKey = (xs: { a?: string; b?: string; id?: string }[]) => xs.map((x) => JSON.stringify(x)).sort();
  assert.deepEqual(byKey(after.ties), byKey(before.ties));
  const people = (xs: { id: string; people: string[] }[]) =>
    xs
      .map((i) => ({ ...i, people: [...i.people].sort() }))
      .map((x) => JSON.stringify(x))
      .sort();
  assert.deepEqual(people(after.interactions), people(before.interactions));
  const rel = (await app.api('GET', `/api/relationships/${enc(introduced)}`)).json;
  assert.equal(rel.introducedBy, who.id);
  assert.deepEqual(
    [...(await app.api('GET', `/api/groups/${enc(group.json.id)}`)).json.members].sort(),
    [who.id, introduced].sort(),
  );
  const stakes = (await app.api('GET', `/api/goals/${enc(goal.id)}`)).json.stakeholders;
  assert.deepEqual(
    stakes.find((s: { person: string }) => s.person === who.id),
    { person: who.id, influence: 4, stance: 'champion' },
  );
  await app.shot('restored');
});
