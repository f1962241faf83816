import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { e2e, loadSample } from './harness.js';

const PHONE = { width: 375, height: 812 };

async function scrollWidth(page: Page): Promise<number> {
  return Number(await page.evaluate('document.documentElement.scrollWidth'));
}

// Elements cut off at the right edge and not inside a scrolling or clipping box of their own:
// catches content hidden by `overflow-x: hidden` on the page, which scrollWidth would not show.
const CUT_OFF = `(() => {
  const vw = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.left >= vw || r.right <= vw + 1) continue;
    let contained = false;
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const ox = getComputedStyle(a).overflowX;
      if (ox !== 'visible' && a.getBoundingClientRect().right <= vw + 1) { contained = true; break; }
    }
    if (contained) continue;
    const id = el.id ? '#' + el.id : '';
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.split(/\\s+/).join('.') : '';
    out.push(el.tagName.toLowerCase() + id + cls + ' right=' + Math.round(r.right));
  }
  return out.slice(0, 5);
})()`;

/** What does not fit: a wider page, or content cut off at the right edge. */
async function overflow(page: Page): Promise<string[]> {
  const width = await scrollWidth(page);
  const cut = (await page.evaluate(CUT_OFF)) as string[];
  return [...(width > PHONE.width ? [`scrollWidth ${width}`] : []), ...cut];
}

e2e(
  'the overview fits a 375 px phone without horizontal scroll',
  async (app) => {
    const { page } = app;
    await loadSample(app);
    await app.visit('/');
    await page.getByRole('list', { name: 'Findings' }).getByRole('listitem').first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Strategic', exact: true }).waitFor();
    await app.shot('overview');
    assert.deepEqual(await overflow(page), [], 'the overview is wider than the phone');
  },
  { viewport: PHONE },
);

e2e(
  'every section fits a 375 px phone without horizontal scroll',
  async (app) => {
    const { page } = app;
    await loadSample(app);
    const wide: string[] = [];
    for (const path of [
      '/map',
      '/people',
      '/people/p:claire-martin',
      '/goals',
      '/week',
      '/review',
      '/import',
    ]) {
      await app.visit(path);
      // Let the page's data arrive and lay out before measuring.
      await page.waitForLoadState('networkidle');
      await app.shot(path.replace(/[/:]/g, '-') || 'root');
      for (const problem of await overflow(page)) wide.push(`${path}: ${problem}`);
    }
    assert.deepEqual(wide, [], 'pages wider than the phone');
  },
  { viewport: PHONE },
);
