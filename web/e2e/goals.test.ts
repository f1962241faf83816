// The Goals page against the real server and the sample network: the stakeholder map and its
// table agree with the API (tie strengths, strongest paths), edits persist, and a network
// without goals offers a form to add one.
import assert from 'node:assert/strict';
import { fmtStrength } from '../src/ui/format.js';
import { e2e, loadSample, until } from './harness.js';

const EU = 'goal:eu-hub';

e2e(
  'the stakeholder map and table show stance, influence, tie strength and paths; edits persist',
  async (app) => {
    const { page } = app;
    await loadSample(app);
    await app.visit('/goals');
    await page.getByRole('heading', { name: 'Open the first EU distribution hub', level: 2 }).waitFor();
    const goal = (await app.api('GET', `/api/goals/${EU}`)).json;
    const network = (await app.api('GET', '/api/network')).json;
    const nodes = new Map<string, { name: string; measures: Record<string, number> }>(
      network.nodes.map((n: { id: string }) => [n.id, n]),
    );
    const owner = nodes.get('owner')!.name;

    const map = page.getByRole('img', { name: /^Stakeholder map/ });
    const label = (await map.getAttribute('aria-label')) ?? '';
    for (const s of goal.stakeholders) {
      const name = nodes.get(s.person)!.name;
      assert.ok(
        label.includes(`${name}, ${s.stance}, influence ${s.influence}`),
        `${name} on the map: ${label}`,
      );
      assert.equal(
        await map.locator('text', { hasText: name.slice(0, 10) }).count(),
        1,
        `${name} labelled once`,
      );

      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
      assert.equal(await row.getByLabel(`Stance of ${name}`).inputValue(), s.stance);
      assert.equal(await row.getByLabel(`Influence of ${name}`).inputValue(), String(s.influence));
      const rel = await app.api('GET', `/api/relationships/${encodeURIComponent(s.person)}`);
      // Read the cells once the row is there (allInnerTexts does not wait for it).
      await row.getByRole('cell').nth(3).waitFor();
      const cells = await row.getByRole('cell').allInnerTexts();
      if (rel.status === 404) assert.match(cells[2]!, /no direct tie/);
      else assert.ok(cells[2]!.startsWith(fmtStrength(rel.json.strength)), `${name}: ${cells[2]}`);

      const path = await app.api('GET', `/api/path?to=${encodeURIComponent(s.person)}&k=1`);
      const chain = row.getByRole('list', { name: `Path to ${name}` });
      if (path.status === 404) assert.match(cells[3]!, /no known chain/);
      else if (path.json.paths[0].people.length === 1) assert.match(cells[3]!, /^direct/);
      else {
        const expected = [owner, ...path.json.paths[0].people.map((id: string) => nodes.get(id)!.name)];
        assert.deepEqual(await chain.getByRole('listitem').allInnerTexts(), expected, `path to ${name}`);
      }
    }
    await app.shot('map');

    // Henrik moves from skeptical to supportive: saved through PATCH, kept after a reload.
    await page.getByLabel('Stance of Henrik Lund').selectOption('supportive');
    await page.getByText('Saved Henrik Lund.').waitFor();
    await until('the stance saved', async () => {
      const saved = (await app.api('GET', `/api/goals/${EU}`)).json.stakeholders;
      return saved.find((s: { person: string }) => s.person === 'p:henrik-lund')?.stance === 'supportive';
    });
    await page.reload();
    await page.getByLabel('Stance of Henrik Lund').waitFor();
    assert.equal(await page.getByLabel('Stance of Henrik Lund').inputValue(), 'supportive');

    // The other goal is a link that selects it through the URL.
    await page.getByRole('link', { name: /Run the warehouses on live data/ }).click();
    await page.getByRole('heading', { name: 'Run the warehouses on live data', level: 2 }).waitFor();
    assert.match(page.url(), /[?&]goal=goal%3Adigital-ops/);
    // Léa Fontaine has no relationship with the owner: no direct tie, reached through someone.
    const lea = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Léa Fontaine' }) });
    // The goal's rows come after its heading: wait for Léa's before reading her cells.
    await lea.getByRole('cell').nth(3).waitFor();
    assert.match((await lea.getByRole('cell').allInnerTexts())[2]!, /no direct tie/);
    const chain = await lea
      .getByRole('list', { name: 'Path to Léa Fontaine' })
      .getByRole('listitem')
      .allInnerTexts();
    assert.equal(chain[0], owner);
    assert.equal(chain.at(-1), 'Léa Fontaine');
    assert.ok(chain.length >= 3, chain.join(' > '));
  },
);

e2e('without goals the page explains them and adds one (its title shown as text)', async (app) => {
  const { page } = app;
  await loadSample(app);
  for (const g of (await app.api('GET', '/api/goals')).json.items) {
    await app.api('DELETE', `/api/goals/${encodeURIComponent(g.id)}`);
  }
  await app.visit('/goals');
  await page.getByRole('heading', { name: 'No goals yet' }).waitFor();
  await app.shot('empty');
  const title = 'Win the <img src=x onerror=alert(1)> vote';
  await page.getByLabel('Goal title').fill(title);
  await page.getByLabel('Due (optional)').fill('2027-03-01');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByRole('heading', { name: title, level: 2 }).waitFor();
  const goals = (await app.api('GET', '/api/goals')).json.items;
  assert.equal(goals.length, 1);
  assert.equal(goals[0].due, '2027-03-01');
  assert.match(page.url(), new RegExp(`goal=${encodeURIComponent(goals[0].id)}`));
  assert.equal(app.dialogs.length, 0, 'the title is never run as HTML');
});
