// #16 "a map that reads at any size": a five-person map draws "You" as a dot with every tie between
// the discs; zoom and fit controls move the camera; a filter re-centres on who is left; clusters
// carry names from their members; above a few hundred people the map opens on you and your contacts.
// The canvas has no DOM: the page exposes where it drew each person (window.__threefoldMapGeometry).
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { generateNetwork } from '../../src/core/sample/index.js';
import { e2e, importDocument, until } from './harness.js';

const five = {
  format: 'threefold/1',
  owner: { name: 'Ada Lane', organization: 'o:acme' },
  organizations: [
    { id: 'o:acme', name: 'Acme', kind: 'company' },
    { id: 'o:bank', name: 'Harbour Bank', kind: 'company' },
  ],
  people: [
    { id: 'p:1', name: 'Ben Ross', organization: 'o:acme', unit: 'Finance' },
    { id: 'p:2', name: 'Cleo Park', organization: 'o:acme', unit: 'Finance' },
    { id: 'p:3', name: 'Dev Shah', organization: 'o:acme', unit: 'Finance' },
    { id: 'p:4', name: 'Eva Moss', organization: 'o:bank', unit: 'Lending' },
    { id: 'p:5', name: 'Finn Cole', organization: 'o:bank', unit: 'Lending' },
  ],
  relationships: [1, 2, 3, 4, 5].map((i) => ({ person: `p:${i}`, strength: 3, forms: ['operational'] })),
  ties: [
    { a: 'p:1', b: 'p:2', strength: 4 },
    { a: 'p:2', b: 'p:3', strength: 4 },
    { a: 'p:1', b: 'p:3', strength: 4 },
    { a: 'p:4', b: 'p:5', strength: 3 },
  ],
};

/** What MapCanvas.tsx exposes: viewport pixels, [id, x, y, radius] per person shown. */
interface MapGeometry {
  width: number;
  height: number;
  ratio: number;
  nodes: [string, number, number, number][];
  edges: [string, string][];
  labels: string[];
  hovered?: string | null;
}

const geometry = (page: Page) =>
  page.evaluate(() =>
    (globalThis as { __threefoldMapGeometry?: () => MapGeometry }).__threefoldMapGeometry?.(),
  );

async function drawn(page: Page): Promise<MapGeometry> {
  await page.locator('.map-canvas[data-rendered="complete"]').waitFor({ timeout: 60_000 });
  let g: MapGeometry | undefined;
  await until('the map geometry', async () => {
    g = await geometry(page);
    return g !== undefined && g.nodes.length > 0;
  });
  return g!;
}

/** Waits for the camera to stop (zoom and fit animate). */
async function settled(page: Page): Promise<MapGeometry> {
  let last = '';
  let g: MapGeometry | undefined;
  await until('the camera to settle', async () => {
    await page.waitForTimeout(150);
    g = await geometry(page);
    const now = JSON.stringify(g?.ratio);
    const same = now === last;
    last = now;
    return same;
  });
  return g!;
}

e2e(
  'a five-person map shows "You" as a dot, every tie, zoom and fit, and re-centres on a filter',
  async (app) => {
    const { page } = app;
    await importDocument(app, five);
    await app.visit('/map');
    const g = await drawn(page);
    await app.shot('five');
    const at = new Map(g.nodes.map(([id, x, y, r]) => [id, { x, y, r }]));
    const owner = at.get('owner')!;
    assert.ok(
      owner.r < Math.min(g.width, g.height) * 0.05,
      `"You" is a dot (${owner.r} px on ${g.width}×${g.height})`,
    );
    assert.equal(g.edges.length, 9, 'five relationships and four ties');
    for (const [s, t] of g.edges) {
      const a = at.get(s)!;
      const b = at.get(t)!;
      const gap = Math.hypot(a.x - b.x, a.y - b.y) - a.r - b.r;
      assert.ok(gap > 10, `the tie ${s}–${t} shows between the discs (${Math.round(gap)} px)`);
    }
    for (const { x, y } of at.values())
      assert.ok(x > 0 && y > 0 && x < g.width && y < g.height, 'everyone on screen');

    const zoom = page.getByRole('group', { name: 'Zoom' });
    await zoom.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = await settled(page);
    assert.ok(zoomed.ratio < g.ratio * 0.9, `zoom in narrows the view (${g.ratio} → ${zoomed.ratio})`);
    await zoom.getByRole('button', { name: 'Fit' }).click();
    const fitted = await settled(page);
    assert.ok(Math.abs(fitted.ratio - g.ratio) < 0.01, `fit shows everyone again (${fitted.ratio})`);

    // Only Acme's finance team (and you): the camera closes in on them.
    await page.getByLabel('Unit').selectOption('Lending');
    const filtered = await settled(page);
    await app.shot('filtered');
    assert.deepEqual(filtered.nodes.map(([id]) => id).sort(), ['owner', 'p:4', 'p:5']);
    assert.ok(filtered.ratio < g.ratio * 0.95, `the filter re-centres (${g.ratio} → ${filtered.ratio})`);
    const xs = filtered.nodes.map(([, x]) => x);
    const ys = filtered.nodes.map(([, , y]) => y);
    const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
    const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
    assert.ok(Math.abs(cx - g.width / 2) < g.width * 0.1, `centred across (${cx} of ${g.width})`);
    assert.ok(Math.abs(cy - g.height / 2) < g.height * 0.1, `centred down (${cy} of ${g.height})`);

    // Clusters are named from their members on the legend and the card, one way.
    const names = (await app.api('GET', '/api/network')).json.clusters as string[];
    assert.ok(names.length > 0 && names.every((n) => !/^Cluster \d+$/.test(n)), `named: ${names.join(', ')}`);
    await page.getByLabel('Colour by').selectOption('cluster');
    const legend = await page.locator('.map-legend').innerText();
    for (const n of names) assert.ok(legend.includes(n), `the legend names "${n}"`);
  },
);

