// #16 "batch API reads so no page makes a request per person": at a few thousand people the
// review page names everyone its comparison lists with one batch read (GET /api/names), and a
// person's page names the people on their ties and paths without asking for each of them.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { generateNetwork } from '../../src/core/sample/index.js';
import { e2e, importDocument } from './harness.js';

function apiRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/')) seen.push(decodeURIComponent(url.pathname));
  });
  return seen;
}

e2e('the review and person pages read names in batches, not one request per person', async (app) => {
  const { page } = app;
  // More people than one list page (1000) holds, so names cannot all come from one listing.
  const network = generateNetwork({ people: 3000, seed: 7, asOf: new Date().toISOString().slice(0, 10) });
  await importDocument(app, network);
  const names = new Map(network.people.map((p) => [p.id, p.name]));
  assert.equal((await app.api('POST', '/api/review')).status, 201, 'a snapshot');
  // Every relationship stronger, every fifth one gone: the comparison names hundreds of people.
  const relationships = network.relationships ?? [];
  const changed = {
    ...network,
    relationships: relationships
      .filter((_, i) => i % 5 !== 0)
      .map((r) => ({ ...r, strength: Math.min(5, (r.strength ?? 3) + 1) })),
  };
  const replaced = await app.api('POST', '/api/import?filename=network.json&mode=replace', changed);
  assert.equal(replaced.status, 200, replaced.text);
  const second = await app.api('POST', '/api/review');
  assert.equal(second.status, 201, 'a second snapshot');
  const comparison = second.json.comparison;
  const listed: string[] = [
    ...comparison.lostTies,
    ...comparison.strengthenedTies.map((t: { person: string }) => t.person),
  ];
  assert.ok(listed.length > 50, `the comparison names many people (${listed.length})`);

  const requests = apiRequests(page);
  await app.visit('/review');
  const since = page.getByRole('region', { name: /Between your last two snapshots/ });
  await since.waitFor({ timeout: 60_000 });
  const lost = comparison.lostTies.slice(0, 5).map((id: string) => names.get(id)!);
  for (const name of lost) await since.getByText(name).first().waitFor({ timeout: 30_000 });
  assert.doesNotMatch(await since.innerText(), /\bp:[\w-]+/, 'no raw person id is shown');
  await app.shot('review');
  const perPerson = requests.filter((p) => p.startsWith('/api/people/'));
  assert.deepEqual(perPerson, [], 'no request for one person');
  const batches = requests.filter((p) => p === '/api/names');
  assert.ok(batches.length >= 1 && batches.length <= 4, `names in a few batch reads: ${requests.join(', ')}`);
  assert.ok(requests.length <= 12, `a handful of requests: ${requests.join(', ')}`);

  // A person with ties to others: their page asks for them and nobody else.
  const ties = network.ties ?? [];
  const counts = new Map<string, number>();
  for (const t of ties) for (const id of [t.a, t.b]) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [busiest] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  requests.length = 0;
  await app.visit(`/people/${encodeURIComponent(busiest)}`);
  await page
    .getByRole('heading', { name: names.get(busiest)! })
    .first()
    .waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const others = requests.filter((p) => p.startsWith('/api/people/') && p !== `/api/people/${busiest}`);
  assert.deepEqual(others, [], 'no request for anyone else');
  assert.ok(requests.length <= 15, `a handful of requests: ${requests.join(', ')}`);
  await app.shot('person');
});
