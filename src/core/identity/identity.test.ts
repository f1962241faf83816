import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Network } from '../model.js';
import { findDuplicates } from './duplicates.js';
import { mergePeopleInNetwork } from './merge.js';
import { nameKey, organizationKey } from './normalise.js';
import { type IncomingFragment, resolveIdentities } from './resolve.js';

const existing: Network = {
  format: 'threefold/1',
  owner: { name: 'Ada', organization: 'o:home' },
  organizations: [
    { id: 'o:home', name: 'Home Ltd' },
    { id: 'o:acme', name: 'Acme Ltd' },
  ],
  people: [
    {
      id: 'p:jane',
      name: 'Jane Doe',
      emails: ['Jane@Example.com'],
      organization: 'o:acme',
      title: 'Director',
    },
    {
      id: 'p:zoe',
      name: 'Zoë Marchbanks',
      organization: 'o:acme',
      profileUrl: 'https://www.linkedin.com/in/zoe-m',
    } as Network['people'][number],
    { id: 'p:sam', name: 'Sam Smith' },
  ],
  relationships: [{ person: 'p:jane', strength: 4, forms: ['operational'] }],
  ties: [{ a: 'p:jane', b: 'p:sam', strength: 2, source: 'stated' }],
  interactions: [{ id: 'i:1', date: '2026-01-01', people: ['p:jane'] }],
};

const fragment = (f: Partial<IncomingFragment>): IncomingFragment => ({
  people: [],
  organizations: [],
  relationships: [],
  ties: [],
  interactions: [],
  ...f,
});

describe('identity resolution', () => {
  test('keys ignore accents, case, punctuation and legal suffixes', () => {
    assert.equal(nameKey('  ZOË   Marchbanks '), nameKey('zoe marchbanks'));
    assert.equal(nameKey('Dr. Jane Doe'), nameKey('Jane Doe'));
    assert.notEqual(nameKey('J. Doe'), nameKey('Jane Doe'));
    assert.equal(organizationKey('ACME, Inc.'), organizationKey('Acme Ltd'));
  });

  test('e-mail (any case), profile address, and name + organisation match; the existing record wins and gains', () => {
    const { fragment: out, report } = resolveIdentities(
      existing,
      fragment({
        organizations: [{ id: 'o:acme-inc', name: 'ACME Inc' }],
        people: [
          {
            id: 'in:1',
            name: 'J. Doe',
            emails: ['jane@example.COM', 'jd@home.example'],
            title: 'VP',
            phones: ['123'],
          },
          {
            id: 'in:2',
            name: 'Zoe M',
            profileUrl: 'http://linkedin.com/in/ZOE-M/',
          } as IncomingFragment['people'][number],
          { id: 'in:3', name: 'zoe marchbanks', organization: 'o:acme-inc' },
        ],
        relationships: [{ person: 'in:1', since: '2019-05-01', strength: 2 }],
      }),
    );
    assert.deepEqual(
      report.matched.map((m) => [m.incoming, m.id, m.reason]),
      [
        ['J. Doe', 'p:jane', 'email'],
        ['Zoe M', 'p:zoe', 'profile'],
        ['zoe marchbanks', 'p:zoe', 'name and organisation'],
      ],
    );
    assert.equal(report.created.length, 0);
    assert.deepEqual(out.organizations, []);
    const jane = out.people.find((p) => p.id === 'p:jane')!;
    assert.equal(jane.name, 'Jane Doe');
    assert.equal(jane.title, 'Director');
    assert.deepEqual(jane.emails, ['Jane@Example.com', 'jd@home.example']);
    assert.deepEqual(jane.phones, ['123']);
    assert.deepEqual(out.relationships, [
      { person: 'p:jane', strength: 4, forms: ['operational'], since: '2019-05-01' },
    ]);
  });

  test('a name alone never merges: a new person, reported as unsure', () => {
    const { fragment: out, report } = resolveIdentities(
      existing,
      fragment({ people: [{ id: 'in:1', name: 'Sam Smith', organization: undefined }] }),
    );
    assert.deepEqual(report.created, [{ id: 'p:sam-smith', name: 'Sam Smith' }]);
    assert.deepEqual(
      report.unsure.map((u) => [u.id, u.existing, u.reason]),
      [['p:sam-smith', 'p:sam', 'same name']],
    );
    assert.equal(out.people.length, 1);
  });

  test('an e-mail and a profile pointing at two different people: unsure, not merged', () => {
    const { report } = resolveIdentities(
      existing,
      fragment({
        people: [
          {
            id: 'in:1',
            name: 'X',
            emails: ['jane@example.com'],
            profileUrl: 'https://linkedin.com/in/zoe-m',
          } as IncomingFragment['people'][number],
        ],
      }),
    );
    assert.equal(report.matched.length, 0);
    assert.equal(report.created.length, 1);
    assert.deepEqual(report.unsure.map((u) => u.existing).sort(), ['p:jane', 'p:zoe']);
  });

  test('ties keep the stronger strength; known interactions are not added twice; the same file matches itself', () => {
    const { fragment: out, report } = resolveIdentities(
      existing,
      fragment({
        people: [
          { id: 'in:1', name: 'Jane', emails: ['jane@example.com'] },
          { id: 'in:2', name: 'New Person', emails: ['new@example.com'] },
          { id: 'in:3', name: 'New P.', emails: ['NEW@example.com'] },
        ],
        ties: [{ a: 'in:1', b: 'in:2', strength: 1, source: 'observed' }],
        interactions: [
          { id: 'i:1', date: '2026-01-01', people: ['in:1'] },
          { id: 'i:2', date: '2026-01-02', people: ['in:1', 'in:2', 'in:3'] },
        ],
      }),
    );
    assert.equal(report.created.length, 1);
    assert.deepEqual(
      report.matched.map((m) => m.reason),
      ['email', 'same file'],
    );
    assert.deepEqual(out.interactions, [
      { id: 'i:2', date: '2026-01-02', people: ['p:jane', 'p:new-person'] },
    ]);
    assert.deepEqual(out.ties, [{ a: 'p:jane', b: 'p:new-person', source: 'observed', strength: 1 }]);
  });

  test('the home organisation named only by id takes the incoming name', () => {
    const bare: Network = {
      format: 'threefold/1',
      owner: { name: 'Ada', organization: 'o:imaginary-widgets' },
      people: [],
    };
    const { fragment: out } = resolveIdentities(
      bare,
      fragment({
        organizations: [
          { id: 'o:x', name: 'Imaginary Widgets Ltd' },
          { id: 'o:y', name: 'Other' },
        ],
        people: [{ id: 'in:1', name: 'A', organization: 'o:x' }],
      }),
    );
    assert.deepEqual(
      out.organizations.map((o) => [o.id, o.name]),
      [
        ['o:imaginary-widgets', 'Imaginary Widgets Ltd'],
        ['o:y', 'Other'],
      ],
    );
    assert.equal(out.people[0]!.organization, 'o:imaginary-widgets');
  });
});

