// The Import page against the real server: an empty database asks who you are before a vCard,
// a broken file names the problem, and every export format downloads a file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { e2e, loadSample } from './harness.js';

// Three contacts as a phone exports them (vCard 3.0), kept here so the test needs no outside file.
const VCARD = ['Arnold Smith', 'Chris Beatle', 'Doug White']
  .map((name) => {
    const [first, last] = name.split(' ');
    return `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nN:${last};${first};;;\r\nEMAIL;TYPE=INTERNET:${first!.toLowerCase()}@example.com\r\nEND:VCARD\r\n`;
  })
  .join('');

e2e('a vCard into an empty database: who you are first, then the import and its counts', async (app) => {
  const { page } = app;
  await app.visit('/import');
  assert.equal(await page.getByLabel('Mode').inputValue(), 'new');
  await page.getByLabel('File to import').setInputFiles({
    name: 'contacts.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from(VCARD),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Your name/);

  await page.getByLabel('Your name').fill('Pat Lee');
  await page.getByLabel('Your organization').fill('Acme Foods');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: 'Imported' });
  await status.waitFor();
  assert.match(await status.innerText(), /people\s+3/);
  await app.shot('imported');
  const s = (await app.api('GET', '/api/status')).json;
  assert.equal(s.counts.people, 3);
  assert.equal((await app.api('GET', '/api/owner')).json.name, 'Pat Lee');
  assert.equal(await page.getByLabel('Mode').inputValue(), 'merge', 'the next import merges');
  assert.equal(await page.getByLabel('Your name').count(), 0, 'the owner is not asked twice');
});

e2e('a broken file shows where it is broken; every export format downloads', async (app) => {
  const { page } = app;
  await loadSample(app);
  await app.visit('/import');
  assert.equal(await page.getByLabel('Mode').inputValue(), 'merge');
  await page.getByLabel('File to import').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"threefold/1",\n "people": ['),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /line 2/);
  assert.equal((await app.api('GET', '/api/status')).json.counts.people, 146, 'nothing was written');

  const extension = {
    json: '.json',
    gexf: '.gexf',
    graphml: '.graphml',
    vcard: '.vcf',
    csv: '.csv',
    kumu: '.json',
  };
  for (const [format, ext] of Object.entries(extension)) {
    await page.getByLabel('Export format').selectOption(format);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await (await download).path();
    const name = (await download).suggestedFilename();
    assert.ok(name.endsWith(ext), `${format}: ${name}`);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.length > 100, `${format}: ${text.length} bytes`);
    if (format === 'json') assert.equal(JSON.parse(text).people.length, 146);
  }
});

e2e('a replace asks first, keeps a copy, and the copy brings the network back', async (app) => {
  const { page } = app;
  await loadSample(app);
  await app.visit('/import');
  await page.getByLabel('Mode').selectOption('replace');
  await page.getByLabel('File to import').setInputFiles({
    name: 'contacts.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from(VCARD),
  });
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  assert.ok(await importButton.isDisabled(), 'a replace waits for the confirmation');
  await page.getByLabel('Replace the network now in this database').check();
  await importButton.click();
  const status = page.getByRole('status').filter({ hasText: 'Imported' });
  await status.waitFor();
  assert.match(await status.innerText(), /restore it under Backups/);
  assert.equal((await app.api('GET', '/api/status')).json.counts.people, 3);
  await app.shot('replaced-with-backup');

  const backups = page.getByRole('region', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Restore…' }).first().click();
  await backups.getByRole('button', { name: 'Replace the network with this copy' }).click();
  await backups.getByRole('status').filter({ hasText: 'Restored' }).waitFor();
  assert.equal((await app.api('GET', '/api/status')).json.counts.people, 146, 'the sample is back');
  const kept = (await app.api('GET', '/api/backups')).json.backups as { name: string }[];
  assert.equal(kept.length, 2, 'the network the restore replaced is kept too');
});