e2e('a network of more than a few hundred people opens on you and your contacts', async (app) => {
  const { page } = app;
  await importDocument(app, generateNetwork({ people: 1000, seed: 3 }));
  const people = (await app.api('GET', '/api/assess')).json.people as {
    id: string;
    name: string;
    distance: number | null;
  }[];
  const contacts = people.filter((p) => p.distance === 1).length;
  assert.ok(contacts > 0 && contacts < 500, `the owner knows some of them directly (${contacts})`);

  await app.visit('/map');
  const ego = await drawn(page);
  await app.shot('ego');
  assert.ok(await page.getByLabel(/You and your contacts/).isChecked());
  assert.equal(ego.nodes.length, contacts + 1, 'you and your contacts');
  assert.ok(
    ego.nodes.some(([id]) => id === 'owner'),
    '"You" is on the map',
  );

  // Someone beyond your contacts, found by name: the strongest path to them joins the ego view
  // (one call), highlighted, without loading the whole network.
  const assessed = people;
  const counted = new Map<string, number>();
  for (const p of assessed) counted.set(p.name, (counted.get(p.name) ?? 0) + 1);
  const far = assessed.find((p) => (p.distance ?? 0) >= 2 && counted.get(p.name) === 1)!;
  const search = page.getByLabel('Find a person');
  await search.fill(far.name);
  await page.getByRole('option', { name: far.name, exact: true }).waitFor();
  await search.press('Enter');
  await page.locator('.map-canvas[data-path]').waitFor({ timeout: 30_000 });
  const withPath = await geometry(page);
  const steps = Number(await page.locator('.map-canvas').getAttribute('data-path'));
  const best = (await app.api('GET', `/api/path?to=${encodeURIComponent(far.id)}&k=1`)).json.paths[0];
  const onPath = best.people[0] === 'owner' ? best.people.length : best.people.length + 1;
  assert.equal(steps, onPath, 'you, the people between and them, highlighted');
  assert.ok(
    withPath!.nodes.some(([id]) => id === far.id),
    'they are on the map',
  );
  assert.ok(withPath!.nodes.length <= contacts + onPath, `still the ego view (${withPath!.nodes.length})`);
  const list = await page.getByRole('list', { name: 'Path' }).innerText();
  assert.ok(list.includes(far.name), `the path names them: ${list}`);
  assert.doesNotMatch(list, /\bp:[\w-]+/, 'names, not ids');
  await app.shot('far-path');
  // The names on the path go first, and still never on top of one another.
  await page.waitForTimeout(300);
  const boxes = await labelBoxes(page, new Map(people.map((p) => [p.id, p.name])));
  noOverlap(boxes, 'far path');
  assert.ok(
    boxes.some((b) => b.id === far.id),
    'the person reached is named',
  );

  await page.getByLabel(/Whole network/).check();
  await until('the whole network', async () => (await geometry(page))?.nodes.length === 1001, 60_000);
  // It opens framed on you, whoever was picked on the other view.
  const whole = await settled(page);
  await app.shot('whole');
  const you = whole.nodes.find(([id]) => id === 'owner')!;
  assert.ok(
    you[1] > 0 && you[2] > 0 && you[1] < whole.width && you[2] < whole.height,
    `"You" on screen on the whole network (${Math.round(you[1])}, ${Math.round(you[2])})`,
  );
});

