// #16 "one vocabulary of numbers": the same tie reads the same words and number on the person page
// and the map card, a route the same way on both, a cluster the same name, and every date one way.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { fmtRoute, fmtStrength } from '../src/ui/format.js';
import { definition, e2e, loadSample, until } from './harness.js';

interface AssessedPerson {
  id: string;
  name: string;
  contact: boolean;
  distance?: number;
  statedStrength: number | null;
  cluster: number | null;
}

async function findOnMap(page: Page, name: string): Promise<void> {
  const input = page.getByLabel('Find a person');
  await input.fill(name);
  const option = page.getByRole('option', { name }).first();
  try {
    await option.waitFor({ timeout: 2_000 });
    await option.click();
  } catch {
    await input.press('Enter');
  }
}

const measure = (page: Page, label: string) =>
  page
    .locator('.person-measures li')
    .filter({ has: page.locator('strong', { hasText: label }) })
    .locator('.num');

e2e('a tie, a route and a cluster read the same on the person page and the map card', async (app) => {
  const { page } = app;
  await loadSample(app);
  const people = (await app.api('GET', '/api/assess')).json.people as AssessedPerson[];
  // A contact whose stated strength is not the same number on a 0..1 scale: 2 reads "40%" and "0.4".
  const contact = people.find((p) => p.contact && p.statedStrength !== null && p.cluster !== null);
  assert.ok(contact, 'the sample has a contact with a stated strength');
  const words = fmtStrength(contact.statedStrength);

  await app.visit(`/people/${encodeURIComponent(contact.id)}`);
  await until(
    'the relationship strength',
    async () => (await definition(page, 'Strength').innerText()) === words,
  );
  await until(
    'the measured tie strength',
    async () => (await measure(page, 'Tie strength').innerText()) === words,
  );
  const cluster = (await measure(page, 'Cluster').innerText()).trim();
  assert.doesNotMatch(cluster, /^\d+$/, 'a cluster is named, not a bare number');
  await app.shot('person');

  await app.visit('/map');
  await page.locator('canvas').first().waitFor();
  await findOnMap(page, contact.name);
  const card = page.getByRole('region', { name: 'Selected person' });
  await card.getByRole('heading', { level: 2, name: contact.name }).waitFor();
  assert.equal((await definition(card, 'Tie strength').innerText()).trim(), words);
  assert.equal((await definition(card, 'Cluster').innerText()).trim(), cluster);
  await app.shot('map-card');

  // A route to someone two steps away: its strength on the map card and as the person page's first route.
  const target = people.find((p) => !p.contact && p.distance === 2);
  assert.ok(target, 'the sample has people one introduction away');
  const best = (await app.api('GET', `/api/path?to=${encodeURIComponent(target.id)}&k=1`)).json.paths[0];
  const route = fmtRoute(best.strength);
  assert.match(route, /^(strong|fair|weak) route \(\d+%\)$/);
  await findOnMap(page, target.name);
  await card.getByRole('heading', { level: 2, name: target.name }).waitFor();
  await card.getByRole('button', { name: 'Show strongest path' }).click();
  await until('the path on the map card', async () =>
    (await card.getByRole('heading', { level: 3 }).innerText()).includes(route),
  );

  await app.visit(`/people/${encodeURIComponent(target.id)}`);
  await until('the first route on the person page', async () =>
    (await page.getByRole('heading', { level: 3, name: /^Route 1/ }).innerText()).includes(route),
  );
  const pathsText = await page.locator('section[aria-labelledby="paths-title"]').innerText();
  assert.doesNotMatch(pathsText, /\b0\.\d+\b/, 'no decimal strengths beside the route');
});

e2e('every page writes dates one way ("4 Dec 2026"), never as ISO or numeric dates', async (app) => {
  const { page } = app;
  await loadSample(app);
  const people = (await app.api('GET', '/api/assess')).json.people as AssessedPerson[];
  const contact = people.find((p) => p.contact)!;
  for (const path of [
    '/',
    `/people/${encodeURIComponent(contact.id)}`,
    '/week',
    '/review',
    '/goals',
    '/commitments',
  ]) {
    await app.visit(path);
    await page.waitForLoadState('networkidle');
    const text = await page.locator('main').innerText();
    assert.doesNotMatch(text, /\b\d{4}-\d{2}-\d{2}\b/, `${path} shows an ISO date`);
    assert.doesNotMatch(text, /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/, `${path} shows a numeric date`);
  }
});
