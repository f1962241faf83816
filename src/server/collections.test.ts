import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startFixtureServer, startTestServer, type TestServer } from './test-harness.js';

interface Case {
  name: string;
  /** Path of an existing item, of a missing one. */
  existing: string;
  missing: string;
  create: Record<string, unknown>;
  /** A second create of an item that already exists. */
  duplicate: Record<string, unknown>;
  /** A body with one bad field, and that field's name. */
  invalid: [Record<string, unknown>, string];
  patch: Record<string, unknown>;
  /** A list filter that selects the existing item. */
  filter: string;
}

const CASES: Case[] = [
  {
    name: 'people',
    existing: '/api/people/p:2',
    missing: '/api/people/p:404',
    create: { id: 'p:9', name: 'Eve New', organization: 'o:club' },
    duplicate: { id: 'p:1', name: 'Ada Again' },
    invalid: [{ name: 'x', level: 9 }, 'level'],
    patch: { title: 'Chair' },
    filter: 'sector=health',
  },
  {
    name: 'organizations',
    existing: '/api/organizations/o:club',
    missing: '/api/organizations/o:404',
    create: { id: 'o:new', name: 'New Org', kind: 'association' },
    duplicate: { id: 'o:home', name: 'Home again' },
    invalid: [{ name: 'Bad', kind: 'cartel' }, 'kind'],
    patch: { sector: 'leisure' },
    filter: 'kind=club',
  },
  {
    name: 'relationships',
    existing: '/api/relationships/p:2',
    missing: '/api/relationships/p:4',
    create: { person: 'p:3', forms: ['strategic'], strength: 1 },
    duplicate: { person: 'p:1', strength: 2 },
    invalid: [{ person: 'p:3', strength: 9 }, 'strength'],
    patch: { trust: 4 },
    filter: 'form=personal',
  },
  {
    name: 'ties',
    existing: '/api/ties/p:3/p:2',
    missing: '/api/ties/p:1/p:3',
    create: { a: 'p:1', b: 'p:4', strength: 1 },
    duplicate: { a: 'p:2', b: 'p:1' },
    invalid: [{ a: 'p:1', b: 'p:3', source: 'rumour' }, 'source'],
    patch: { strength: 5 },
    filter: 'person=p:3',
  },
  {
    name: 'interactions',
    existing: '/api/interactions/i:2',
    missing: '/api/interactions/i:404',
    create: { id: 'i:3', date: '2026-05-30', kind: 'call', people: ['p:2'] },
    duplicate: { id: 'i:1', date: '2026-05-30', people: ['p:2'] },
    invalid: [{ date: '2026-02-30', people: ['p:1'] }, 'date'],
    patch: { minutes: 45 },
    filter: 'kind=meal',
  },
  {
    name: 'groups',
    existing: '/api/groups/g:1',
    missing: '/api/groups/g:404',
    create: { id: 'g:2', name: 'Alumni', kind: 'alumni', members: ['p:1'] },
    duplicate: { id: 'g:1', name: 'Again' },
    invalid: [{ name: 'x', members: 'p:1' }, 'members'],
    patch: { ownerIsMember: true },
    filter: 'member=p:3',
  },
  {
    name: 'goals',
    existing: '/api/goals/goal:1',
    missing: '/api/goals/goal:404',
    create: {
      id: 'goal:2',
      title: 'Board seat',
      stakeholders: [{ person: 'p:1', influence: 2, stance: 'champion' }],
    },
    duplicate: { id: 'goal:1', title: 'Again' },
    invalid: [{ title: 'x', due: 'soon' }, 'due'],
    patch: { due: '2027-01-01' },
    filter: 'q=market',
  },
  {
    name: 'commitments',
    existing: '/api/commitments/c:1',
    missing: '/api/commitments/c:404',
    create: { id: 'c:2', text: 'Call a mentor monthly', form: 'strategic', per: 'month', target: 1 },
    duplicate: { id: 'c:1', text: 'Again' },
    invalid: [{ text: 'x', per: 'decade' }, 'per'],
    patch: { target: 2 },
    filter: 'per=week',
  },
];

