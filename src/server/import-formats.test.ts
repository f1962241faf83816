import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { FIXTURES_DIR } from '../test-support/fixtures.js';
import { startTestServer, type TestServer } from './test-harness.js';

const FIX = FIXTURES_DIR;
const fixture = (path: string) => readFileSync(`${FIX}/${path}`);
const octets = { 'content-type': 'application/octet-stream' };

describe('import and export of other formats through the API', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  const people = async () =>
    (await server.call('GET', '/api/people?limit=1000')).json.items as {
      id: string;
      name: string;
      emails?: string[];
      organization?: string;
    }[];

  test('contacts need an owner first: 409, nothing written', async () => {
    const r = await server.call('POST', '/api/import?filename=gmail-list.vcf', {
      raw: fixture('vcard/gmail-list.vcf'),
      headers: octets,
    });
    assert.equal(r.status, 409, r.text);
    assert.match(r.json.error.message, /PUT \/api\/owner/);
    assert.equal((await server.call('GET', '/api/status')).json.empty, true);
    const owner = await server.call('PUT', '/api/owner', {
      body: { name: 'Ada Leader', organization: 'o:imaginary-widgets' },
    });
    assert.equal(owner.status, 200, owner.text);
  });

  test('a vCard upload is detected from its content and answers the summary per collection', async () => {
    // No file name and a generic type: the content alone says vCard.
    const dry = await server.call('POST', '/api/import?dryRun=true', {
      raw: fixture('vcard/gmail-list.vcf'),
      headers: octets,
    });
    assert.equal(dry.status, 200, dry.text);
    assert.equal(dry.json.format, 'vcard');
    assert.equal(dry.json.dryRun, true);
    assert.deepEqual(dry.json.collections.people, { created: 3, matched: 0, merged: 0, skipped: 0 });
    assert.equal(dry.json.changes, undefined);
    assert.equal((await people()).length, 0, 'a dry run writes nothing');

    const r = await server.call('POST', '/api/import?filename=gmail-list.vcf', {
      raw: fixture('vcard/gmail-list.vcf'),
      headers: octets,
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.format, 'vcard');
    assert.equal(r.json.mode, 'new');
    assert.deepEqual(r.json.collections.people, { created: 3, matched: 0, merged: 0, skipped: 0 });
    assert.deepEqual(r.json.people, { created: 3, matched: 0 });
    assert.equal(r.json.changes.people.created, 3);
    assert.deepEqual((await people()).map((p) => [p.name, p.emails]).sort(), [
      ['Arnold Smith', ['asmithk@gmail.com']],
      ['Chris Beatle', ['chrisy55d@yahoo.com']],
      ['Doug White', ['dwhite@gmail.com']],
    ]);

    // The same cards again, with one of them carrying a new phone: matched, merged, not doubled.
    const again = fixture('vcard/gmail-list.vcf')
      .toString('utf8')
      .replace(
        'EMAIL;TYPE=INTERNET:dwhite@gmail.com',
        'EMAIL;TYPE=INTERNET:dwhite@gmail.com\nTEL:+44 20 7946 0000',
      );
    const second = await server.call('POST', '/api/import?mode=merge', { raw: again, headers: octets });
    assert.equal(second.status, 200, second.text);
    assert.deepEqual(second.json.collections.people, { created: 0, matched: 2, merged: 1, skipped: 0 });
    assert.deepEqual(
      second.json.matched.map((m: { reason: string }) => m.reason),
      ['email', 'email', 'email'],
    );
    assert.equal((await people()).length, 3);
  });

  test('a vCard sent as a multipart form (as a browser does) imports too, with skips listed', async () => {
    const boundary = '----threefold-vcard';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="issue64.vcf"\r\nContent-Type: text/vcard\r\n\r\n`,
      ),
      fixture('vcard/issue64.vcf'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const r = await server.call('POST', '/api/import?mode=merge', {
      raw: body,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.file, 'issue64.vcf');
    assert.deepEqual(r.json.collections.people, { created: 0, matched: 0, merged: 0, skipped: 1 });
    assert.deepEqual(r.json.skipped, [
      { collection: 'people', reason: 'names nobody: no name, organisation, e-mail or phone', count: 1 },
    ]);
  });

  test('a calendar becomes people, an interaction and an observed tie, once', async () => {
    const first = await server.call('POST', '/api/import?filename=blankTzid.ics&mode=merge', {
      raw: fixture('ics/blankTzid.ics'),
      headers: octets,
    });
    assert.equal(first.status, 200, first.text);
    assert.equal(first.json.format, 'ics');
    assert.deepEqual(first.json.collections.people, { created: 2, matched: 0, merged: 0, skipped: 0 });
    assert.deepEqual(first.json.collections.interactions, { created: 1, matched: 0, merged: 0, skipped: 0 });
    assert.deepEqual(first.json.collections.ties, { created: 1, matched: 0, merged: 0, skipped: 0 });
    const interactions = (await server.call('GET', '/api/interactions')).json.items;
    assert.equal(interactions.length, 1);
    assert.equal(interactions[0].date, '2015-08-26T09:00:00Z');
    assert.equal(interactions[0].minutes, 60);
    const byEmail = new Map((await people()).map((p) => [p.emails?.[0], p]));
    assert.equal(byEmail.get('roberts@company.com')?.name, 'Bruce Roberts');
    assert.equal(byEmail.get('sam@company.com')?.name, 'Sam Peter');
    assert.deepEqual(
      [...interactions[0].people].sort(),
      [byEmail.get('roberts@company.com')!.id, byEmail.get('sam@company.com')!.id].sort(),
    );
    const ties = (await server.call('GET', '/api/ties')).json.items;
    assert.deepEqual(
      ties.map((t: { source: string; strength: number }) => [t.source, t.strength]),
      [['observed', 1]],
    );

    const again = await server.call('POST', '/api/import?filename=blankTzid.ics&mode=merge', {
      raw: fixture('ics/blankTzid.ics'),
      headers: octets,
    });
    assert.equal(again.status, 200, again.text);
    assert.deepEqual(again.json.collections.interactions, { created: 0, matched: 1, merged: 0, skipped: 0 });
    assert.deepEqual(again.json.collections.people, { created: 0, matched: 2, merged: 0, skipped: 0 });
    assert.equal((await server.call('GET', '/api/interactions')).json.items.length, 1);
  });

  test('a bad record fails the upload with its line and writes nothing; skipInvalid imports the rest', async () => {
    const csv =
      'First Name,Last Name,Email Address,Company,Position,Connected On\nNew,One,new1@example.com,X,Y,01 Jan 2020\nBroken,Row\n';
    const before = (await people()).length;
    const bad = await server.call('POST', '/api/import?filename=Connections.csv&mode=merge', {
      raw: csv,
      headers: { 'content-type': 'text/csv' },
    });
    assert.equal(bad.status, 400, bad.text);
    assert.deepEqual(bad.json.error.details, [{ path: 'line 3', message: 'expected 6 fields, found 2' }]);
    assert.equal((await people()).length, before);
    const skip = await server.call('POST', '/api/import?filename=Connections.csv&mode=merge&skipInvalid=1', {
      raw: csv,
      headers: { 'content-type': 'text/csv' },
    });
    assert.equal(skip.status, 200, skip.text);
    assert.equal(skip.json.format, 'linkedin');
    assert.deepEqual(skip.json.invalid, [{ record: 'line 3', reason: 'expected 6 fields, found 2' }]);
    assert.deepEqual(skip.json.collections.people, { created: 1, matched: 0, merged: 0, skipped: 1 });
    assert.equal((await people()).length, before + 1);
  });

  test('a file of no known format is a 400 that asks for the format; an explicit format is used', async () => {
    const r = await server.call('POST', '/api/import?filename=notes.txt', {
      raw: 'hello there',
      headers: octets,
    });
    assert.equal(r.status, 400, r.text);
    assert.equal(r.json.error.details[0].path, 'query.format');
    const bad = await server.call('POST', '/api/import?format=docx', { raw: 'x', headers: octets });
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.details[0].path, 'query.format');
  });

  test('csv export neutralises formulas; every format downloads with its type and a file name', async () => {
    for (const name of ['=HYPERLINK("http://evil.example","x")', '+1 555 0100', '-2+3', '@SUM(A1:A9)']) {
      const created = await server.call('POST', '/api/people', { body: { name } });
      assert.equal(created.status, 201, created.text);
    }
    const csv = await server.call('GET', '/api/export?format=csv');
    assert.equal(csv.status, 200, csv.text);
    assert.match(String(csv.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.equal(csv.headers['content-disposition'], 'attachment; filename="threefold-2026-06-01.csv"');
    const cells = csv.text.split('\r\n').map((line) => line.split(',')[1]);
    assert.ok(cells.includes(`"'=HYPERLINK(""http://evil.example""`), csv.text);
    for (const safe of ["'+1 555 0100", "'-2+3", "'@SUM(A1:A9)"]) assert.ok(cells.includes(safe), safe);
    assert.ok(
      !/^[=+\-@]/m.test(
        csv.text
          .split('\r\n')
          .map((l) => l.split(',')[1])
          .join('\n'),
      ),
    );

    const expected: Record<string, [RegExp, string, RegExp]> = {
      json: [/^application\/json/, 'json', /"format": "threefold\/1"/],
      threefold: [/^application\/json/, 'json', /"format": "threefold\/1"/],
      gexf: [/^application\/gexf\+xml/, 'gexf', /<gexf [^>]*version="1\.3"/],
      graphml: [/^application\/graphml\+xml/, 'graphml', /<graphml[\s>]/],
      vcard: [/^text\/vcard/, 'vcf', /^BEGIN:VCARD\r\nVERSION:4\.0/],
      kumu: [/^application\/json/, 'kumu.json', /"elements"/],
    };
    for (const [format, [type, ext, body]] of Object.entries(expected)) {
      const r = await server.call('GET', `/api/export?format=${format}`);
      assert.equal(r.status, 200, `${format}: ${r.text}`);
      assert.match(String(r.headers['content-type']), type, format);
      assert.equal(r.headers['content-disposition'], `attachment; filename="threefold-2026-06-01.${ext}"`);
      assert.match(r.text, body, format);
    }
  });

  test('exports re-import through the API without creating anyone twice', async () => {
    const count = (await people()).length;
    for (const format of ['vcard', 'gexf', 'graphml']) {
      const out = await server.call('GET', `/api/export?format=${format}`);
      const back = await server.call('POST', '/api/import?mode=merge', { raw: out.text, headers: octets });
      assert.equal(back.status, 200, `${format}: ${back.text}`);
      assert.equal(back.json.format, format);
      assert.equal(back.json.collections.people.created, 0, format);
      assert.equal((await people()).length, count, format);
    }
  });

  test('replace starts over with the file alone, the owner kept', async () => {
    const r = await server.call('POST', '/api/import?mode=replace&filename=John_Doe_GMAIL.vcf', {
      raw: fixture('vcard/John_Doe_GMAIL.vcf'),
      headers: octets,
    });
    assert.equal(r.status, 200, r.text);
    const all = await people();
    assert.deepEqual(
      all.map((p) => [p.name, p.emails]),
      [['Mr. John Richter, James Doe Sr.', ['john.doe@ibm.com']]],
    );
    assert.equal((await server.call('GET', '/api/owner')).json.name, 'Ada Leader');
    assert.equal((await server.call('GET', '/api/interactions')).json.items.length, 0);
  });
});
