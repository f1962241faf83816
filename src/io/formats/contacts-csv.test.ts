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

/** Roundcube's CSV import test files (tests/src/Csv2vcard/, GPL-3.0-or-later): see fixtures/PROVENANCE.md. */
const roundcube = (name: string) => parseFile(readFixture('contacts', `roundcube-${name}.csv`));
const card = (r: ReturnType<typeof parseFile>) =>
  r.fragment.people.map((p) => ({
    name: p.name,
    emails: p.emails,
    phones: p.phones,
    title: p.title,
    unit: p.unit,
    notes: p.notes,
    tags: p.tags,
    organization: r.fragment.organizations.find((o) => o.id === p.organization)?.name,
  }));

describe("address-book CSV: Roundcube's test files", () => {
  test("Roundcube's own columns (Email Home, Home Mobile, Phone Video), with a UTF-8 BOM", () => {
    const r = roundcube('all');
    assert.equal(r.format, 'outlook');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(card(r), [
      {
        // Roundcube makes "Display Name" the card's name; the name's parts come second.
        name: 'Display Name',
        emails: ['home@example.com', 'work@example.com', 'other@example.com'],
        // Voice numbers only: Home Fax 700, Business Fax 800 and Pager 111 are not phones to call.
        phones: ['100', '200', '300', '400', '500', '600', '900', '222', '333', '444'],
        title: 'Job Title',
        unit: 'Department',
        notes: 'Notes',
        tags: ['test'],
        organization: 'Company',
      },
    ]);
  });

  test('Thunderbird: Display Name, Primary and Secondary Email, Organization, trailing comma', () => {
    const r = roundcube('tb_plain');
    assert.equal(r.format, 'outlook');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(card(r), [
      {
        name: 'Displayname',
        emails: ['test@domain.tld', 'next@domain.tld'],
        // "phone work", "phone home", "mobile": no digit, no number.
        phones: undefined,
        title: 'title',
        unit: 'department',
        notes: undefined,
        tags: undefined,
        organization: 'Organization',
      },
    ]);
  });

  test("Outlook's e-mail columns only, and Thunderbird's Primary Email alone", () => {
    const outlook = roundcube('outlook');
    assert.equal(outlook.format, 'outlook');
    assert.deepEqual(
      outlook.fragment.people.map((p) => [p.name, p.emails]),
      [['test1@domain.tld', ['test1@domain.tld', 'test2@domain.tld', 'test3@domain.tld']]],
    );
    const primary = roundcube('email');
    assert.equal(primary.format, 'outlook');
    assert.deepEqual(primary.problems, []);
    assert.deepEqual(
      primary.fragment.people.map((p) => [p.name, p.emails]),
      [1, 2, 3, 4].map((n) => [`test${n}@domain.tld`, [`test${n}@domain.tld`]]),
    );
  });

  test('Gmail legacy layout with addresses over several quoted lines', () => {
    const r = roundcube('gmail');
    assert.equal(r.format, 'google');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(card(r), [
      {
        name: 'Prefix Firstname Middle Lastname Suffix',
        emails: ['home@aaa.pl', 'work@email.pl', 'unknown@email.com', 'other@email.com'],
        phones: undefined,
        title: 'jobtitle',
        unit: undefined,
        notes: 'note"note',
        // "* My Contacts" is Google's system group.
        tags: ['Test'],
        organization: 'company',
      },
    ]);
  });
});

