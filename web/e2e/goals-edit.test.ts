// A goal's title and due date edited, the goal deleted and brought back with its stakeholders;
// commitments listed, added, changed, deleted and brought back. Each change read from the API.
import assert from 'node:assert/strict';
import { e2e, loadSample, until } from './harness.js';

const enc = encodeURIComponent;

e2e('a goal is edited, deleted and brought back with its stakeholders', async (app) => {
  const { page } = app;
  await loadSample(app);
  const goals = (await app.api('GET', '/api/goals?limit=100')).json.items as { id: string; title: string }[];
  const goal = goals.find((g) => g.id === 'goal:eu-hub') ?? goals[0]!;
  const before = (await app.api('GET', `/api/goals/${enc(goal.id)}`)).json;
  assert.ok(before.stakeholders.length > 0);

  await app.visit(`/goals?goal=${enc(goal.id)}`);
  await page.getByRole('heading', { level: 2, name: goal.title }).waitFor();
  await page.getByRole('button', { name: 'Edit goal' }).click();
  const form = page.getByRole('form', { name: 'Edit goal' });
  await form.getByLabel('Goal title').fill('Open the Lisbon hub');
  await form.getByLabel('Due date').fill('2027-09-30');
  await form.getByRole('button', { name: 'Save goal' }).click();
  await page.getByRole('heading', { level: 2, name: 'Open the Lisbon hub' }).waitFor();
  const edited = (await app.api('GET', `/api/goals/${enc(goal.id)}`)).json;
  assert.equal(edited.title, 'Open the Lisbon hub');
  assert.equal(edited.due, '2027-09-30');
  assert.deepEqual(edited.stakeholders, before.stakeholders, 'the stakeholders are untouched');
  await app.shot('edited');

  await page.getByRole('button', { name: 'Delete goal' }).click();
  await page.getByRole('status').filter({ hasText: 'was deleted' }).waitFor();
  assert.equal((await app.api('GET', `/api/goals/${enc(goal.id)}`)).status, 404);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await until(
    'the goal to be back',
    async () => (await app.api('GET', `/api/goals/${enc(goal.id)}`)).status === 200,
  );
  assert.deepEqual((await app.api('GET', `/api/goals/${enc(goal.id)}`)).json, edited);
  await page.getByRole('heading', { level: 2, name: 'Open the Lisbon hub' }).waitFor();
});

e2e('commitments are listed, added, edited, deleted and brought back', async (app) => {
  const { page } = app;
  await loadSample(app);
  const count = async () => (await app.api('GET', '/api/commitments')).json.total as number;
  const start = await count();

  await app.visit('/goals');
  await page.getByRole('link', { name: 'Your commitments' }).click();
  await page.getByRole('heading', { level: 1, name: 'Commitments' }).waitFor();
  const add = page.getByRole('form', { name: 'Add a commitment' });
  await add.getByLabel('What you commit to').fill('Meet founders <outside> the sector');
  await add.getByLabel(/^\s*Form/).selectOption({ label: 'Personal' });
  await add.getByLabel(/^\s*Kind of contact/).selectOption('event');
  await add.getByLabel('How many').fill('2');
  await add.getByLabel(/^\s*Per/).selectOption('month');
  await add.getByLabel('Since').fill('2026-01-05');
  await add.getByRole('button', { name: 'Add commitment' }).click();
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Meet founders <outside> the sector' }) });
  await row.waitFor();
  assert.equal(await count(), start + 1);
  const stored = (
    (await app.api('GET', '/api/commitments?limit=1000')).json.items as { id: string; text: string }[]
  ).find((c) => c.text === 'Meet founders <outside> the sector')!;
  assert.deepEqual(
    { ...stored, id: undefined },
    {
      id: undefined,
      text: 'Meet founders <outside> the sector',
      form: 'personal',
      kind: 'event',
      per: 'month',
      target: 2,
      since: '2026-01-05',
    },
  );
  assert.match(await row.innerText(), /2 events a month/);
  await app.shot('added');

  await row.getByRole('button', { name: /^Edit/ }).click();
  const edit = page.getByRole('form', { name: 'Edit the commitment “Meet founders <outside> the sector”' });
  await edit.getByLabel('How many').fill('3');
  await edit.getByLabel(/^\s*Per/).selectOption('quarter');
  await edit.getByLabel('board member').check();
  await edit.getByRole('button', { name: 'Save commitment' }).click();
  await until('the edit to be stored', async () => {
    const c = (await app.api('GET', `/api/commitments/${enc(stored.id)}`)).json;
    return c.target === 3 && c.per === 'quarter' && JSON.stringify(c.roles) === '["board"]';
  });
  await row.getByText('3 events with a board member a quarter').waitFor();

  await row.getByRole('button', { name: /^Delete/ }).click();
  await page.getByRole('status').filter({ hasText: 'was deleted' }).waitFor();
  assert.equal((await app.api('GET', `/api/commitments/${enc(stored.id)}`)).status, 404);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await until(
    'the commitment to be back',
    async () => (await app.api('GET', `/api/commitments/${enc(stored.id)}`)).status === 200,
  );
  assert.equal((await app.api('GET', `/api/commitments/${enc(stored.id)}`)).json.target, 3);
  await app.shot('restored');
});

