// #16: the week page at a few thousand people reads the names it needs from the plan and the
// suggestions themselves: no request per person, and never a raw id on screen, even while loading.
import assert from 'node:assert/strict';
import { generateNetwork } from '../../src/core/sample/index.js';
import { e2e, importDocument } from './harness.js';

e2e('the week page names everyone from the plan and suggestions, with no request per person', async (app) => {
  const { page } = app;
  // More people than one list page (1000) holds, so names cannot all come from one listing.
  const network = generateNetwork({ people: 3000, seed: 7, asOf: new Date().toISOString().slice(0, 10) });
  await importDocument(app, network);
  const names = new Map(network.people.map((p) => [p.id, p.name]));

  const requests: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/')) requests.push(path);
  });
  await app.visit('/week');
  const first = page.locator('.wk-action').first();
  await first.waitFor({ timeout: 60_000 });
  // The first frame with actions already has names: read it before anything else can arrive.
  const shown = await page.locator('main').innerText();
  assert.doesNotMatch(shown, /\bp:[\w-]+/, 'no raw person id is shown');
  const links = await page
    .locator('.wk-action a[href^="/people/"]')
    .evaluateAll((as) =>
      as.map((a) => [decodeURIComponent(a.getAttribute('href')!.slice('/people/'.length)), a.textContent]),
    );
  assert.ok(links.length >= 5, `the week names people (${links.length})`);
  for (const [id, text] of links) assert.equal(text, names.get(id!), `the link to ${id} reads the name`);
  await app.shot('week');

  const perPerson = requests.filter((p) => p.startsWith('/api/people'));
  assert.deepEqual(perPerson, [], 'no request for people');
  assert.ok(requests.length <= 8, `a handful of requests, not one per person: ${requests.join(', ')}`);
});
