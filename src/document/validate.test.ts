import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ThreefoldError } from '../errors.js';
import { DATASETS, datasetDocument } from '../test-support/datasets.js';
import { fullDocument } from '../test-support/documents.js';
import { isIsoDate } from './dates.js';
import { validateDocument } from './validate.js';

// Tests break documents in arbitrary ways, so the mutators take an untyped document.
// biome-ignore lint/suspicious/noExplicitAny: deliberately untyped test input
type Loose = any;

function rejects(mutate: (doc: Loose) => void, path: string, messagePart?: string) {
  const doc = fullDocument();
  mutate(doc);
  assert.throws(
    () => validateDocument(doc),
    (err: unknown) => {
      assert.ok(err instanceof ThreefoldError, 'a ThreefoldError');
      assert.equal(err.code, 'invalid_input');
      const detail = err.details.find((d) => d.path === path);
      assert.ok(detail, `a detail at ${path}; got ${JSON.stringify(err.details)}`);
      if (messagePart) assert.match(detail.message, new RegExp(messagePart));
      assert.match(err.message, new RegExp(path.replace(/[[\].]/g, '\\$&')));
      return true;
    },
  );
}

describe('validateDocument accepts', () => {
  test('a document using every field', () => {
    const doc = validateDocument(fullDocument());
    assert.equal(doc.people.length, 3);
    assert.equal(doc.relationships?.[0]?.introducedBy, 'p:2');
  });
  test('the minimal document', () => {
    validateDocument({ format: 'threefold/1', owner: { name: 'A', organization: 'o:x' }, people: [] });
  });
  for (const name of DATASETS) {
    test(`the ${name} dataset as a document`, () => {
      const doc = validateDocument(datasetDocument(name));
      assert.ok(doc.people.length > 10);
    });
  }
  test('keeps unknown fields (so they can be stored as extras), never fatal', () => {
    const input = fullDocument() as Loose;
    input.people[0].nickname = 'JD';
    input.x_custom = { a: 1 };
    const doc = validateDocument(input) as Loose;
    assert.equal(doc.people[0].nickname, 'JD');
    assert.deepEqual(doc.x_custom, { a: 1 });
  });
});