e2e('a commitment names people and groups, picked in the form, and reads them back by name', async (app) => {
  const { page } = app;
  await loadSample(app);
  const people = (await app.api('GET', '/api/people?limit=1000&sort=name')).json.items as {
    id: string;
    name: string;
  }[];
  const groups = (await app.api('GET', '/api/groups?limit=100&sort=name')).json.items as {
    id: string;
    name: string;
  }[];
  assert.ok(groups.length > 0, 'the sample has groups');
  const [ada, ben] = [people[3]!, people[7]!];
  const group = groups[0]!;

  await app.visit('/commitments');
  const add = page.getByRole('form', { name: 'Add a commitment' });
  await add.getByLabel('What you commit to').fill('Keep the mentors close');
  await add.getByLabel(/^\s*Only contacts with these people/).fill(ada.name);
  await add.getByRole('button', { name: ada.name, exact: true }).click();
  await add.getByLabel(/^\s*Only contacts with these people/).fill(ben.name);
  await add.getByRole('button', { name: ben.name, exact: true }).click();
  await add.getByLabel(group.name, { exact: true }).check();
  await add.getByLabel(/^\s*Per/).selectOption('month');
  await add.getByRole('button', { name: 'Add commitment' }).click();
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Keep the mentors close' }) });
  await row.waitFor();
  const stored = (
    (await app.api('GET', '/api/commitments?limit=1000')).json.items as {
      id: string;
      text: string;
      people?: string[];
      groups?: string[];
    }[]
  ).find((c) => c.text === 'Keep the mentors close')!;
  assert.deepEqual(stored.people, [ada.id, ben.id]);
  assert.deepEqual(stored.groups, [group.id]);
  await until('the names in the list', async () =>
    (await row.innerText()).includes(
      `1 contact with ${ada.name}, ${ben.name} or a member of ${group.name} a month`,
    ),
  );
  await app.shot('named');

  // The edit starts from the people named: removing one keeps the other.
  await row.getByRole('button', { name: /^Edit/ }).click();
  const edit = page.getByRole('form', { name: 'Edit the commitment “Keep the mentors close”' });
  await edit.getByRole('list', { name: 'People this commitment counts' }).getByText(ben.name).waitFor();
  await edit.getByRole('button', { name: `Remove ${ben.name}` }).click();
  await edit.getByLabel(group.name, { exact: true }).uncheck();
  await edit.getByRole('button', { name: 'Save commitment' }).click();
  await until('the edit to be stored', async () => {
    const c = (await app.api('GET', `/api/commitments/${enc(stored.id)}`)).json;
    return JSON.stringify(c.people) === JSON.stringify([ada.id]) && c.groups === undefined;
  });
});
