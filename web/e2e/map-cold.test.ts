// #16 "a web app a leader can live in": the map of a 20,000-person network opened right after the
// data changed (here: just imported, nothing computed yet). The first view, you and your contacts,
// must not wait for the whole network's layout (several seconds at this size): the server answers
// it placed provisionally while that layout runs on another thread, and the page draws it.
// The view drawn is kept as artifacts/screenshots/<test>-ego.png.
import assert from 'node:assert/strict';
import { generateNetwork } from '../../src/core/sample/index.js';
import { e2e } from './harness.js';

const PEOPLE = 20_000;

/** What MapCanvas.tsx exposes: [id, x, y, radius] per person drawn. */
interface MapGeometry {
  nodes: [string, number, number, number][];
}

e2e(
  'a 20,000-person map opens on you and your contacts without waiting for the whole layout',
  async (app) => {
    const { page } = app;
    const egoReply = page.waitForResponse((r) => /\/api\/network\?.*view=ego/.test(r.url()), {
      timeout: 60_000,
    });
    const opened = Date.now();
    await page.goto(`${app.origin}/map`);
    const reply = await egoReply;
    assert.equal(reply.status(), 200);
    const ego = (await reply.json()) as {
      nodes: { id: string }[];
      layout?: string;
      view: { people: number; contacts: { total: number; shown: number } };
    };
    const answered = Date.now() - opened;
    assert.equal(
      ego.layout,
      'provisional',
      'the first view after a change does not wait for the whole layout',
    );
    assert.equal(ego.view.people, PEOPLE);
    assert.equal(ego.nodes.length, 1 + ego.view.contacts.shown, 'you and the contacts shown');

    await page.locator('.map-canvas[data-rendered="complete"]').waitFor({ timeout: 60_000 });
    const drawn = (await page.evaluate(() =>
      (globalThis as { __threefoldMapGeometry?: () => MapGeometry }).__threefoldMapGeometry?.(),
    )) as MapGeometry | undefined;
    const firstFrame = (await page.evaluate(
      () => (globalThis as { __threefoldMapRendered?: number }).__threefoldMapRendered,
    )) as number | undefined;
    await app.shot('ego');
    assert.ok(firstFrame !== undefined && firstFrame > 0, 'the first frame with the graph was drawn');
    assert.ok(drawn, 'the map exposes what it drew');
    assert.equal(drawn.nodes.length, ego.nodes.length, 'everyone on the view is drawn');
    assert.deepEqual(
      drawn.nodes.map(([id]) => id).sort(),
      ego.nodes.map((n) => n.id).sort(),
      'the people drawn are the view',
    );
    assert.ok(
      drawn.nodes.some(([id]) => id === 'owner'),
      '"You" is drawn',
    );
    assert.ok(await page.getByLabel(/You and your contacts/).isChecked());
    const whole = page.getByLabel(`Whole network (${(PEOPLE + 1).toLocaleString('en')})`);
    assert.equal(await whole.count(), 1, 'everyone else is one choice away');
    console.log(
      `20k map, first view after a change: ego view answered ${answered} ms after navigation, first frame at ${Math.round(firstFrame)} ms`,
    );
  },
  { network: () => generateNetwork({ people: PEOPLE, seed: 1 }) },
);
