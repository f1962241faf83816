import assert from 'node:assert/strict';
import { join } from 'node:path';
import { e2e, STORIES, until } from './harness.js';

// Alistair's story (fixtures/stories/alistair.json; src/core/findings/stories.test.ts): powerful
// co-directors with weak ties, met only at the board table, and a restructuring they do not back.
// These three fire whatever the date of the analysis.
const ALISTAIR_FINDINGS = ['operational.blind-spot', 'operational.formal-only', 'goal.unsupported'];

e2e('a threefold file imported through the Import page shows its findings', async (app) => {
  const { page } = app;
  await app.visit('/import');
  await page.getByLabel('File to import').setInputFiles(join(STORIES, 'alistair.json'));
  const mode = page.getByLabel('Mode');
  await mode.waitFor();
  assert.equal(await mode.inputValue(), 'new', 'an empty database imports as new');
  await app.shot('chosen');
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  const status = page.getByRole('status').filter({ hasText: 'Imported' });
  await status.waitFor();
  const summary = await status.innerText();
  assert.match(summary, /13/, `the 13 people are counted: ${summary}`);
  assert.match(summary, /people/i, summary);
  await app.shot('imported');

  const counts = (await app.api('GET', '/api/status')).json.counts;
  assert.equal(counts.people, 13);
  assert.equal(counts.interactions, 30);

  // The page names each finding in words (its title); the code stays in the API and the details.
  const assessed = (await app.api('GET', '/api/assess')).json.findings as Array<{
    code: string;
    title: string;
  }>;
  const titleOf = (code: string) => assessed.find((f) => f.code === code)?.title ?? code;
  await page.getByRole('navigation').getByRole('link', { name: 'Overview', exact: true }).click();
  const findings = page.getByRole('list', { name: 'Findings' });
  await findings.waitFor();
  await until("the findings of Alistair's story", async () => {
    const text = await findings.innerText();
    return ALISTAIR_FINDINGS.every((code) => text.includes(titleOf(code)));
  });
  // Evidence of the blind spot: the six co-directors, as links to their pages.
  const blind = findings
    .getByRole('listitem')
    .filter({ hasText: titleOf('operational.blind-spot') })
    .first();
  const links = blind.locator('a[href^="/people/"]');
  assert.ok((await links.count()) >= 1, 'the blind spot links its evidence people');
  await app.shot('overview');
});
