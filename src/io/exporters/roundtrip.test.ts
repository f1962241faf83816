// Property: a network exported to GEXF, GraphML, vCard or the threefold/1 document and read back
// (the same parser, identity resolution and validation `threefold import` uses) is the network
// it came from, as far as the format can carry it:
// - json: everything (the document is the network).
// - gexf, graphml: people (name, e-mails, organisation by name, title, unit), the owner's
//   relationships with their strength, ties between people with their strength. Not carried:
//   a tie's source (it comes back `imported`), relationship forms and dates, interactions,
//   goals, groups, phones, notes, tags.
// - vcard: people (name, e-mails, organisation by name, title, phones, tags, notes); no ties,
//   no relationship strength, no unit.
// Names are generated distinct (as `nameKey` compares them): two different people with the same
// name in the same organisation and no e-mail are, by design, one person when a file is read.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { nameKey, organizationKey } from '../../core/identity/normalise.js';
import { generateNetwork } from '../../core/sample/index.js';
import { mergeDocuments } from '../../document/merge.js';
import type { Person, ThreefoldDocument } from '../../document/schema.js';
import { validateDocument } from '../../document/validate.js';
import { parseJson } from '../document-file.js';
import { planFormatImport } from '../format-import.js';
import { parseText } from '../formats/index.js';
import { exportAs } from './index.js';

type GraphFormat = 'gexf' | 'graphml' | 'vcard';

const OWNER = { name: 'Ada Leader', organization: 'o:home' };

/** Reads `text` into a network holding only the owner (a fresh database after `init`). */
function reimport(format: GraphFormat, text: string): ThreefoldDocument {
  const fresh: ThreefoldDocument = { format: 'threefold/1', owner: OWNER, people: [] };
  const parsed = parseText(text, format);
  assert.deepEqual(parsed.problems, [], `${format}: problems`);
  const { doc } = planFormatImport(fresh, parsed, { file: `net.${format}` });
  return mergeDocuments(fresh, doc).document;
}

/** What a format carries, keyed by name (ids are given afresh on import). */
function view(doc: ThreefoldDocument, format: GraphFormat) {
  const orgName = new Map((doc.organizations ?? []).map((o) => [o.id, o.name]));
  const nameOf = new Map(doc.people.map((p) => [p.id, p.name]));
  const graph = format !== 'vcard';
  const people = doc.people
    .map((p) => ({
      name: p.name,
      emails: p.emails ?? [],
      organization: p.organization ? organizationKey(orgName.get(p.organization) ?? '') : '',
      title: p.title ?? '',
      ...(graph
        ? { unit: p.unit ?? '' }
        : { phones: p.phones ?? [], tags: p.tags ?? [], notes: p.notes ?? '' }),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (!graph) return { people };
  const relationships = (doc.relationships ?? [])
    .map((r) => `${nameOf.get(r.person)}=${r.strength ?? ''}`)
    .sort();
  const ties = (doc.ties ?? [])
    .map((t) => {
      const [a, b] = [nameOf.get(t.a)!, nameOf.get(t.b)!].sort();
      return `${a}|${b}=${t.strength ?? ''}`;
    })
    .sort();
  return { people, relationships, ties };
}

// Text as people type it: letters of several scripts, spaces inside, no control characters and
// no surrounding or repeated white space (readers collapse those, as they should).
const word = fc
  .array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzÆØÅéüñçßŁłŽžΑβγДжя中文字あア'.split('')), {
    minLength: 1,
    maxLength: 8,
  })
  .map((cs) => cs.join(''));
const phrase = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
const awkward = fc.constantFrom(
  '',
  ' & Co',
  ', Inc.',
  ' "Quoted"',
  ' <b>',
  " O'Brien",
  ' ; semi',
  ' = sum',
  ' \\ back',
);

const networkArb = fc
  .record({
    names: fc.uniqueArray(fc.tuple(phrase, awkward), {
      minLength: 1,
      maxLength: 25,
      selector: ([p, a]) => nameKey(`${p}${a}`),
    }),
    orgs: fc.uniqueArray(phrase, { minLength: 1, maxLength: 5, selector: (o) => organizationKey(o) }),
    picks: fc.array(
      fc.record({
        org: fc.option(fc.nat(), { nil: undefined }),
        email: fc.boolean(),
        title: fc.option(phrase, { nil: undefined }),
        unit: fc.option(phrase, { nil: undefined }),
        strength: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
        phone: fc.option(fc.stringMatching(/^\+?[0-9]{1,4}( [0-9]{2,4}){1,3}$/), { nil: undefined }),
        tags: fc.uniqueArray(word, { maxLength: 3, selector: (t) => t.toLowerCase() }),
        notes: fc.option(
          fc.array(phrase, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n')),
          {
            nil: undefined,
          },
        ),
      }),
      { minLength: 25, maxLength: 25 },
    ),
    ties: fc.array(
      fc.tuple(fc.nat(), fc.nat(), fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined })),
      {
        maxLength: 60,
      },
    ),
  })
  .filter(({ names }) => names.every(([p, a]) => nameKey(`${p}${a}`) !== ''))
  .map(({ names, orgs, picks, ties }): ThreefoldDocument => {
    const organizations = [
      { id: 'o:home', name: 'Home Company' },
      ...orgs
        .filter((o) => !['', 'home company'].includes(organizationKey(o)))
        .map((name, i) => ({ id: `o:${i}`, name })),
    ];
    const people: Person[] = names.map(([p, a], i) => {
      const pick = picks[i]!;
      const person: Person = { id: `p:${i}`, name: `${p}${a}` };
      if (pick.email) person.emails = [`person${i}@example.org`];
      if (pick.org !== undefined && organizations.length > 0)
        person.organization = organizations[pick.org % organizations.length]!.id;
      if (pick.title) person.title = pick.title;
      if (pick.unit) person.unit = pick.unit;
      if (pick.phone) person.phones = [pick.phone];
      if (pick.tags.length > 0) person.tags = pick.tags;
      if (pick.notes) person.notes = pick.notes;
      return person;
    });
    const relationships = people.map((p, i) => {
      const s = picks[i]!.strength;
      return s ? { person: p.id, strength: s } : { person: p.id };
    });
    const pairs = new Map<string, { a: string; b: string; strength?: number; source: 'stated' }>();
    for (const [x, y, strength] of ties) {
      const [a, b] = [x % people.length, y % people.length].sort((m, n) => m - n) as [number, number];
      if (a === b) continue;
      pairs.set(`${a}-${b}`, {
        a: `p:${a}`,
        b: `p:${b}`,
        ...(strength ? { strength } : {}),
        source: 'stated',
      });
    }
    return validateDocument({
      format: 'threefold/1',
      owner: OWNER,
      organizations,
      people,
      relationships,
      ties: [...pairs.values()],
    });
  });

