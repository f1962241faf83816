import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { e2e, importDocument } from './harness.js';

const XSS = '<img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("http://x","y")';

/** A small threefold/1 network around one person with a hostile name. */
function networkWith(name: string) {
  return {
    format: 'threefold/1',
    owner: { name: 'Olive Owner', organization: 'o:home', unit: 'Finance', level: 4 },
    organizations: [{ id: 'o:home', name: 'Home Ltd', kind: 'company' }],
    people: [
      { id: 'p:hostile', name, organization: 'o:home', unit: 'Sales' },
      { id: 'p:plain', name: 'Pat Plain', organization: 'o:home', unit: 'Legal' },
    ],
    relationships: [
      { person: 'p:hostile', forms: ['operational'], roles: ['peer'], prescribed: true, strength: 1 },
      { person: 'p:plain', forms: ['personal'], strength: 4 },
    ],
    ties: [{ a: 'p:hostile', b: 'p:plain', strength: 3 }],
    interactions: [{ id: 'i:1', date: '2026-01-15', kind: 'meeting', people: ['p:hostile'], minutes: 30 }],
  };
}

e2e('a name made of markup shows as text and runs nothing', async (app) => {
  const { page } = app;
  await importDocument(app, networkWith(XSS));
  const noImage = async (where: string) => {
    assert.equal(await page.locator('img[src="x"]').count(), 0, `no <img src="x"> on ${where}`);
    assert.equal(app.dialogs.length, 0, `no dialog on ${where}: ${app.dialogs.map((d) => d.message())}`);
  };

  await app.visit('/');
  await page.getByRole('list', { name: 'Findings' }).waitFor();
  await noImage('the overview');
  await app.shot('overview');

  await app.visit('/people');
  const link = page.getByRole('table').getByRole('link', { name: XSS, exact: true });
  await link.waitFor();
  assert.equal(await link.innerText(), XSS);
  await noImage('people');
  await app.shot('people');

  await link.click();
  const h1 = page.getByRole('heading', { level: 1, name: XSS, exact: true });
  await h1.waitFor();
  assert.equal((await h1.innerText()).trim(), XSS);
  await noImage('the person page');
  await app.shot('person');

  await app.visit('/map');
  await page.getByRole('img', { name: 'Network map' }).waitFor();
  await page.getByLabel('Find a person').fill(XSS);
  await page.getByLabel('Find a person').press('Enter');
  await page.waitForTimeout(500);
  await noImage('the map');
  await app.shot('map');
});

/** RFC 4180 rows: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

e2e('a formula in a name is neutralised in the CSV export', async (app) => {
  const { page } = app;
  await importDocument(app, networkWith(FORMULA));
  await app.visit('/import');
  await page.getByLabel('Export format').selectOption('csv');
  await app.shot('export');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const path = await download.path();
  const rows = parseCsv(readFileSync(path, 'utf8'));
  const header = rows[0]!;
  const nameCol = header.indexOf('name');
  assert.ok(nameCol >= 0, `a name column: ${header.join(',')}`);
  const row = rows.find((r) => r[0] === 'p:hostile' || r[nameCol]?.includes('HYPERLINK'));
  assert.ok(row, 'the person is exported');
  const cell = row[nameCol]!;
  // A spreadsheet runs a cell starting with = + - @ (or tab / CR); the exporter prefixes a quote.
  assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `the name cell is not a formula: ${cell}`);
  assert.equal(cell, `'${FORMULA}`, 'the name survives, behind a quote');
  for (const r of rows) {
    for (const c of r) assert.doesNotMatch(c, /^[=+\-@\t\r]/, `no cell is a formula: ${c}`);
  }
});