describe('collections through the real server', () => {
  let server: TestServer;
  before(async () => {
    server = await startFixtureServer();
  });
  after(() => server.close());

  for (const c of CASES) {
    test(`${c.name}: list, filter, get, create, conflict, patch, delete`, async () => {
      const list = await server.call('GET', `/api/${c.name}?limit=1`);
      assert.equal(list.status, 200, list.text);
      assert.equal(list.json.items.length, 1);
      assert.equal(list.json.limit, 1);
      assert.ok(list.json.total >= 1);

      const filtered = await server.call('GET', `/api/${c.name}?${c.filter}`);
      assert.equal(filtered.status, 200, filtered.text);
      assert.equal(filtered.json.total, 1, `${c.filter}: ${filtered.text}`);

      const got = await server.call('GET', c.existing);
      assert.equal(got.status, 200, got.text);

      const missing = await server.call('GET', c.missing);
      assert.equal(missing.status, 404, missing.text);
      assert.equal(missing.json.error.code, 'not_found');

      const created = await server.call('POST', `/api/${c.name}`, { body: c.create });
      assert.equal(created.status, 201, created.text);

      const dup = await server.call('POST', `/api/${c.name}`, { body: c.duplicate });
      assert.equal(dup.status, 409, dup.text);
      assert.equal(dup.json.error.code, 'conflict');

      const [bad, field] = c.invalid;
      const invalid = await server.call('POST', `/api/${c.name}`, { body: bad });
      assert.equal(invalid.status, 400, invalid.text);
      assert.equal(invalid.json.error.code, 'invalid_input');
      assert.ok(
        invalid.json.error.details.some((d: { path: string }) => d.path === `body.${field}`),
        `names body.${field}: ${invalid.text}`,
      );

      const patched = await server.call('PATCH', c.existing, { body: c.patch });
      assert.equal(patched.status, 200, patched.text);
      for (const [k, v] of Object.entries(c.patch)) assert.deepEqual(patched.json[k], v);
      const reread = await server.call('GET', c.existing);
      for (const [k, v] of Object.entries(c.patch)) assert.deepEqual(reread.json[k], v);

      const badPatch = await server.call('PATCH', c.existing, { body: { [field]: c.invalid[0][field] } });
      assert.equal(badPatch.status, 400, badPatch.text);
      assert.match(badPatch.json.error.details[0].path, new RegExp(`^body\\.${field}`));

      const patchMissing = await server.call('PATCH', c.missing, { body: c.patch });
      assert.equal(patchMissing.status, 404, patchMissing.text);

      const oversized = await server.call('POST', `/api/${c.name}`, {
        body: { ...c.create, notes: 'x'.repeat(1024 * 1024 + 1) },
      });
      assert.equal(oversized.status, 413, oversized.text);
      assert.equal(oversized.json.error.code, 'too_large');

      const createdPath = `/api/${c.name}/${
        c.name === 'relationships'
          ? c.create.person
          : c.name === 'ties'
            ? `${c.create.a}/${c.create.b}`
            : c.create.id
      }`;
      const deleted = await server.call('DELETE', createdPath);
      assert.equal(deleted.status, 204, deleted.text);
      const gone = await server.call('GET', createdPath);
      assert.equal(gone.status, 404, gone.text);
      const again = await server.call('DELETE', createdPath);
      assert.equal(again.status, 404, again.text);
    });
  }

  test('lists page, sort and validate their query', async () => {
    const page1 = await server.call('GET', '/api/people?limit=2&sort=name');
    const page2 = await server.call('GET', '/api/people?limit=2&offset=2&sort=name');
    assert.equal(page1.status, 200);
    assert.equal(page1.json.next, 2);
    const names = [...page1.json.items, ...page2.json.items].map((p: { name: string }) => p.name);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    const desc = await server.call('GET', '/api/people?sort=-name&limit=1');
    assert.equal(desc.json.items[0].name, names.at(-1));
    const interactions = await server.call('GET', '/api/interactions');
    assert.equal(interactions.json.items[0].id, 'i:2', 'interactions default to newest first');

    for (const [query, field] of [
      ['limit=0', 'query.limit'],
      ['limit=abc', 'query.limit'],
      ['offset=-1', 'query.offset'],
      ['sort=shoe', 'query.sort'],
      ['form=social', 'query.form'],
    ]) {
      const r = await server.call('GET', `/api/people?${query}`);
      assert.equal(r.status, 400, query);
      assert.equal(r.json.error.details[0].path, field, r.text);
    }
  });

  test('people created without an id get a readable one', async () => {
    const r = await server.call('POST', '/api/people', { body: { name: 'Zoë Ünïcode' } });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.id, 'p:zoe-unicode');
    const again = await server.call('POST', '/api/people', { body: { name: 'Zoë Ünïcode' } });
    assert.equal(again.json.id, 'p:zoe-unicode-2');
  });

  test('a merge patch removes a field with null and cannot change the key', async () => {
    const r = await server.call('PATCH', '/api/people/p:1', { body: { unit: null } });
    assert.equal(r.status, 200, r.text);
    assert.equal('unit' in r.json, false);
    const key = await server.call('PATCH', '/api/people/p:1', { body: { id: 'p:other' } });
    assert.equal(key.status, 400, key.text);
    assert.equal(key.json.error.details[0].path, 'body.id');
    const required = await server.call('PATCH', '/api/people/p:1', { body: { name: null } });
    assert.equal(required.status, 400, required.text);
    assert.equal(required.json.error.details[0].path, 'body.name');
  });

  test('a reference to a missing person is a 400 naming it, and writes nothing', async () => {
    const before = await server.call('GET', '/api/ties?limit=1000');
    const r = await server.call('POST', '/api/ties', { body: { a: 'p:1', b: 'p:nobody' } });
    assert.equal(r.status, 400, r.text);
    assert.match(r.json.error.message, /p:nobody/);
    const afterwards = await server.call('GET', '/api/ties?limit=1000');
    assert.equal(afterwards.json.total, before.json.total);
  });

  test('deleting a person removes their relationship, ties and memberships', async () => {
    await server.call('POST', '/api/people', { body: { id: 'p:gone', name: 'Soon Gone' } });
    await server.call('POST', '/api/relationships', { body: { person: 'p:gone', strength: 2 } });
    await server.call('POST', '/api/ties', { body: { a: 'p:gone', b: 'p:1' } });
    const del = await server.call('DELETE', '/api/people/p:gone');
    assert.equal(del.status, 204, del.text);
    assert.equal((await server.call('GET', '/api/relationships/p:gone')).status, 404);
    assert.equal((await server.call('GET', '/api/ties?person=p:gone')).json.total, 0);
  });

  test('JSON bodies need a JSON content type and valid JSON', async () => {
    const wrongType = await server.call('POST', '/api/people', {
      raw: '{"name":"x"}',
      headers: { 'content-type': 'text/plain' },
    });
    assert.equal(wrongType.status, 400, wrongType.text);
    const broken = await server.call('POST', '/api/people', {
      raw: '{"name":',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(broken.status, 400, broken.text);
    assert.equal(broken.json.error.details[0].path, 'body');
  });

  test('user text comes back as data, never as markup', async () => {
    const r = await server.call('GET', '/api/people/p:4');
    assert.equal(r.json.name, '<img src=x onerror=alert(1)>');
    assert.match(String(r.headers['content-type']), /^application\/json/);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
  });
});

describe('a network started from the API alone', () => {
  test('the owner names a home organisation first; adding others keeps it and later writes work', async () => {
    const server = await startTestServer();
    try {
      const owner = await server.call('PUT', '/api/owner', {
        body: { name: 'Ada Lind', organization: 'o:home' },
      });
      assert.equal(owner.status, 200, owner.text);
      const other = await server.call('POST', '/api/organizations', {
        body: { id: 'o:other', name: 'Other' },
      });
      assert.equal(other.status, 201, other.text);
      const person = await server.call('POST', '/api/people', {
        body: { name: 'Bo', organization: 'o:other' },
      });
      assert.equal(person.status, 201, person.text);
      const orgs = await server.call('GET', '/api/organizations?sort=id');
      assert.deepEqual(
        orgs.json.items.map((o: { id: string }) => o.id),
        ['o:home', 'o:other'],
      );
    } finally {
      await server.close();
    }
  });
});