/** The box of each drawn name as sigma places it (12 px sans-serif, 5 px right of the disc), measured in the page. */
async function labelBoxes(page: Page, names: Map<string, string>, ids?: string[]) {
  const g = await geometry(page);
  const at = new Map(g!.nodes.map(([id, x, y, r]) => [id, { x, y, r }]));
  const labelled = ids ?? g!.labels;
  const texts = labelled.map((id) => names.get(id) ?? '');
  // A string, so this file needs no DOM types (as responsive.test.ts).
  const widths = (await page.evaluate(`(() => {
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = '12px sans-serif';
    return ${JSON.stringify(texts)}.map((t) => ctx.measureText(t).width);
  })()`)) as number[];
  return labelled.map((id, i) => {
    const p = at.get(id)!;
    const left = p.x + p.r + 5;
    return { id, minX: left, maxX: left + widths[i]!, minY: p.y - 6, maxY: p.y + 6 };
  });
}

function noOverlap(boxes: Awaited<ReturnType<typeof labelBoxes>>, step: string): void {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlap = a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
      assert.ok(!overlap, `${step}: the names of ${a.id} and ${b.id} overlap`);
    }
}

e2e('on the sample the names drawn on the map never overlap, zoomed out or in', async (app) => {
  const { page } = app;
  assert.equal((await app.api('POST', '/api/sample')).status, 201);
  const network = (await app.api('GET', '/api/network')).json as { nodes: { id: string; name: string }[] };
  const names = new Map(network.nodes.map((n) => [n.id, n.name]));
  await app.visit('/map');
  await drawn(page);
  for (const step of ['fitted', 'zoomed']) {
    if (step === 'zoomed') {
      await page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Zoom in' }).click();
      await settled(page);
    }
    let boxes: Awaited<ReturnType<typeof labelBoxes>> = [];
    await until('names on the map', async () => {
      await page.waitForTimeout(100);
      boxes = await labelBoxes(page, names);
      return boxes.length > 5;
    });
    await app.shot(`labels-${step}`);
    noOverlap(boxes, step);
    assert.ok(
      boxes.length < network.nodes.length,
      `${step}: ${boxes.length} of ${network.nodes.length} names drawn where they fit`,
    );
  }

  // Pointing at someone whose name was left out (it would run into a drawn one): sigma writes
  // their name on a backdrop, and the names under it give way until the pointer leaves.
  const before = await geometry(page);
  const drawnBoxes = await labelBoxes(page, names);
  const unnamed = before!.nodes
    .filter(([id, x, y]) => !before!.labels.includes(id) && x > 20 && y > 20 && x < before!.width - 200)
    .map(([id]) => id);
  const wouldCover = (await labelBoxes(page, names, unnamed)).filter((b) =>
    drawnBoxes.some((d) => d.minX < b.maxX && b.minX < d.maxX && d.minY < b.maxY && b.minY < d.maxY),
  );
  assert.ok(wouldCover.length > 0, 'someone unnamed whose name would run into a drawn one');
  const canvas = (await page.locator('.map-canvas').boundingBox())!;
  const at = new Map(before!.nodes.map(([id, x, y]) => [id, { x, y }]));
  let hovered: string | null | undefined;
  for (const { id } of wouldCover.slice(0, 8)) {
    const p = at.get(id)!;
    await page.mouse.move(canvas.x + p.x, canvas.y + p.y);
    try {
      await until(
        'the name of the person pointed at',
        async () => {
          await page.waitForTimeout(100);
          return (await geometry(page))!.labels.includes(id);
        },
        3_000,
      );
      hovered = id;
      break;
    } catch {
      // Another disc lies on top of this one: try the next person.
    }
  }
  assert.ok(hovered, 'a person pointed at has their name drawn');
  // Their neighbours come to the top: if one lies under the pointer, it becomes the one pointed at.
  let last = '';
  await until('the pointer to settle', async () => {
    await page.waitForTimeout(200);
    const now = JSON.stringify([(await geometry(page))!.hovered, (await geometry(page))!.labels]);
    const same = now === last;
    last = now;
    return same;
  });
  // Read until the name of the one pointed at is drawn, not once: under the full suite's load a
  // single read right after the pointer settled once found it missing.
  let withHover: Awaited<ReturnType<typeof labelBoxes>> = [];
  await until(`the name pointed at (${hovered}) drawn`, async () => {
    hovered = (await geometry(page))!.hovered ?? hovered;
    withHover = await labelBoxes(page, names);
    if (withHover.some((b) => b.id === hovered)) return true;
    await page.waitForTimeout(100);
    return false;
  });
  await app.shot('labels-hovered');
  assert.ok(
    withHover.some((b) => b.id === hovered),
    `the name pointed at (${hovered}) is drawn`,
  );
  noOverlap(withHover, 'hovered');
  await page.mouse.move(canvas.x + 2, canvas.y + 2);
  await until('the names back once the pointer leaves', async () => {
    await page.waitForTimeout(100);
    const now = (await geometry(page))!.labels;
    return now.length === before!.labels.length && before!.labels.every((id) => now.includes(id));
  });
});

