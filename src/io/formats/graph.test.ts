import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LIMITS, overLimit } from '../../core/vocabulary.js';
import { readFixture } from '../../test-support/fixtures.js';
import { graphToResult } from './graph-common.js';
import { detectFormat, parseFile, parseText } from './index.js';

const read = (name: string) => parseFile(readFixture('graph', name), { fileName: name });

describe('GEXF and GraphML', () => {
  test('Gephi data.gexf: labels as names, unweighted edges as ties without strength', () => {
    const r = read('gexf-1.3-data.gexf');
    assert.equal(r.format, 'gexf');
    assert.deepEqual(
      r.fragment.people.map((p) => p.name),
      ['Gephi', 'Webatlas', 'RTGI', 'BarabasiLab'],
    );
    assert.equal(r.fragment.ties.length, 4);
    assert.ok(r.fragment.ties.every((t) => t.strength === undefined && t.source === 'imported'));
    assert.equal(r.fragment.relationships.length, 4);
  });

  test('Les Misérables (GEXF 1.1 and GraphML): 77 people, 254 ties, weights scaled to 1..5', () => {
    for (const name of ['les_miserables.gexf', 'miserables.graphml']) {
      const r = read(name);
      assert.deepEqual(r.problems, [], name);
      assert.equal(r.fragment.people.length, 77, name);
      assert.equal(r.fragment.ties.length, 254, name);
      assert.ok(r.fragment.people.some((p) => p.name === 'Valjean'));
      const strengths = r.fragment.ties.map((t) => t.strength ?? 0);
      assert.ok(
        strengths.every((s) => s >= 1 && s <= 5),
        name,
      );
      assert.equal(Math.max(...strengths), 5);
    }
    const g = read('les_miserables.gexf');
    const id = (n: string) => g.fragment.people.find((p) => p.name === n)!.id;
    // Valjean and Cosette share the heaviest co-appearance weight (31): the strongest tie.
    const vc = g.fragment.ties.find(
      (t) => [t.a, t.b].sort().join() === [id('Valjean'), id('Cosette')].sort().join(),
    );
    assert.equal(vc?.strength, 5);
  });

  test('graphology fixtures: basic, v1.3, simple, viz, attributes', () => {
    assert.deepEqual(
      read('basic.gexf').fragment.people.map((p) => p.name),
      ['Suzy, Ghost', 'John, Appleseed'],
    );
    assert.deepEqual(
      read('v1_3.gexf').fragment.people.map((p) => p.name),
      ['Suzy', 'John'],
    );
    assert.deepEqual(
      read('gexf-1.3-simple.gexf').fragment.people.map((p) => p.name),
      ['Hello', 'Word'],
    );
    assert.deepEqual(
      read('gexf-1.3-viz.gexf').fragment.people.map((p) => p.name),
      ['glossy'],
    );
    const a = read('attributes.graphml');
    assert.equal(a.fragment.people.length, 6);
    assert.equal(a.fragment.ties.length, 7);
  });

  test('an edge to a missing node is a problem; broken XML an invalid_input with the line', () => {
    const text =
      '<?xml version="1.0"?>\n<graphml><graph><node id="a"/>\n<edge source="a" target="zz"/></graph></graphml>';
    assert.equal(detectFormat(text), 'graphml');
    const r = parseText(text, 'graphml');
    assert.deepEqual(r.problems, [{ record: 'edge at line 3', reason: 'no node "zz"' }]);
    assert.throws(
      () => parseText('<gexf>\n<graph><nodes><node id="a">\n</gexf>', 'gexf'),
      (e: Error & { code?: string }) => e.code === 'invalid_input' && /line \d/.test(e.message),
    );
  });

  test('yEd: people are named by the <y:NodeLabel> of their ShapeNode or GenericNode', () => {
    const r = read('yed-labels.graphml');
    assert.equal(r.format, 'graphml');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(
      r.fragment.people.map((p) => p.name),
      ['Ada Lovelace', 'Charles Babbage', 'Mary Somerville', 'n3'],
      'a node with an empty label keeps its id',
    );
    assert.equal(r.fragment.ties.length, 3);
    const yfiles = read('yfiles-2.7-networkx.graphml');
    assert.deepEqual(
      yfiles.fragment.people.map((p) => [p.name, p.ref]),
      [
        ['1', 'n0'],
        ['2', 'n1'],
      ],
    );
    assert.deepEqual(yfiles.fragment.ties, [{ a: 'in:1', b: 'in:2', source: 'imported' }]);
  });

  test('a GEXF whose root element comes after more than 16 KB of comments is still recognised', () => {
    const real = readFixture('graph', 'gexf-1.3-simple.gexf').toString('utf8');
    const prolog = real.indexOf('?>') + 2;
    const comments = Array.from({ length: 400 }, (_, i) => `<!-- comment ${i}: ${'x'.repeat(40)} -->`).join(
      '\n',
    );
    const late = `${real.slice(0, prolog)}\n${comments}\n${real.slice(prolog)}`;
    assert.ok(late.indexOf('<gexf') > 16_384);
    assert.equal(detectFormat(late), 'gexf');
    const r = parseFile(Buffer.from(late), { fileName: 'late.xml' });
    assert.deepEqual(
      r.fragment.people.map((p) => p.name),
      ['Hello', 'Word'],
    );
    assert.equal(detectFormat('<?xml version="1.0"?>\n<!-- x -->\n<svg/>'), undefined);
  });

  test('one set of limits: a graph of more people than a document holds is refused before any is built', () => {
    const attributes = new Map<string, string>();
    const nodes = Array.from({ length: LIMITS.people + 1 }, (_, i) => ({ id: `n${i}`, attributes }));
    assert.throws(
      () => graphToResult('graphml', nodes, []),
      (e: Error & { code?: string }) =>
        e.code === 'invalid_input' &&
        e.message === 'GraphML file with 1000001 people, more than the 1000000 a network can hold',
    );
    assert.equal(overLimit({ people: LIMITS.people, ties: LIMITS.ties }), undefined);
    assert.equal(
      overLimit({ people: 10, ties: LIMITS.ties + 1 }),
      `${LIMITS.ties + 1} ties, more than the ${LIMITS.ties} a network can hold`,
    );
    assert.equal(
      overLimit({ interactions: LIMITS.interactions + 1 })?.startsWith('5000001 interactions'),
      true,
    );
  });
});
