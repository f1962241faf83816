import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fixturePath } from '../../test-support/fixtures.js';
import { parseFile } from './index.js';

const FIX = fixturePath('linkedin');
const read = (name: string) => parseFile(readFileSync(`${FIX}/${name}`), { fileName: name });

function byName(result: ReturnType<typeof read>, name: string) {
  const person = result.fragment.people.find((p) => p.name === name);
  assert.ok(person, `no person "${name}"`);
  const rel = result.fragment.relationships.find((r) => r.person === person.id);
  const org = result.fragment.organizations.find((o) => o.id === person.organization);
  return { person: person as typeof person & { profileUrl?: string }, rel, org };
}

describe('LinkedIn Connections.csv', () => {
  test('2024 layout: Notes preamble, URL column, hidden profiles, quoted fields', () => {
    const r = read('Connections-2024.csv');
    assert.equal(r.format, 'linkedin');
    assert.deepEqual(r.problems, []);
    assert.equal(r.fragment.people.length, 22);
    assert.deepEqual(
      r.skipped.map((s) => s.record),
      ['line 7', 'line 19', 'line 27'],
    );
    const m = byName(r, 'Marigold Thistlewaite');
    assert.equal(m.org?.name, 'Imaginary Widgets Ltd');
    assert.equal(m.person.title, 'Senior Product Manager');
    assert.equal(m.person.profileUrl, 'https://www.linkedin.com/in/marigold-thistlewaite-7f3a91c2');
    assert.equal(m.person.emails, undefined);
    assert.equal(m.rel?.since, '2024-11-18');
    const c = byName(r, 'Cornelius Puddleby');
    assert.deepEqual(c.person.emails, ['cornelius.puddleby@example.com']);
    assert.equal(c.org?.name, 'Teapot & Kettle Consulting');
    assert.equal(c.rel?.since, '2024-08-27');
    const b = byName(r, 'Barnaby Fizzwick');
    assert.equal(b.org?.name, 'Gadgetry Works, Inc.');
    assert.equal(b.org?.id, 'o:gadgetry-works-inc');
    assert.equal(byName(r, 'Quentin Marlowe, PhD').person.title, 'Lecturer in Made-up Studies');
    assert.equal(byName(r, 'Bartholomew "Bart" Gumbleton').rel?.since, '2024-06-05');
    assert.equal(byName(r, 'Theodora Pumpernickel').person.title, 'Lead "Growth" Hacker');
    // trailing spaces in the export are not part of the data
    assert.equal(byName(r, 'Søren Inkwell').person.title, 'Head of Data');
    assert.equal(byName(r, 'Clementine Oddfellow').rel?.since, '2024-01-08');
    assert.equal(
      byName(r, 'Zoë Marchbanks-Fable').person.profileUrl,
      'https://www.linkedin.com/in/zo%C3%AB-marchbanks-fable-3b19a7e4',
    );
    assert.equal(byName(r, '架空 太郎').org?.name, '株式会社サンプル');
    const h = byName(r, 'Hester Wobblesworth');
    assert.equal(h.person.organization, undefined);
    assert.equal(h.person.title, undefined);
    assert.equal(byName(r, 'Elwood Grimsditch').rel?.since, '2012-07-11');
    // one organisation per company name
    const widgets = r.fragment.organizations.filter((o) => o.name === 'Imaginary Widgets Ltd');
    assert.equal(widgets.length, 1);
    assert.equal(byName(r, 'Ambrose Nettlebed').person.organization, widgets[0]!.id);
  });

  test('2018 layout: no preamble, no URL column, US dates with times, a member URN in the e-mail column', () => {
    const r = read('Connections-2018.csv');
    assert.deepEqual(r.problems, []);
    assert.equal(r.fragment.people.length, 10);
    const p = byName(r, 'Percival Mothersole');
    assert.deepEqual(p.person.emails, ['percival.mothersole@example.com']);
    assert.equal(p.org?.name, 'Imaginary Widgets Ltd');
    assert.equal(p.person.title, 'Intern');
    assert.equal(p.rel?.since, '2018-01-08');
    assert.equal(p.person.profileUrl, undefined);
    assert.equal(byName(r, 'araminta fogg').rel?.since, '2017-11-17');
    assert.equal(byName(r, 'Horatio Wimbleton').rel?.since, '2017-12-17');
    assert.equal(byName(r, 'Leopold Quince').org?.name, 'Quince Holdings, Fictional Division');
    const renee = byName(r, 'Renée Fauxbourg');
    assert.equal(renee.org?.name, 'Société Imaginaire');
    assert.equal(renee.person.title, 'Chargée de projet');
    assert.equal(byName(r, 'Caspian Dunnock').person.emails, undefined);
    assert.equal(byName(r, 'Dorcas Featherstonehaugh').person.organization, undefined);
  });

  test('Excel re-save: semicolons, CRLF, Windows-1252, 9-Sep-22 dates', () => {
    const r = read('Connections-excel.csv');
    assert.deepEqual(r.problems, []);
    assert.equal(r.fragment.people.length, 9);
    assert.deepEqual(
      r.skipped.map((s) => s.record),
      ['line 4'],
    );
    const a = byName(r, 'Anselm Wurzelbacher');
    assert.equal(a.rel?.since, '2022-09-09');
    assert.equal(a.org?.name, 'Fiktiv Werkzeuge GmbH');
    const bj = byName(r, 'Björn Fjällräv');
    assert.deepEqual(bj.person.emails, ['bjorn.f@example.com']);
    assert.equal(bj.org?.name, 'Låtsasbolaget AB');
    assert.equal(bj.person.title, 'Säljchef');
    assert.equal(bj.rel?.since, '2022-07-18');
    assert.equal(byName(r, 'Begoña Nadie').person.title, 'Directora; Operaciones');
    assert.equal(byName(r, 'Begoña Nadie').org?.name, 'Empresa Ficticia, S.A.');
    assert.equal(byName(r, 'François Chimère').person.title, 'Ingénieur d’études');
    assert.equal(byName(r, 'Mæve O’Fable').person.title, 'Senior "Imaginary" Analyst');
    assert.equal(byName(r, 'Ñico Sombrajo').rel?.since, '2022-03-21');
    assert.equal(byName(r, 'Søren Kierkeplaats').rel?.since, '2022-01-04');
    assert.equal(byName(r, 'Jürgen Nebelhorn').person.organization, undefined);
  });

  test('a row of the wrong width is a problem naming its line; the rest still parse', () => {
    const text =
      'First Name,Last Name,Email Address,Company,Position,Connected On\nAda,One,,X,Y,01 Jan 2020\nBad,Row,only\nBob,Two,,X,Y,02 Jan 2020\n';
    const r = parseFile(Buffer.from(text));
    assert.deepEqual(r.problems, [{ record: 'line 3', reason: 'expected 6 fields, found 3' }]);
    assert.equal(r.fragment.people.length, 2);
  });

  test('an impossible date is a problem, not a wrong date', () => {
    const text =
      'First Name,Last Name,Email Address,Company,Position,Connected On\nAda,One,,X,Y,31 Feb 2020\n';
    const r = parseFile(Buffer.from(text));
    assert.deepEqual(r.problems, [{ record: 'line 2', reason: '"31 Feb 2020" is not a date' }]);
  });
});
