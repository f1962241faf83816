import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeParts, homeFor, leaderHref, programmeHref, sentence, teamPage, teamSections } from './paths';

test('describeParts says what a coach sees, and whether names come with it', () => {
  assert.equal(describeParts(['diagnosis']), 'the diagnosis and its trend, without names');
  assert.equal(describeParts(['plan', 'names']), "this week's plan, with names");
  assert.equal(
    describeParts(['diagnosis', 'plan', 'names']),
    "the diagnosis and its trend and this week's plan, with names",
  );
  assert.equal(describeParts(['names']), 'nothing', 'names alone show nothing');
  assert.equal(
    describeParts(['diagnosis', 'plan'], 1),
    "the diagnosis and its trend and one goal and this week's plan, without names",
  );
  assert.equal(describeParts(['diagnosis'], 3), 'the diagnosis and its trend and 3 goals, without names');
  assert.equal(
    describeParts(['plan'], 2),
    "this week's plan, without names",
    'goals come with the diagnosis',
  );
  assert.equal(describeParts([]), 'nothing');
});

test('each role has its own nav entries and start page', () => {
  assert.deepEqual(
    teamSections('leader').map((s) => s.label),
    ['Sharing', 'Programmes'],
  );
  assert.deepEqual(
    teamSections('coach').map((s) => s.label),
    ['My leaders', 'Invite'],
  );
  assert.deepEqual(
    teamSections('admin').map((s) => s.label),
    ['Programmes', 'Invite'],
  );
  assert.deepEqual(teamSections(undefined), []);
  assert.deepEqual(
    [homeFor('leader'), homeFor('coach'), homeFor('admin')],
    ['/', '/team/leaders', '/team/invite'],
  );
});

test('team paths name their page; a leader’s page belongs to My leaders', () => {
  const id = '0b8c6a2e-1f7d-4e57-9d1c-2a4b5c6d7e8f';
  assert.equal(leaderHref(id), `/team/leaders/${id}`);
  assert.deepEqual(teamPage(leaderHref(id)), { title: 'Leader', section: '/team/leaders' });
  assert.deepEqual(teamPage('/team/sharing'), { title: 'Sharing', section: '/team/sharing' });
  assert.equal(programmeHref(id), `/team/programmes/${id}`);
  assert.deepEqual(teamPage(programmeHref(id)), { title: 'Programme', section: '/team/programmes' });
  assert.deepEqual(teamPage('/team/programmes'), { title: 'Programmes', section: '/team/programmes' });
  assert.equal(teamPage('/team'), undefined);
  assert.equal(teamPage('/people'), undefined);
});

test('sentence turns an API message into a sentence', () => {
  assert.equal(
    sentence('no coach has an account with that address'),
    'No coach has an account with that address.',
  );
  assert.equal(sentence('Try again?'), 'Try again?');
  assert.equal(sentence('  '), '');
});
