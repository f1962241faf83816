import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changeRows, headline, type ImportResult } from './summary';

// Shapes recorded from POST /api/import: a threefold document into an empty database, and a
// vCard merged into one that already held its people (the importer adds what it matched).
const DOCUMENT: ImportResult = {
  mode: 'new',
  changes: {
    organizations: { created: 2, updated: 0, unchanged: 0 },
    people: { created: 13, updated: 0, unchanged: 0 },
    groups: { created: 0, updated: 0, unchanged: 0 },
    goals: { created: 1, updated: 0, unchanged: 0 },
  },
};
const VCARD_AGAIN: ImportResult = {
  format: 'vcard',
  mode: 'merge',
  people: { created: 0, matched: 3 },
  interactions: { new: 0, alreadyThere: 0 },
  changes: {
    people: { created: 0, updated: 0, unchanged: 3 },
    relationships: { created: 0, updated: 1, unchanged: 2 },
    ties: { created: 0, updated: 0, unchanged: 0 },
  },
};

describe('changeRows', () => {
  it('keeps the collections the import touched, in the order the server gave', () => {
    assert.deepEqual(
      changeRows(DOCUMENT).map((r) => r.collection),
      ['organizations', 'people', 'goals'],
    );
    assert.deepEqual(
      changeRows(VCARD_AGAIN).map((r) => r.collection),
      ['people', 'relationships'],
    );
  });
  it('reads missing or malformed counts as zero and skips empty entries', () => {
    const odd = { changes: { people: { created: 2 }, ties: null } } as unknown as ImportResult;
    assert.deepEqual(changeRows(odd), [
      { collection: 'people', change: { created: 2, updated: 0, unchanged: 0 } },
    ]);
    assert.deepEqual(changeRows({}), []);
  });
});

describe('headline', () => {
  it('starts with "Imported" and names what is new', () => {
    assert.equal(headline(changeRows(DOCUMENT)), 'Imported (new: 2 organizations, 13 people, 1 goal)');
  });
  it('counts updates when nothing is new', () => {
    assert.equal(headline(changeRows(VCARD_AGAIN)), 'Imported (1 record updated)');
  });
  it('says so when everything was already there', () => {
    const same = { changes: { people: { created: 0, updated: 0, unchanged: 3 } } };
    assert.equal(headline(changeRows(same)), 'Imported: nothing new, everything was already there');
  });
});
