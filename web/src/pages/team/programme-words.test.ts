import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeMix, ofLeaders, placedTogetherWords, tooFewWords } from './programme-words';

test('describeMix says how mixed the groups are against the ceiling, with the measure', () => {
  assert.equal(
    describeMix('unit', 0.6, 0.6),
    "Units are as mixed as these participants allow (Blau's index 0.6 of a possible 0.6).",
  );
  assert.equal(
    describeMix('sector', 0.25, 0.5),
    "Sectors are mixed to 50% of what these participants allow (Blau's index 0.25 of a possible 0.5).",
  );
  assert.equal(
    describeMix('function', 0, 0),
    'Every participant gave the same function, or none: groups cannot mix functions.',
  );
});

test('tooFewWords gives the count and the reason', () => {
  assert.equal(
    tooFewWords(4, 5),
    "Only 4 leaders in this programme have a network yet. The cohort is shown from 5 leaders up, so that no one leader's diagnosis can be read off this page.",
  );
  assert.match(tooFewWords(1, 5), /^Only 1 leader in this programme has a network yet\./);
  assert.match(tooFewWords(0, 5), /^No leader in this programme has a network yet\./);
});

test('ofLeaders counts and rounds', () => {
  assert.equal(ofLeaders(3, 5), '3 of 5 leaders (60%)');
  assert.equal(ofLeaders(1, 6), '1 of 6 leaders (17%)');
});

test('placedTogetherWords says who is placed with whom and why, in words', () => {
  assert.equal(
    placedTogetherWords({ group: 0, names: ['Ana', 'Ben'], units: ['Legal', 'Sales'], why: 'silo' }),
    'Ana is placed with Ben because their units (Legal and Sales) rarely work together: Legal works mostly within itself.',
  );
  assert.equal(
    placedTogetherWords({ group: 1, names: ['Cy', 'Di'], units: ['Ops', 'Audit'], why: 'no ties' }),
    "Cy is placed with Di because their units (Ops and Audit) rarely work together: the organisation's data shows no working tie between them.",
  );
});
