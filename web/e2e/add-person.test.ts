// "Add person" makes the person, a new organisation when one is named, and the owner's
// relationship with them; the stored records are read back from the API.
import assert from 'node:assert/strict';
import { e2e, loadSample } from './harness.js';

e2e('adding a person creates their organisation and your relationship with them', async (app) => {
  const { page } = app;
  await loadSample(app);
  await app.visit('/people');
  await page.getByRole('button', { name: 'Add person' }).click();
  const form = page.getByRole('form', { name: 'Add a person' });
  await form.getByLabel('Name', { exact: true }).fill('Tomas Brandt');
  await form.getByLabel(/^\s*Organisation/).selectOption({ label: 'New organisation…' });
  await form.getByLabel('New organisation name').fill('Brandt & Söhne');
  await form.getByLabel('Title').fill('Founder');
  await form.getByLabel('E-mail').fill('tomas@brandt.example');
  await form.getByLabel('Strategic', { exact: true }).check();
  await form.getByLabel('Cadence (days)').fill('45');
  await form.getByLabel(/^\s*Strength/).selectOption({ label: '2 – occasional' });
  await form.getByLabel(/^\s*Trust/).selectOption('3');
  await form.getByLabel(/^\s*Support/).selectOption('1');
  await app.shot('form');
  await form.getByRole('button', { name: 'Save person' }).click();
  await form.getByRole('status').getByRole('link', { name: 'Tomas Brandt' }).waitFor();
  await app.shot('added');

  const found = (await app.api('GET', '/api/people?q=Tomas%20Brandt')).json.items;
  assert.equal(found.length, 1);
  const person = found[0];
  assert.equal(person.title, 'Founder');
  assert.deepEqual(person.emails, ['tomas@brandt.example']);
  const org = (await app.api('GET', `/api/organizations/${encodeURIComponent(person.organization)}`)).json;
  assert.equal(org.name, 'Brandt & Söhne');
  const rel = (await app.api('GET', `/api/relationships/${encodeURIComponent(person.id)}`)).json;
  assert.deepEqual(rel.forms, ['strategic']);
  assert.equal(rel.cadenceDays, 45);
  assert.equal(rel.strength, 2);
  assert.equal(rel.trust, 3);
  assert.equal(rel.support, 1);
});

e2e('a person added without a direct tie has no relationship', async (app) => {
  const { page } = app;
  await loadSample(app);
  await app.visit('/people');
  await page.getByRole('button', { name: 'Add person' }).click();
  const form = page.getByRole('form', { name: 'Add a person' });
  await form.getByLabel('Name', { exact: true }).fill('Una Farrow');
  await form.getByLabel(/I know them directly/).uncheck();
  await form.getByRole('button', { name: 'Save person' }).click();
  await form.getByRole('status').getByRole('link', { name: 'Una Farrow' }).waitFor();
  const person = (await app.api('GET', '/api/people?q=Una%20Farrow')).json.items[0];
  assert.equal(person.organization, undefined);
  assert.equal((await app.api('GET', `/api/relationships/${encodeURIComponent(person.id)}`)).status, 404);
});
