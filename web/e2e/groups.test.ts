// Groups and their members: added, changed and deleted (with undo) on the Groups page, each
// change read back from the API.
import assert from 'node:assert/strict';
import { e2e, loadSample, until } from './harness.js';

const enc = encodeURIComponent;

e2e('a group is added with members, changed, deleted and brought back', async (app) => {
  const { page } = app;
  await loadSample(app);
  const [a, b, c] = (await app.api('GET', '/api/people?sort=name&limit=3')).json.items as {
    id: string;
    name: string;
  }[];
  assert.ok(a && b && c);
  const find = async () =>
    (
      (await app.api('GET', '/api/groups?q=rowing&limit=10')).json.items as {
        id: string;
        name: string;
        kind?: string;
        members?: string[];
        ownerIsMember?: boolean;
      }[]
    )[0];

  await app.visit('/people');
  await page.getByRole('link', { name: 'Groups', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Groups' }).waitFor();
  const add = page.getByRole('form', { name: 'Add a group' });
  await add.getByLabel('Group name').fill('Harbour rowing club');
  await add.getByLabel('Kind').fill('club');
  for (const p of [a, b]) {
    await add.getByLabel('Add a member (search)').fill(p.name);
    await add.getByRole('button', { name: p.name, exact: true }).click();
  }
  await add.getByRole('button', { name: 'Add group' }).click();
  await until('the group to be stored', async () => (await find()) !== undefined);
  const made = (await find())!;
  assert.equal(made.kind, 'club');
  assert.deepEqual([...(made.members ?? [])].sort(), [a.id, b.id].sort());
  assert.equal(made.ownerIsMember, true);
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Harbour rowing club' }) });
  await row.getByRole('link', { name: b.name }).waitFor();
  await app.shot('added');

  await row.getByRole('button', { name: 'Edit Harbour rowing club' }).click();
  const edit = page.getByRole('form', { name: 'Edit the group Harbour rowing club' });
  await edit.getByRole('button', { name: `Remove ${a.name}` }).click();
  await edit.getByLabel('Add a member (search)').fill(c.name);
  await edit.getByRole('button', { name: c.name, exact: true }).click();
  await edit.getByLabel('I am a member').uncheck();
  await edit.getByLabel('Group name').fill('Harbour rowing club (masters)');
  await edit.getByRole('button', { name: 'Save group' }).click();
  await until('the edit to be stored', async () => (await find())?.name === 'Harbour rowing club (masters)');
  const changed = (await find())!;
  assert.deepEqual([...(changed.members ?? [])].sort(), [b.id, c.id].sort());
  assert.equal(changed.ownerIsMember, false);

  const renamed = page.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: 'Harbour rowing club (masters)' }),
  });
  await renamed.getByRole('button', { name: 'Delete Harbour rowing club (masters)' }).click();
  await page.getByRole('status').filter({ hasText: 'was deleted' }).waitFor();
  assert.equal((await app.api('GET', `/api/groups/${enc(changed.id)}`)).status, 404);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await until(
    'the group to be back',
    async () => (await app.api('GET', `/api/groups/${enc(changed.id)}`)).status === 200,
  );
  assert.deepEqual((await app.api('GET', `/api/groups/${enc(changed.id)}`)).json, changed);
  await app.shot('restored');
});
