import assert from 'node:assert/strict';
import { e2e } from './harness.js';

e2e('an empty database welcomes, and the sample fills the overview', async (app) => {
  const { page } = app;
  await app.visit('/');
  const explore = page.getByRole('button', { name: 'Explore a sample network' });
  await explore.waitFor();
  await page.getByRole('link', { name: 'Import contacts, a calendar or a threefold file' }).waitFor();
  for (const label of ['Overview', 'Map', 'People', 'Goals', 'This week', 'Review', 'Import']) {
    await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).waitFor();
  }
  await app.shot('welcome');

  await explore.click();
  for (const form of ['Operational', 'Personal', 'Strategic']) {
    await page.getByRole('heading', { level: 2, name: form, exact: true }).waitFor();
  }
  const findings = page.getByRole('list', { name: 'Findings' });
  await findings.waitFor();
  const items = findings.getByRole('listitem');
  await items.first().waitFor();
  const text = await findings.innerText();
  // The sample network is built to show its leader's blind spot with powerful people.
  assert.match(text, /operational\.blind-spot/);
  assert.match(text, /critical|warning|info/i, 'each finding shows its severity');
  const evidence = findings.locator('a[href^="/people/"]');
  assert.ok((await evidence.count()) > 0, 'evidence people link to their pages');
  await app.shot('overview');

  const status = await app.api('GET', '/api/status');
  assert.equal(status.json.empty, false);
  assert.ok(status.json.counts.people > 100, 'the sample was loaded into the database');
});