e2e('a map of 150 people shows everyone around you', async (app) => {
  const { page } = app;
  await importDocument(app, generateNetwork({ people: 150, seed: 5 }));
  await app.visit('/map');
  const g = await drawn(page);
  await app.shot('150');
  assert.equal(g.nodes.length, 151, 'everyone and you: below a few hundred people there is no ego view');
  assert.ok(
    g.nodes.some(([id]) => id === 'owner'),
    '"You" is on the map',
  );
  assert.equal(await page.getByLabel(/Whole network/).count(), 0, 'no choice of view');
});

e2e('a whole network of more than 30,000 ties draws your ties and the ties asked for', async (app) => {
  const { page } = app;
  await importDocument(app, generateNetwork({ people: 3500, seed: 7 }));
  const network = (await app.api('GET', '/api/network')).json as {
    nodes: { id: string; name: string }[];
    edges: [number, number, number][];
  };
  assert.ok(network.edges.length > 30_000, `a network above the threshold (${network.edges.length} ties)`);
  const pair = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  const tiesOf = (...ids: string[]) =>
    new Set(
      network.edges
        .map(([s, t]) => [network.nodes[s]!.id, network.nodes[t]!.id] as const)
        .filter(([s, t]) => s !== t && (ids.includes(s) || ids.includes(t)))
        .map(([s, t]) => pair(s, t)),
    );
  const drawnTies = (g: MapGeometry) => new Set(g.edges.map(([s, t]) => pair(s, t)));
  const sorted = (set: Set<string>) => [...set].sort();

  await app.visit('/map');
  await drawn(page);
  await page.getByLabel(/Whole network/).check();
  await until(
    'the whole network',
    async () => (await geometry(page))?.nodes.length === network.nodes.length,
    60_000,
  );
  await page.locator('.map-canvas[data-ties="some"]').waitFor();
  const whole = (await geometry(page))!;
  assert.deepEqual(sorted(drawnTies(whole)), sorted(tiesOf('owner')), 'your own ties, not all of them');
  assert.ok(
    await page.getByText(/Not every tie is drawn \([\d,]+ in all\)/).isVisible(),
    'the page says not every tie is drawn',
  );
  await app.shot('sparse-whole');

  // Someone with a name no one else has, who is not one of your contacts.
  const counted = new Map<string, number>();
  for (const n of network.nodes) counted.set(n.name, (counted.get(n.name) ?? 0) + 1);
  const yours = tiesOf('owner');
  const someone = network.nodes.find(
    (n) => n.id !== 'owner' && counted.get(n.name) === 1 && !yours.has(pair('owner', n.id)),
  )!;
  const search = page.getByLabel('Find a person');
  await search.fill(someone.name);
  await search.press('Enter');
  const theirs = sorted(tiesOf('owner', someone.id));
  await until('their ties drawn', async () => {
    const now = sorted(drawnTies((await geometry(page))!));
    return now.length === theirs.length && now.every((k, i) => k === theirs[i]);
  });

  await page.getByRole('button', { name: 'Show strongest path' }).click();
  await page.locator('.map-canvas[data-path]').waitFor({ timeout: 30_000 });
  const withPath = drawnTies((await geometry(page))!);
  const best = (await app.api('GET', `/api/path?to=${encodeURIComponent(someone.id)}&k=1`)).json.paths[0];
  const people: string[] = best.people[0] === 'owner' ? best.people : ['owner', ...best.people];
  assert.ok(people.length >= 3, `a path through someone: ${people.join(' → ')}`);
  for (let i = 1; i < people.length; i++)
    assert.ok(
      withPath.has(pair(people[i - 1]!, people[i]!)),
      `the tie ${people[i - 1]}–${people[i]} is drawn`,
    );
  await app.shot('sparse-path');

  // Closing the card clears the path too: your own ties are left.
  await page.getByRole('button', { name: 'Close selected person' }).click();
  await until('only your ties again', async () => {
    const now = sorted(drawnTies((await geometry(page))!));
    const mine = sorted(yours);
    return now.length === mine.length && now.every((k, i) => k === mine[i]);
  });
});