describe('address-book CSV: headers in the languages Outlook and Thunderbird write', () => {
  // Hand-written rows under the localized headers Roundcube's csv2vcard.inc lists (invented people).
  const cases: [string, string, string, ReturnType<typeof card>[number]][] = [
    [
      'German Outlook (semicolons)',
      'Anrede;Vorname;Weitere Vornamen;Nachname;Firma;Abteilung;Position;E-Mail-Adresse;E-Mail 2: Adresse;Mobiltelefon;Fax geschäftlich;Kategorien;Notizen',
      'Dr.;Grete;;Hermann;Beispiel GmbH;Forschung;Leiterin;grete@example.com;g.hermann@example.org;+49 30 1234567;+49 30 7654321;Kunden;Kennt Emmy',
      {
        name: 'Grete Hermann',
        emails: ['grete@example.com', 'g.hermann@example.org'],
        phones: ['+49 30 1234567'],
        title: 'Leiterin',
        unit: 'Forschung',
        notes: 'Kennt Emmy',
        tags: ['Kunden'],
        organization: 'Beispiel GmbH',
      },
    ],
    [
      'French Thunderbird (the display name first)',
      'Prénom,Nom,Nom à afficher,Surnom,Adresse électronique principale,Adresse électronique secondaire,Tél. professionnel,Profession,Service,Société,Notes,',
      'Marie,Sklodowska,Marie Curie,,marie@example.com,,+33 1 23 45 67 89,Physicienne,Radioactivité,Institut Exemple,,',
      {
        name: 'Marie Curie',
        emails: ['marie@example.com'],
        phones: ['+33 1 23 45 67 89'],
        title: 'Physicienne',
        unit: 'Radioactivité',
        notes: undefined,
        tags: undefined,
        organization: 'Institut Exemple',
      },
    ],
    [
      'Italian Outlook',
      'Nome,Cognome,Società,Qualifica,Reparto,Indirizzo E-mail,Telefono Mobile,Categorie,Note',
      'Enrico,Fermi,Esempio Srl,Fisico,Ricerca,enrico@example.com,+39 06 1234567,Colleghi;Amici,Via Panisperna',
      {
        name: 'Enrico Fermi',
        emails: ['enrico@example.com'],
        phones: ['+39 06 1234567'],
        title: 'Fisico',
        unit: 'Ricerca',
        notes: 'Via Panisperna',
        tags: ['Colleghi', 'Amici'],
        organization: 'Esempio Srl',
      },
    ],
  ];
  for (const [label, header, row, expected] of cases) {
    test(label, () => {
      const text = `${header}\r\n${row}\r\n`;
      assert.equal(detectFormat(text), 'outlook');
      const r = parseFile(Buffer.from(text));
      assert.deepEqual(r.problems, []);
      assert.deepEqual(card(r), [expected]);
    });
  }

  test('a CSV with neither an e-mail column nor a name and something a contact has is not an address book', () => {
    assert.equal(detectFormat('Vorname,Stadt\r\nGrete,Berlin\r\n'), undefined);
    assert.equal(detectFormat('id,amount,date\r\n1,2,2020-01-01\r\n'), undefined);
  });
});

describe("address-book CSV: Thunderbird's own test files", () => {
  test("what Thunderbird's exporter writes: CRLF, no trailing comma, quoted tab, CR and line break", () => {
    const r = parseFile(readFixture('contacts', 'thunderbird-export.csv'));
    assert.equal(r.format, 'outlook');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(card(r), [
      {
        name: 'contact number one',
        // "contact1@invalid" has no dot in its domain: not an address threefold keeps (the API's rule too).
        emails: undefined,
        phones: undefined,
        title: undefined,
        unit: undefined,
        notes: undefined,
        tags: undefined,
        organization: undefined,
      },
      {
        name: 'contact number two',
        emails: undefined,
        phones: undefined,
        title: '"worker"',
        unit: undefined,
        notes: "here's some unicode text…",
        tags: undefined,
        organization: undefined,
      },
    ]);
  });

  test("Thunderbird's semicolon-separated import file, display name first", () => {
    const r = parseFile(readFixture('contacts', 'thunderbird-semicolon.csv'));
    assert.equal(r.format, 'outlook');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.fragment.people.map((p) => [p.name, p.emails]),
      [
        ['John Doe', ['john@doe.invalid']],
        ['Jane Doe', ['jane@doe.invalid']],
      ],
    );
  });
});
