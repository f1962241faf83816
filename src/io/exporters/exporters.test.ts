import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { assess } from '../../core/analysis/assess.js';
import { resolveIdentities } from '../../core/identity/resolve.js';
import type { ThreefoldDocument } from '../../document/schema.js';
import { fixturePath } from '../../test-support/fixtures.js';
import { parseText } from '../formats/index.js';
import { csvCell, exportPeopleCsv } from './csv.js';
import { exportAs, type NodeMeasures } from './index.js';
import { exportKumu } from './kumu.js';

const doc: ThreefoldDocument = {
  format: 'threefold/1',
  owner: { name: 'Ada Leader', organization: 'o:acme' },
  organizations: [
    { id: 'o:acme', name: 'Acme & Co', sector: 'consumer goods' },
    { id: 'o:beta', name: 'Beta <Labs>' },
  ],
  people: [
    {
      id: 'p:1',
      name: 'Jane "JD" Doe',
      emails: ['jane@example.com'],
      organization: 'o:acme',
      unit: 'Sales',
      title: 'Director',
    },
    {
      id: 'p:2',
      name: 'Zoë Ørsted',
      emails: ['zoe@example.org'],
      organization: 'o:beta',
      tags: ['board', 'x,y'],
    },
    { id: 'p:3', name: '=HYPERLINK("http://evil")', notes: '+1 line\nsecond', phones: ['-5'] },
    { id: 'p:4', name: 'Sam Tab', title: '\tcmd', organization: 'o:acme', sector: '@SUM(A1)' },
  ],
  relationships: [
    { person: 'p:1', forms: ['operational'], strength: 4, since: '2020-01-01' },
    { person: 'p:2', forms: ['strategic', 'personal'], strength: 2 },
    { person: 'p:3', strength: 1 },
    { person: 'p:4' },
  ],
  ties: [
    { a: 'p:1', b: 'p:2', strength: 3, source: 'stated' },
    { a: 'p:1', b: 'p:4', strength: 5, source: 'observed' },
  ],
};

function measures(): Map<string, NodeMeasures> {
  return new Map(assess(doc, { asOf: '2026-06-01' }).people.map((p) => [p.id, p]));
}

describe('exporters', () => {
  test('GEXF 1.3 validates against the schema, carries measures, and re-imports to the same people and ties', () => {
    const text = exportAs('gexf', doc, { measures: measures(), date: '2026-06-01' });
    assert.match(text, /<attvalue for="form" value="strategic;personal"\/>/);
    assert.match(text, /<attvalue for="constraint" value="[0-9.]+"\/>/);
    assert.match(text, /<attvalue for="sector" value="consumer goods"\/>/);
    const xmllint = '/usr/bin/xmllint';
    assert.ok(existsSync(xmllint), 'xmllint is needed: apt-get install -y libxml2-utils');
    const dir = mkdtempSync(join(tmpdir(), 'threefold-gexf-'));
    writeFileSync(join(dir, 'net.gexf'), text);
    execFileSync(
      xmllint,
      ['--noout', '--schema', fixturePath('graph', 'gexf-1.3-schema', 'gexf.xsd'), join(dir, 'net.gexf')],
      {
        stdio: 'pipe',
      },
    );
    const back = parseText(text, 'gexf');
    assert.deepEqual(back.problems, []);
    assert.deepEqual(
      back.fragment.people.map((p) => p.name),
      doc.people.map((p) => p.name),
    );
    const resolved = resolveIdentities(doc, back.fragment);
    assert.equal(resolved.report.created.length, 0, 'every person found again');
    assert.deepEqual(
      resolved.fragment.ties.map((t) => [t.a, t.b, t.strength]),
      doc.ties!.map((t) => [t.a, t.b, t.strength]),
    );
    assert.deepEqual(
      resolved.fragment.relationships.map((r) => [r.person, r.strength]),
      doc.relationships!.map((r) => [r.person, r.strength]),
    );
  });

  test('GraphML re-imports to the same names, organisations and ties', () => {
    const back = parseText(exportAs('graphml', doc, { measures: measures() }), 'graphml');
    assert.deepEqual(back.problems, []);
    assert.deepEqual(
      back.fragment.people.map((p) => p.name),
      doc.people.map((p) => p.name),
    );
    const org = back.fragment.organizations.find((o) => o.id === back.fragment.people[1]!.organization);
    assert.equal(org?.name, 'Beta <Labs>');
    const resolved = resolveIdentities(doc, back.fragment);
    assert.equal(resolved.report.created.length, 0);
    assert.equal(resolved.fragment.ties.length, 2);
  });

  test('vCard 4.0 re-imports with names, e-mails, organisations, tags', () => {
    const text = exportAs('vcard', doc);
    assert.match(text, /^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    const back = parseText(text, 'vcard');
    assert.deepEqual(back.problems, []);
    assert.deepEqual(
      back.fragment.people.map((p) => [p.name, p.emails]),
      doc.people.map((p) => [p.name, p.emails]),
    );
    assert.deepEqual(back.fragment.people[1]!.tags, ['board', 'x,y']);
    assert.equal(back.fragment.people[2]!.notes, '+1 line\nsecond');
  });

  test('CSV neutralises cells a spreadsheet would run', () => {
    for (const bad of ['=1+1', '+1', '-5', '@SUM(A1)', '\tcmd', '\rcmd'])
      assert.ok(csvCell(bad).replace(/^"/, '').startsWith("'"), bad);
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('a,b'), '"a,b"');
    const text = exportPeopleCsv(doc);
    const rows = text.trim().split('\r\n');
    assert.equal(
      rows[0],
      'id,name,emails,phones,organization,unit,title,sector,region,forms,strength,since,tags,notes',
    );
    assert.equal(rows.length, 1 + 4);
    assert.ok(text.includes(`"'=HYPERLINK(""http://evil"")"`));
    assert.ok(text.includes("'-5"));
    assert.ok(text.includes(`"'+1 line\nsecond"`));
    assert.ok(text.includes("'@SUM(A1)"));
    assert.ok(!/(^|,)[=+\-@]/m.test(text.replace(/"[^"]*"/g, '')), 'no bare formula cell');
  });

  test('Kumu JSON: elements by label, connections from the owner and between people', () => {
    const k = exportKumu(doc);
    assert.equal(k.elements.length, 5);
    assert.deepEqual(k.elements[0], {
      label: 'Ada Leader',
      type: 'Owner',
      id: 'owner',
      organization: 'Acme & Co',
    });
    assert.equal(k.elements[1]!.organization, 'Acme & Co');
    assert.equal(k.connections.length, 4 + 2);
    assert.deepEqual(k.connections[4], {
      from: 'Jane "JD" Doe',
      to: 'Zoë Ørsted',
      type: 'Tie',
      direction: 'undirected',
      strength: 3,
      source: 'stated',
    });
    const labels = new Set(k.elements.map((e) => e.label));
    assert.ok(k.connections.every((c) => labels.has(c.from) && labels.has(c.to)));
  });
});
