import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFixture } from '../../test-support/fixtures.js';
import { parseFile } from './index.js';
import type { ParseResult } from './types.js';

const read = (name: string) => parseFile(readFixture('vcard', name), { fileName: name });
const orgOf = (r: ParseResult, id: string | undefined) =>
  r.fragment.organizations.find((o) => o.id === id)?.name;

describe('vCard', () => {
  test('Gmail 3.0: name, organisation, title, e-mail, phones, folded note; Apple item groups ignored', () => {
    const r = read('John_Doe_GMAIL.vcf');
    assert.equal(r.format, 'vcard');
    assert.deepEqual(r.problems, []);
    assert.equal(r.fragment.people.length, 1);
    const p = r.fragment.people[0]!;
    assert.equal(p.name, 'Mr. John Richter, James Doe Sr.');
    assert.deepEqual(p.emails, ['john.doe@ibm.com']);
    assert.deepEqual(p.phones, ['905-555-1234', '905-666-1234']);
    assert.equal(orgOf(r, p.organization), 'IBM');
    assert.equal(p.title, 'Money Counter');
    assert.ok(
      p.notes?.startsWith('THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"'),
    );
    assert.ok(p.notes?.includes('LIMITED TO, THE IMPLIED'), 'folded lines are joined without a space');
    assert.ok(p.notes?.endsWith('SUCH DAMAGE.\nFavotire Color: Blue'));
  });

  test('Android 2.1: quoted-printable UTF-8 with soft breaks, PHOTO skipped, e-mail-only cards', () => {
    const r = read('John_Doe_ANDROID.vcf');
    assert.deepEqual(r.problems, []);
    const names = r.fragment.people.map((p) => p.name);
    assert.deepEqual(names, [
      'john.doe@company.com',
      'jane.doe@company.com',
      'Ñ Ñ Ñ Ñ Ñ',
      'Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ',
      'Ñ Ñ Ñ Ñ',
      'ÑÑÑÑ',
    ]);
    assert.deepEqual(r.fragment.people[0]!.emails, ['john.doe@company.com']);
    assert.deepEqual(r.fragment.people[0]!.tags, ['My Contacts']);
    assert.deepEqual(r.fragment.people[3]!.phones, ['123456', '234567', '3456789', '45678901']);
    const bob = r.fragment.people[4]!;
    assert.deepEqual(bob.emails, ['bob@company.com']);
    assert.equal(orgOf(r, bob.organization), 'ÑÑÑÑÑÑÑÑÑÑÑÑ');
    assert.deepEqual(r.fragment.people[5]!.emails, ['henry@company.com']);
  });

  test('Outlook 2.1 and Outlook 2007', () => {
    const r = read('John_Doe_MS_OUTLOOK.vcf');
    assert.deepEqual(r.problems, []);
    const p = r.fragment.people[0]!;
    assert.equal(p.name, 'Mr. John Richter James Doe Sr.');
    assert.deepEqual(p.emails, ['john.doe@ibm.cm']);
    assert.deepEqual(p.phones, ['(905) 555-1234', '(905) 666-1234']);
    assert.equal(orgOf(r, p.organization), 'IBM');
    assert.equal(p.title, 'Money Counter');
    const o = read('outlook-2007.vcf');
    const m = o.fragment.people[0]!;
    assert.equal(m.name, 'Mr. Michael Angstadt Jr.');
    assert.deepEqual(m.emails, ['mike.angstadt@gmail.com']);
    assert.equal(orgOf(o, m.organization), 'TheCompany');
    assert.equal(m.title, 'TheJobTitle');
    assert.ok(m.notes?.startsWith('This is the NOTE field'));
  });

  test('Evolution 3.0 with categories as tags; RFC 2426 lower-case BEGIN:vCard; RFC 6350 4.0', () => {
    const e = read('John_Doe_EVOLUTION.vcf').fragment.people[0]!;
    assert.deepEqual(e.emails, ['john.doe@ibm.com']);
    assert.deepEqual(e.tags, ['VIP']);
    const r = read('rfc2426-example.vcf');
    assert.deepEqual(
      r.fragment.people.map((p) => [p.name, p.emails, orgOf(r, p.organization)]),
      [
        [
          'Frank Dawson',
          ['Frank_Dawson@Lotus.com', 'fdawson@earthlink.net'],
          'Lotus Development Corporation',
        ],
        ['Tim Howes', ['howes@netscape.com'], 'Netscape Communications Corp.'],
      ],
    );
    const v4 = read('rfc6350-example.vcf');
    const s = v4.fragment.people[0]!;
    assert.equal(s.name, 'Simon Perreault');
    assert.deepEqual(s.emails, ['simon.perreault@viagenie.ca']);
    assert.deepEqual(s.phones, ['+1-418-656-9254;ext=102', '+1-418-262-6501']);
    assert.equal(orgOf(v4, s.organization), 'Viagenie');
  });

  test('Gmail list without final newline; photo-only cards are skipped, not errors', () => {
    const g = read('gmail-list.vcf');
    assert.deepEqual(
      g.fragment.people.map((p) => [p.name, p.emails]),
      [
        ['Arnold Smith', ['asmithk@gmail.com']],
        ['Chris Beatle', ['chrisy55d@yahoo.com']],
        ['Doug White', ['dwhite@gmail.com']],
      ],
    );
    const photo = read('issue64.vcf');
    assert.deepEqual(photo.problems, []);
    assert.equal(photo.fragment.people.length, 0);
    assert.equal(photo.skipped.length, 1);
    const one = read('issue153.vcf');
    assert.deepEqual(
      one.fragment.people.map((p) => p.name),
      ['Test Benutzer'],
    );
  });

  test('LF and CRLF give the same people; a card without END is a problem', () => {
    const crlf = readFixture('vcard', 'John_Doe_GMAIL.vcf').toString('utf8');
    const lf = crlf.replace(/\r\n/g, '\n');
    assert.deepEqual(parseFile(Buffer.from(lf)).fragment, parseFile(Buffer.from(crlf)).fragment);
    const cut = parseFile(Buffer.from('BEGIN:VCARD\nVERSION:3.0\nFN:Ann\n'));
    assert.equal(cut.problems.length, 1);
    assert.match(cut.problems[0]!.reason, /END:VCARD/);
  });

  test('quoted-printable with no CHARSET: UTF-8 when it is UTF-8, else Windows-1252, never U+FFFD', () => {
    const r = read('qp-no-charset.vcf');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.fragment.people.map((p) => p.name),
      ['Piotr Iksiñski', 'José García'],
    );
    assert.equal(r.fragment.organizations[0]!.name, 'Café Ficticio');
    assert.ok(!JSON.stringify(r.fragment).includes('\uFFFD'));
  });

  test('UTF-16 without a byte-order mark (little- and big-endian) is read like UTF-8', () => {
    const utf8 = readFixture('vcard', 'John_Doe_GMAIL.vcf');
    const le = Buffer.from(utf8.toString('utf8'), 'utf16le');
    assert.notEqual(le[0], 0xff, 'no BOM');
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) {
      const r = parseFile(bytes, { fileName: 'contacts.vcf' });
      assert.equal(r.format, 'vcard');
      assert.deepEqual(
        r.fragment.people.map((p) => [p.name, p.emails]),
        [['Mr. John Richter, James Doe Sr.', ['john.doe@ibm.com']]],
      );
    }
  });

  test("UTF-16BE without a byte-order mark, as Apple's Address Book wrote it (Roundcube's test file)", () => {
    const bytes = readFixture('vcard', 'roundcube-utf-16_sample.vcf');
    assert.deepEqual([...bytes.subarray(0, 4)], [0x00, 0x42, 0x00, 0x45], 'B, E in UTF-16BE, no BOM');
    const r = read('roundcube-utf-16_sample.vcf');
    assert.equal(r.format, 'vcard');
    assert.deepEqual(r.problems, []);
    // Letters outside Latin-1 (Ǽ U+01FC, Ľ U+013D) only survive a UTF-16 reading.
    assert.deepEqual(
      r.fragment.people.map((p) => [p.name, p.emails, p.phones, p.organization]),
      [['Ǽgean ĽdaMonté', undefined, undefined, undefined]],
    );
  });
});