describe('validateDocument rejects, naming the path', () => {
  test('a wrong format string', () => rejects((d) => (d.format = 'threefold/2'), 'format', 'threefold/1'));
  test('a missing owner', () => rejects((d) => delete d.owner, 'owner'));
  test('a missing owner name', () => rejects((d) => delete d.owner.name, 'owner.name'));
  test('missing people', () => rejects((d) => delete d.people, 'people'));
  test('a person without a name', () => rejects((d) => delete d.people[1].name, 'people[1].name'));
  test('a blank name', () => rejects((d) => (d.people[1].name = '   '), 'people[1].name', 'empty'));
  test('a name over 200 characters', () =>
    rejects((d) => (d.people[0].name = 'x'.repeat(201)), 'people[0].name', '200'));
  test('notes over 20,000 characters', () =>
    rejects((d) => (d.people[0].notes = 'x'.repeat(20_001)), 'people[0].notes', '20000'));
  test('a duplicate person id', () =>
    rejects((d) => (d.people[2].id = 'p:1'), 'people[2].id', 'duplicate id "p:1"'));
  test('a duplicate organization id', () =>
    rejects((d) => (d.organizations[1].id = 'o:acme'), 'organizations[1].id', 'duplicate'));
  test('a duplicate interaction id', () =>
    rejects((d) => d.interactions.push({ ...d.interactions[0] }), 'interactions[1].id', 'duplicate'));
  test('a reference to a missing person', () =>
    rejects((d) => (d.relationships[1].person = 'p:99'), 'relationships[1].person', 'no person "p:99"'));
  test('a reference to a missing organization', () =>
    rejects(
      (d) => (d.people[1].organization = 'o:nope'),
      'people[1].organization',
      'no organization "o:nope"',
    ));
  test("an owner's organization that is not listed", () =>
    rejects((d) => (d.owner.organization = 'o:nope'), 'owner.organization', 'no organization'));
  test('a missing introducer', () =>
    rejects((d) => (d.relationships[0].introducedBy = 'p:42'), 'relationships[0].introducedBy'));
  test('a second relationship with the same person', () =>
    rejects(
      (d) => d.relationships.push({ person: 'p:1' }),
      'relationships[2].person',
      'second relationship',
    ));
  test('a tie of a person with themself', () =>
    rejects((d) => d.ties.push({ a: 'p:3', b: 'p:3' }), 'ties[1]', 'themself'));
  test('the same pair tied twice, in either order', () =>
    rejects((d) => d.ties.push({ a: 'p:2', b: 'p:1' }), 'ties[1]', 'second tie'));
  test('a tie to a missing person', () => rejects((d) => (d.ties[0].b = 'p:0'), 'ties[0].b', 'no person'));
  test('a group member that does not exist', () =>
    rejects((d) => d.groups[0].members.push('p:9'), 'groups[0].members[1]'));
  test('an interaction naming a missing person', () =>
    rejects((d) => (d.interactions[0].people[1] = 'p:9'), 'interactions[0].people[1]'));
  test('an interaction with nobody', () =>
    rejects((d) => (d.interactions[0].people = []), 'interactions[0].people', 'at least one'));
  test('a stakeholder who does not exist', () =>
    rejects((d) => (d.goals[0].stakeholders[0].person = 'p:9'), 'goals[0].stakeholders[0].person'));
  test('strength out of range', () =>
    rejects((d) => (d.relationships[0].strength = 6), 'relationships[0].strength'));
  test('strength not a whole number', () => rejects((d) => (d.ties[0].strength = 2.5), 'ties[0].strength'));
  test('trust out of range', () => rejects((d) => (d.relationships[0].trust = -1), 'relationships[0].trust'));
  test('organization trust out of range', () =>
    rejects((d) => (d.organizations[0].trust = 9), 'organizations[0].trust'));
  test('support out of range', () =>
    rejects((d) => (d.relationships[0].support = 6), 'relationships[0].support'));
  test('influence out of range', () =>
    rejects((d) => (d.goals[0].stakeholders[0].influence = 0), 'goals[0].stakeholders[0].influence'));
  test('level out of range', () => rejects((d) => (d.people[0].level = 7), 'people[0].level'));
  test('a date that does not parse', () =>
    rejects((d) => (d.interactions[0].date = '01/10/2026'), 'interactions[0].date', 'ISO 8601'));
  test('an impossible date', () =>
    rejects((d) => (d.relationships[0].since = '2026-02-30'), 'relationships[0].since'));
  test('a bad support date', () =>
    rejects((d) => (d.organizations[0].support[0].date = 'yesterday'), 'organizations[0].support[0].date'));
  test('an unknown form', () =>
    rejects((d) => (d.relationships[0].forms = ['tactical']), 'relationships[0].forms[0]'));
  test('an unknown role', () =>
    rejects((d) => (d.relationships[0].roles = ['boss']), 'relationships[0].roles[0]'));
  test('an unknown organization kind', () =>
    rejects((d) => (d.organizations[0].kind = 'guild'), 'organizations[0].kind'));
  test('an unknown interaction kind', () =>
    rejects((d) => (d.interactions[0].kind = 'party'), 'interactions[0].kind'));
  test('an unknown stance', () =>
    rejects((d) => (d.goals[0].stakeholders[0].stance = 'hostile'), 'goals[0].stakeholders[0].stance'));
  test('an unknown direction', () =>
    rejects((d) => (d.interactions[0].direction = 'took'), 'interactions[0].direction'));
  test('an unknown value', () =>
    rejects((d) => (d.interactions[0].value = ['gold']), 'interactions[0].value[0]'));
  test('an unknown tie source', () => rejects((d) => (d.ties[0].source = 'guessed'), 'ties[0].source'));
  test('an unknown support kind', () =>
    rejects((d) => (d.organizations[0].support[0].kind = 'hug'), 'organizations[0].support[0].kind'));
  test('a document that is not an object', () => {
    assert.throws(() => validateDocument([]), ThreefoldError);
    assert.throws(() => validateDocument(null), ThreefoldError);
  });
  test('reports several problems at once, with a count', () => {
    const doc = fullDocument() as Loose;
    doc.ties[0].b = 'p:77';
    doc.relationships[1].person = 'p:88';
    assert.throws(
      () => validateDocument(doc),
      (err: ThreefoldError) => err.details.length === 2 && /1 more problem/.test(err.message),
    );
  });
});

test('isIsoDate', () => {
  for (const ok of [
    '2026-03-01',
    '2026-03-01T09:30:00Z',
    '2024-02-29',
    '2026-03-01T09:30:00.123+02:00',
    '2026-03-01T09:30',
  ])
    assert.ok(isIsoDate(ok), ok);
  for (const bad of ['2026-3-1', '2025-02-29', '2026-13-01', '2026-03-01T25:00:00Z', 'soon', ''])
    assert.ok(!isIsoDate(bad), bad);
});
