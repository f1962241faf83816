import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { e2e, literal, loadSample } from './harness.js';

interface AssessedPerson {
  id: string;
  name: string;
  contact: boolean;
  distance?: number;
}

/** Types into "Find a person" and picks the match, whether offered as options or taken on Enter. */
async function findPerson(page: Page, name: string): Promise<void> {
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

e2e('the map finds a person and shows the strongest path from the owner', async (app) => {
  const { page } = app;
  await loadSample(app);
  const owner = (await app.api('GET', '/api/owner')).json.name as string;
  const people = (await app.api('GET', '/api/assess')).json.people as AssessedPerson[];
  // Someone two steps away, so the path has an introducer in the middle.
  const target = people.find((p) => !p.contact && p.distance === 2);
  assert.ok(target, 'the sample has people reachable through one introduction');

  await app.visit('/map');
  await page.getByRole('img', { name: 'Network map' }).waitFor();
  await page.locator('canvas').first().waitFor();
  await app.shot('map');

  await findPerson(page, target.name);
  const selected = page.getByRole('region', { name: 'Selected person' });
  await selected.getByRole('heading', { level: 2, name: target.name }).waitFor();
  const open = selected.getByRole('link', { name: 'Open person page' });
  assert.equal(await open.getAttribute('href'), `/people/${encodeURIComponent(target.id)}`);
  await app.shot('selected');

  await selected.getByRole('button', { name: 'Show strongest path' }).click();
  const path = page.getByRole('list', { name: 'Path' }).first();
  await path.waitFor();
  const steps = (await path.getByRole('listitem').allInnerTexts()).map((s) => s.trim());
  assert.ok(steps.length >= 3, `owner, an introducer, the person: ${steps.join(' > ')}`);
  assert.match(steps[0]!, new RegExp(literal(owner)), 'the path starts with you');
  assert.match(steps.at(-1)!, new RegExp(literal(target.name)), 'and ends with the person');
  assert.ok((await page.locator('ol[aria-label="Path"]').count()) > 0, 'the path is an ordered list');
  await app.shot('path');
});