/** Ties in a graph file carry one weight scale: all 1-5, or all absent, keep them as they are. */
function sameView(original: ThreefoldDocument, format: GraphFormat) {
  const text = exportAs(format, original, { date: '2026-06-01' });
  assert.deepEqual(view(reimport(format, text), format), view(original, format), format);
}

describe('exports re-import to the same network (fast-check)', () => {
  for (const format of ['gexf', 'graphml', 'vcard'] as const) {
    test(`${format}: random networks come back with the same people, relationships and ties`, () => {
      fc.assert(
        fc.property(networkArb, (doc) => sameView(doc, format)),
        { numRuns: 60 },
      );
    });

    test(`${format}: generated sample networks of random size and seed come back the same`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 2 ** 31 - 1 }),
          fc.integer({ min: 2, max: 60 }),
          (seed, size) => {
            const doc = generateNetwork({ people: size, seed, asOf: '2026-06-01' }) as ThreefoldDocument;
            sameView(doc, format);
          },
        ),
        { numRuns: 15 },
      );
    });

    test(`${format}: reading an export back into the network it came from changes nothing`, () => {
      fc.assert(
        fc.property(networkArb, (doc) => {
          const parsed = parseText(exportAs(format, doc, { date: '2026-06-01' }), format);
          const { summary } = planFormatImport(doc, parsed, { file: `net.${format}` });
          for (const c of ['people', 'organizations', 'relationships', 'ties'] as const) {
            assert.equal(summary.collections[c].created, 0, `${format} ${c} created`);
            assert.equal(summary.collections[c].merged, 0, `${format} ${c} merged`);
          }
          assert.deepEqual(summary.unsure, []);
        }),
        { numRuns: 40 },
      );
    });
  }

  test('json: the document comes back equal, field for field', () => {
    fc.assert(
      fc.property(networkArb, fc.integer({ min: 1, max: 2 ** 31 - 1 }), (doc, seed) => {
        assert.deepEqual(validateDocument(parseJson(`${JSON.stringify(doc, null, 2)}\n`, 'net.json')), doc);
        const sample = generateNetwork({ people: 1 + (seed % 80), seed }) as ThreefoldDocument;
        assert.deepEqual(validateDocument(parseJson(JSON.stringify(sample), 'sample.json')), sample);
      }),
      { numRuns: 40 },
    );
  });
});