describe('duplicates and merging', () => {
  const net: Network = {
    ...existing,
    people: [
      ...existing.people,
      { id: 'p:jane2', name: 'JANE DOE', emails: ['jane@example.com'] },
      { id: 'p:sam2', name: 'Samuel Smith', organization: 'o:acme' },
      { id: 'p:bob', name: 'Bob Stone' },
      { id: 'p:robert', name: 'Robert Stone' },
    ],
    ties: [
      { a: 'p:jane', b: 'p:sam', strength: 2, source: 'stated' },
      { a: 'p:jane2', b: 'p:sam', strength: 4, source: 'observed' },
      { a: 'p:jane2', b: 'p:jane', strength: 1 },
    ],
    relationships: [
      { person: 'p:jane', strength: 4 },
      { person: 'p:jane2', since: '2010-01-01', introducedBy: 'p:sam' },
    ],
    groups: [{ id: 'g:1', name: 'Club', members: ['p:jane2', 'p:jane'] }],
    interactions: [{ id: 'i:1', date: '2026-01-01', people: ['p:jane2', 'p:sam'] }],
    goals: [
      { id: 'goal:1', title: 'IPO', stakeholders: [{ person: 'p:jane2', influence: 3, stance: 'neutral' }] },
    ],
  };

  test('findDuplicates gives pairs with reasons, likely ones first', () => {
    const pairs = findDuplicates(net);
    assert.deepEqual(
      pairs.map((p) => [p.a, p.b, p.confidence, p.reasons]),
      [
        ['p:jane', 'p:jane2', 'likely', ['same e-mail jane@example.com', 'same name']],
        ['p:bob', 'p:robert', 'possible', ['first names that are short forms of one another']],
        ['p:sam', 'p:sam2', 'possible', ['first names that are short forms of one another']],
      ],
    );
  });

  test('mergePeopleInNetwork moves everything and leaves no self-tie', () => {
    const merged = mergePeopleInNetwork(net, 'p:jane', 'p:jane2');
    assert.ok(!merged.people.some((p) => p.id === 'p:jane2'));
    assert.deepEqual(merged.relationships, [
      { person: 'p:jane', strength: 4, since: '2010-01-01', introducedBy: 'p:sam' },
    ]);
    assert.deepEqual(merged.ties, [{ a: 'p:jane', b: 'p:sam', strength: 4, source: 'stated' }]);
    assert.deepEqual(merged.groups![0]!.members, ['p:jane']);
    assert.deepEqual(merged.interactions![0]!.people, ['p:jane', 'p:sam']);
    assert.deepEqual(merged.goals![0]!.stakeholders, [{ person: 'p:jane', influence: 3, stance: 'neutral' }]);
  });
});
