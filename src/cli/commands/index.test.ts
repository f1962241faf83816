import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildProgram, commandName } from '../main.js';
import { commandsFor, FAMILIES } from './index.js';

test('the family table names exactly the top-level commands the families register', async () => {
  const { program, close } = await buildProgram(['--db', ':memory:']);
  close();
  const registered = program.commands.flatMap((c) => [c.name(), ...c.aliases()]).sort();
  assert.deepEqual(registered, FAMILIES.flatMap((f) => f.commands).sort());
});

test('a command line loads only the family of its command', async () => {
  assert.equal((await commandsFor('assess')).length, 1);
  assert.equal((await commandsFor('people')).length, 2); // the collections and people duplicates/merge
  // Help and unknown commands see every family, so commander can list or suggest them.
  assert.equal((await commandsFor(undefined)).length, 13); // backup, triage, account, migrate/worker, push/pull and company are families of their own
  assert.equal((await commandsFor('asess')).length, 13);
});

test('the command name skips options and the --db value', () => {
  assert.equal(commandName(['--db', 'assess.db', 'assess', '--json']), 'assess');
  assert.equal(commandName(['--json', 'path', '--to', 'p:1']), 'path');
  assert.equal(commandName(['--help']), undefined);
});
