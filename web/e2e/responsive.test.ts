import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { e2e, loadSample } from './harness.js';

const PHONE = { width: 375, height: 812 };

async function scrollWidth(page: Page): Promise<number> {
  return Number(await page.evaluate('document.documentElement.scrollWidth'));
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
    const width = await scrollWidth(page);
    assert.ok(width <= PHONE.width, `scrollWidth ${width} > ${PHONE.width}`);
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
      const width = await scrollWidth(page);
      if (width > PHONE.width) wide.push(`${path}: ${width}`);
    }
    assert.deepEqual(wide, [], 'pages wider than the phone');
  },
  { viewport: PHONE },
);
