import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFixture } from '../../test-support/fixtures.js';
import { detectFormat, parseFile } from './index.js';

const GOOGLE =
  'First Name,Middle Name,Last Name,Phonetic First Name,Nickname,Organization Name,Organization Title,Organization Department,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value\n' +
  'Ada,,Lovelace,,,Analytical Engines,Analyst,Research,,Met at RI,* myContacts ::: Mentors,Work,ada@example.com ::: ada.l@example.org,Home,ADA@example.com,Mobile,+44 20 7946 0000\n' +
  ',,,,,,,,,,,,,,,,\n';
const LEGACY =
  'Name,Given Name,Additional Name,Family Name,Yomi Name,Name Prefix,Name Suffix,Nickname,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title\n' +
  'Grace Hopper,Grace,,Hopper,,,,,,* My Contacts ::: Navy,* Work,grace@example.com,Work,555-0100,,US Navy,Rear Admiral\n';
const OUTLOOK =
  'First Name,Middle Name,Last Name,Title,Suffix,E-mail Address,E-mail 2 Address,Business Phone,Mobile Phone,Job Title,Department,Company,Notes,Categories\r\n' +
  'Alan,M.,Turing,Dr.,,alan@example.com,,+44 1 234,,Cryptanalyst,Hut 8,Bletchley Park,,Friends;Work\r\n';

describe('address-book CSV', () => {
  test('Google current header', () => {
    assert.equal(detectFormat(GOOGLE), 'google');
    const r = parseFile(Buffer.from(GOOGLE));
    assert.deepEqual(r.problems, []);
    assert.equal(r.fragment.people.length, 1);
    const p = r.fragment.people[0]!;
    assert.equal(p.name, 'Ada Lovelace');
    assert.deepEqual(p.emails, ['ada@example.com', 'ada.l@example.org']);
    assert.deepEqual(p.phones, ['+44 20 7946 0000']);
    assert.equal(p.title, 'Analyst');
    assert.equal(p.unit, 'Research');
    assert.equal(p.notes, 'Met at RI');
    assert.deepEqual(p.tags, ['Mentors']);
    assert.equal(r.fragment.organizations[0]!.name, 'Analytical Engines');
  });

  test('Google legacy header', () => {
    assert.equal(detectFormat(LEGACY), 'google');
    const p = parseFile(Buffer.from(LEGACY)).fragment.people[0]!;
    assert.equal(p.name, 'Grace Hopper');
    assert.deepEqual(p.emails, ['grace@example.com']);
    assert.deepEqual(p.phones, ['555-0100']);
    assert.equal(p.title, 'Rear Admiral');
    assert.deepEqual(p.tags, ['Navy']);
  });

  test('Outlook: Title is the honorific, Job Title the position', () => {
    assert.equal(detectFormat(OUTLOOK), 'outlook');
    const r = parseFile(Buffer.from(OUTLOOK));
    const p = r.fragment.people[0]!;
    assert.equal(p.name, 'Alan M. Turing');
    assert.deepEqual(p.emails, ['alan@example.com']);
    assert.deepEqual(p.phones, ['+44 1 234']);
    assert.equal(p.title, 'Cryptanalyst');
    assert.equal(p.unit, 'Hut 8');
    assert.deepEqual(p.tags, ['Friends', 'Work']);
    assert.equal(r.fragment.organizations[0]!.name, 'Bletchley Park');
  });

  test('a broken quote is an invalid_input naming the line', () => {
    assert.throws(
      () => parseFile(Buffer.from(`${OUTLOOK}"Bob,,Smith\r\n`), { format: 'outlook' }),
      (e: Error & { code?: string }) => e.code === 'invalid_input' && /line 3/.test(e.message),
    );
  });

  test('Outlook with e-mail columns only, and a row without its trailing empty field', () => {
    const r = parseFile(readFixture('contacts', 'outlook-email-only.csv'));
    assert.equal(r.format, 'outlook');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.fragment.people.map((p) => [p.name, p.emails]),
      [
        ['Ada Lovelace', ['ada@example.com', 'ada.l@example.org']],
        ['Grace Hopper', ['grace@example.com']],
      ],
    );
  });

  test('Outlook rows that stop after the last non-empty field are padded; extra non-empty fields are not', () => {
    const header = OUTLOOK.split('\r\n')[0]!;
    const short = `${header}\r\nAlan,M.,Turing,Dr.,,alan@example.com\r\nJoan,,Clarke,,,joan@example.com,,,,,,,,,unexpected\r\n`;
    const r = parseFile(Buffer.from(short));
    assert.deepEqual(
      r.fragment.people.map((p) => [p.name, p.emails]),
      [['Alan M. Turing', ['alan@example.com']]],
    );
    assert.deepEqual(r.problems, [{ record: 'line 3', reason: 'expected 14 fields, found 15' }]);
  });

  test('Thunderbird address book: Primary/Secondary Email, Display Name, trailing comma on every line', () => {
    const r = parseFile(readFixture('contacts', 'thunderbird.csv'));
    assert.equal(r.format, 'outlook');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.fragment.people.map((p) => [p.name, p.emails, p.phones, p.title, p.unit, p.notes]),
      [
        [
          'Katherine Johnson',
          ['katherine.johnson@example.com', 'kj@example.org'],
          ['+1 757 555 0100', '+1 757 555 0199'],
          'Mathematician',
          'Flight Research',
          'Met at the 1962, orbit review',
        ],
        ['Dorothy Vaughan', ['dorothy.vaughan@example.com'], undefined, undefined, undefined, undefined],
        ['mary', ['mary.jackson@example.com'], undefined, undefined, undefined, undefined],
      ],
    );
    assert.deepEqual(
      r.fragment.organizations.map((o) => o.name),
      ['Langley Example Lab'],
    );
  });
});
