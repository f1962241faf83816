// The cases the other server tests leave out, so that every route has its happy path, its
// validation error naming the field, and its 404 / 409 / 413 where it can answer them
// (401 and the foreign-Origin 403 are checked for every route in security.test.ts).
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { fixtureDocument } from './test-fixture.js';
import {
  type Operation,
  apiOperations as operations,
  startFixtureServer,
  startTestServer,
  type TestServer,
} from './test-harness.js';

const ONE_MB = 1024 * 1024;

/** A POST with a chunked body (no Content-Length), so the limit is enforced while streaming. */
function postChunked(
  port: number,
  path: string,
  chunk: string,
  times: number,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: {
          host: `127.0.0.1:${port}`,
          'content-type': 'application/json',
          'transfer-encoding': 'chunked',
        },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(parts).toString() }));
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') reject(err);
    });
    const write = (left: number): void => {
      if (left === 0 || req.destroyed) {
        req.end();
        return;
      }
      if (req.write(chunk)) write(left - 1);
      else req.once('drain', () => write(left - 1));
    };
    write(times);
  });
}

describe('routes on an empty database', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  test('analysis, review, map and export answer 409 until there is an owner', async () => {
    for (const [method, path] of [
      ['GET', '/api/assess'],
      ['GET', '/api/suggest'],
      ['GET', '/api/path?to=p:1'],
      ['GET', '/api/plan'],
      ['GET', '/api/review'],
      ['POST', '/api/review'],
      ['GET', '/api/network'],
      ['GET', '/api/export'],
    ] as const) {
      const r = await server.call(method, path);
      assert.equal(r.status, 409, `${method} ${path}: ${r.text}`);
      assert.equal(r.json.error.code, 'conflict');
      assert.match(r.json.error.message, /no owner/);
    }
  });

  test('PATCH /api/owner before there is one is a 404', async () => {
    const r = await server.call('PATCH', '/api/owner', { body: { title: 'CFO' } });
    assert.equal(r.status, 404, r.text);
    assert.equal(r.json.error.code, 'not_found');
  });

  test('POST /api/sample loads the sample: 201, an owner and over a hundred people', async () => {
    const r = await server.call('POST', '/api/sample');
    assert.equal(r.status, 201, r.text);
    const status = await server.call('GET', '/api/status');
    assert.equal(status.json.empty, false);
    assert.equal(status.json.hasOwner, true);
    assert.ok(status.json.counts.people > 100, JSON.stringify(status.json.counts));
    assert.equal((await server.call('GET', '/api/owner')).json.name, 'Maya Okafor');
  });
});

describe('routes on the fixture network', () => {
  let server: TestServer;
  let ops: Operation[];
  before(async () => {
    server = await startFixtureServer();
    ops = await operations(server);
  });
  after(() => server.close());

  test('every JSON-body route answers 413 beyond 1 MB, declared or streamed', async () => {
    // POST /api/{collection} is covered in collections.test.ts.
    const targets = ops.filter(
      (op) => op.jsonBody && !(op.method === 'POST' && /^\/api\/\w+$/.test(op.path)),
    );
    assert.ok(targets.length >= 11, `${targets.length} operations`);
    for (const op of targets) {
      const r = await server.call(op.method, op.path, { body: { notes: 'x'.repeat(ONE_MB + 1) } });
      assert.equal(r.status, 413, `${op.method} ${op.path}: ${r.text}`);
      assert.equal(r.json.error.code, 'too_large');
    }
    const streamed = await postChunked(server.port, '/api/actions/k', 'x'.repeat(64 * 1024), 17);
    assert.equal(streamed.status, 413, streamed.text);
    assert.equal(JSON.parse(streamed.text).error.code, 'too_large');
    assert.equal(
      (await server.call('GET', '/api/people/p:1')).json.name,
      'Ada Inside',
      'nothing was written',
    );
  });

  test('every JSON-body route answers 400 naming `body` for a body that is not an object', async () => {
    for (const op of ops.filter((o) => o.jsonBody)) {
      for (const body of [[], 'text', 42]) {
        const r = await server.call(op.method, op.path, { body });
        assert.equal(r.status, 400, `${op.method} ${op.path} ${JSON.stringify(body)}: ${r.text}`);
        assert.equal(r.json.error.code, 'invalid_input');
        assert.equal(r.json.error.details[0].path, 'body', `${op.method} ${op.path}`);
      }
    }
  });

  test('every collection list validates its paging, sort and filters, naming the parameter', async () => {
    // people's list is covered in collections.test.ts.
    for (const [collection, query, field] of [
      ['organizations', 'limit=0', 'query.limit'],
      ['organizations', 'kind=cartel', 'query.kind'],
      ['relationships', 'sort=name', 'query.sort'],
      ['relationships', 'role=overlord', 'query.role'],
      ['relationships', 'prescribed=maybe', 'query.prescribed'],
      ['ties', 'source=rumour', 'query.source'],
      ['ties', 'minStrength=9', 'query.minStrength'],
      ['interactions', 'from=last-week', 'query.from'],
      ['interactions', 'offset=-1', 'query.offset'],
      ['groups', 'limit=1001', 'query.limit'],
      ['goals', 'sort=-colour', 'query.sort'],
      ['commitments', 'per=decade', 'query.per'],
    ] as const) {
      const r = await server.call('GET', `/api/${collection}?${query}`);
      assert.equal(r.status, 400, `${collection}?${query}: ${r.text}`);
      assert.equal(r.json.error.code, 'invalid_input');
      assert.equal(r.json.error.details[0].path, field, `${collection}?${query}`);
    }
  });

  test('interaction date filters refuse impossible dates, as every other date parameter does', async () => {
    for (const [query, field] of [
      ['from=2026-02-30', 'query.from'],
      ['to=2026-13-01', 'query.to'],
      ['from=2026-05-01junk', 'query.from'],
    ] as const) {
      const r = await server.call('GET', `/api/interactions?${query}`);
      assert.equal(r.status, 400, `${query}: ${r.text}`);
      assert.equal(r.json.error.details[0].path, field, query);
    }
  });

  test('query parameters the other tests leave out are validated too', async () => {
    for (const [method, path, field] of [
      ['GET', '/api/suggest?state=closed', 'query.state'],
      ['GET', '/api/suggest?asOf=2026-02-30', 'query.asOf'],
      ['GET', '/api/path?to=p:3&asOf=soon', 'query.asOf'],
      ['GET', '/api/plan?week=next', 'query.week'],
      ['GET', '/api/review?asOf=2026-1-1', 'query.asOf'],
      ['POST', '/api/review?asOf=tomorrow', 'query.asOf'],
      ['POST', '/api/import?filename=..%2Fescape.json', 'query.filename'],
    ] as const) {
      const r = await server.call(method, path, method === 'POST' ? { raw: '{}' } : {});
      assert.equal(r.status, 400, `${method} ${path}: ${r.text}`);
      assert.equal(r.json.error.details[0].path, field, `${method} ${path}`);
    }
  });

  test('the owner: a bad PATCH names the field, a bad PUT changes nothing', async () => {
    const before = (await server.call('GET', '/api/owner')).json;
    const patch = await server.call('PATCH', '/api/owner', { body: { level: 9 } });
    assert.equal(patch.status, 400, patch.text);
    assert.equal(patch.json.error.details[0].path, 'body.level');
    const put = await server.call('PUT', '/api/owner', {
      body: { name: 'X', organization: 'o:home', level: 0 },
    });
    assert.equal(put.status, 400, put.text);
    assert.equal(put.json.error.details[0].path, 'body.level');
    assert.deepEqual((await server.call('GET', '/api/owner')).json, before);
  });

  test('a PATCH body that breaks a field of a collection names it (people are in collections.test.ts)', async () => {
    for (const [path, body, field] of [
      ['/api/organizations/o:club', { kind: 'cartel' }, 'body.kind'],
      ['/api/ties/p:1/p:2', { source: 'rumour' }, 'body.source'],
      ['/api/interactions/i:1', { date: 'yesterday' }, 'body.date'],
    ] as const) {
      const r = await server.call('PATCH', path, { body });
      assert.equal(r.status, 400, `${path}: ${r.text}`);
      assert.equal(r.json.error.details[0].path, field, path);
    }
  });

  test('POST /api/actions/{key} names a bad state; snoozed and dismissed actions leave the open list', async () => {
    const bad = await server.call('POST', '/api/actions/k', { body: { state: 'maybe' } });
    assert.equal(bad.status, 400, bad.text);
    assert.equal(bad.json.error.details[0].path, 'body.state');
    const badUntil = await server.call('POST', '/api/actions/k', {
      body: { state: 'snoozed', until: 'later' },
    });
    assert.equal(badUntil.status, 400, badUntil.text);
    assert.equal(badUntil.json.error.details[0].path, 'body.until');

    const all = await server.call('GET', '/api/suggest?state=all&limit=500');
    assert.equal(all.status, 200, all.text);
    const keys = (all.json.actions as { key: string; state: string }[])
      .filter((a) => a.state === 'open')
      .map((a) => a.key);
    assert.ok(keys.length >= 2, `two open actions to work with: ${all.text}`);
    const [dismissKey, snoozeKey] = keys as [string, string];
    const dismissed = await server.call('POST', `/api/actions/${encodeURIComponent(dismissKey)}`, {
      body: { state: 'dismissed' },
    });
    assert.equal(dismissed.status, 200, dismissed.text);
    const snoozed = await server.call('POST', `/api/actions/${encodeURIComponent(snoozeKey)}`, {
      body: { state: 'snoozed', until: '2026-06-10' },
    });
    assert.equal(snoozed.status, 200, snoozed.text);
    assert.deepEqual(snoozed.json, {
      key: snoozeKey,
      state: 'snoozed',
      until: '2026-06-10',
      at: '2026-06-01',
    });

    const open = (await server.call('GET', '/api/suggest?state=open&limit=500')).json.actions as {
      key: string;
    }[];
    assert.ok(!open.some((a) => a.key === dismissKey), 'a dismissed action is hidden');
    assert.ok(!open.some((a) => a.key === snoozeKey), 'a snoozed action is hidden');
    const withStates = (await server.call('GET', '/api/suggest?limit=500')).json.actions as {
      key: string;
      state: string;
      until?: string;
    }[];
    assert.equal(withStates.find((a) => a.key === dismissKey)?.state, 'dismissed');
    assert.equal(withStates.find((a) => a.key === snoozeKey)?.until, '2026-06-10');
    const later = (await server.call('GET', '/api/suggest?state=open&limit=500&asOf=2026-06-10')).json
      .actions as { key: string }[];
    assert.ok(
      later.some((a) => a.key === snoozeKey),
      'the snooze ends on its date',
    );
  });

  test('GET /api/path follows known ties, and 404 for someone no chain reaches', async () => {
    const r = await server.call('GET', '/api/path?to=p:3&k=2');
    assert.equal(r.status, 200, r.text);
    const best = r.json.paths[0];
    assert.equal(best.people.at(-1), 'p:3');
    assert.ok(best.people.includes('p:2'), `Cy is reached through Ben: ${r.text}`);
    assert.ok(best.strength > 0 && best.strength <= 1, String(best.strength));
    // p:4 has no relationship and no tie.
    const unreachable = await server.call('GET', '/api/path?to=p:4');
    assert.equal(unreachable.status, 404, unreachable.text);
    assert.equal(unreachable.json.error.code, 'not_found');
  });

  test('GET /api/plan with no budget plans nothing', async () => {
    const r = await server.call('GET', '/api/plan?week=2026-06-01&budget=0');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.minutes, 0);
    assert.deepEqual(r.json.actions, []);
  });

  test('GET /api/network: the owner at the centre, a node per person, an edge per relationship and tie', async () => {
    const r = await server.call('GET', '/api/network?asOf=2026-06-01');
    assert.equal(r.status, 200, r.text);
    const doc = fixtureDocument();
    const owner = r.json.nodes.find((n: { id: string }) => n.id === 'owner');
    assert.deepEqual([owner.x, owner.y, owner.name], [0, 0, 'Dana Owner']);
    assert.equal(r.json.nodes.length, doc.people.length + 1);
    assert.equal(r.json.edges.length, doc.relationships!.length + doc.ties!.length);
    // Edges are [source, target, strength] by position in `nodes`.
    const ids: string[] = r.json.nodes.map((n: { id: string }) => n.id);
    const pairs = new Set(
      (r.json.edges as [number, number, number][]).map(([a, b, w]) => `${ids[a]}|${ids[b]}|${w}`),
    );
    for (const rel of doc.relationships!)
      assert.ok(pairs.has(`owner|${rel.person}|${rel.strength ?? 3}`), rel.person);
    for (const t of doc.ties!) assert.ok(pairs.has(`${t.a}|${t.b}|${t.strength ?? 3}`), `${t.a} ${t.b}`);
    for (const n of r.json.nodes as { id: string; x: number; y: number }[]) {
      assert.ok(Number.isFinite(n.x) && Number.isFinite(n.y), `${n.id} has a position`);
    }
    const ada = r.json.nodes.find((n: { id: string }) => n.id === 'p:1');
    assert.equal(ada.internal, true);
    assert.equal(r.json.nodes.find((n: { id: string }) => n.id === 'p:2').internal, false);
    assert.equal(r.json.version, (await server.call('GET', '/api/status')).json.dataVersion);
    const again = await server.call('GET', '/api/network?asOf=2026-06-01');
    assert.deepEqual(again.json.nodes, r.json.nodes, 'the layout is kept');
  });

  test('GET /api/names: the names of many records by id in one read, unknown ids left out', async () => {
    const doc = fixtureDocument();
    const people = doc.people.map((p) => p.id);
    const orgs = (doc.organizations ?? []).map((o) => o.id);
    const goals = (doc.goals ?? []).map((g) => g.id);
    const r = await server.call(
      'GET',
      `/api/names?people=${[...people, 'p:nobody'].join(',')}&organizations=${orgs.join(',')}&goals=${goals.join(',')}`,
    );
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.json.people, Object.fromEntries(doc.people.map((p) => [p.id, p.name])));
    assert.deepEqual(
      r.json.organizations,
      Object.fromEntries((doc.organizations ?? []).map((o) => [o.id, o.name])),
    );
    assert.deepEqual(r.json.goals, Object.fromEntries((doc.goals ?? []).map((g) => [g.id, g.title])));
    assert.deepEqual(r.json.commitments, {});
    const many = Array.from({ length: 501 }, (_, i) => `p:${i}`).join(',');
    const bad = await server.call('GET', `/api/names?people=${many}`);
    assert.equal(bad.status, 400, bad.text);
    assert.equal(bad.json.error.details[0].path, 'query.people');
  });

  test('GET /api/network?view=ego: you and your contacts as the whole map has them, with the counts', async () => {
    const whole = (await server.call('GET', '/api/network?asOf=2026-06-01')).json;
    const assessed = (await server.call('GET', '/api/assess?asOf=2026-06-01')).json;
    const r = await server.call('GET', '/api/network?asOf=2026-06-01&view=ego');
    assert.equal(r.status, 200, r.text);
    // The whole map above waited for the whole layout: this view has its places (map-layout.test.ts
    // has the view asked for before that layout is done).
    assert.equal(r.json.layout, 'whole');
    const contacts = (assessed.people as { id: string; distance: number | null }[])
      .filter((p) => p.distance === 1)
      .map((p) => p.id);
    const ids: string[] = r.json.nodes.map((n: { id: string }) => n.id);
    assert.equal(ids[0], 'owner');
    assert.deepEqual(ids.slice(1).sort(), contacts.sort());
    assert.deepEqual(r.json.view, {
      steps: 1,
      people: whole.nodes.length - 1,
      contacts: { total: contacts.length, shown: contacts.length },
      secondStep: { total: 0, shown: 0 },
    });
    // The same place, measures and cluster number as on the whole map and the person's assessment.
    assert.deepEqual(r.json.clusters, whole.clusters);
    const wholeById = new Map(whole.nodes.map((n: { id: string }) => [n.id, n]));
    const clusterOf = new Map(
      (assessed.people as { id: string; cluster: number }[]).map((p) => [p.id, p.cluster]),
    );
    for (const n of r.json.nodes as { id: string; measures: { cluster?: number } }[]) {
      assert.deepEqual(n, wholeById.get(n.id), n.id);
      if (n.id !== 'owner') assert.equal(n.measures.cluster, clusterOf.get(n.id), `${n.id}'s cluster`);
    }
    const pair = (m: { nodes: { id: string }[] }, [a, b, w]: number[]) =>
      `${m.nodes[a!]!.id}|${m.nodes[b!]!.id}|${w}`;
    const kept = new Set(ids);
    const expected = (whole.edges as number[][])
      .map((e) => pair(whole, e))
      .filter((p) => kept.has(p.split('|')[0]!) && kept.has(p.split('|')[1]!));
    assert.deepEqual((r.json.edges as number[][]).map((e) => pair(r.json, e)).sort(), expected.sort());

    const one = await server.call('GET', '/api/network?asOf=2026-06-01&view=ego&limit=1');
    assert.equal(one.json.nodes.length, 2, 'a limit of one: you and your strongest contact');
    assert.deepEqual(one.json.view.contacts, { total: contacts.length, shown: 1 });
    const two = await server.call('GET', '/api/network?asOf=2026-06-01&view=ego&steps=2');
    assert.equal(two.json.view.steps, 2);
    assert.equal(
      two.json.nodes.length,
      1 + contacts.length + two.json.view.secondStep.shown,
      'two steps: your contacts and the people they know',
    );
    // Someone beyond your contacts: the strongest path to them comes with its people on the map.
    const far = (assessed.people as { id: string; distance: number | null }[]).find(
      (p) => p.distance !== null && p.distance >= 2,
    );
    assert.ok(far, 'the fixture has someone two steps out');
    const through = await server.call('GET', `/api/network?asOf=2026-06-01&view=ego&through=${far.id}`);
    assert.equal(through.status, 200, through.text);
    const best = (await server.call('GET', `/api/path?asOf=2026-06-01&to=${far.id}&k=1`)).json.paths[0];
    assert.deepEqual(through.json.path, { people: best.people, strength: best.strength });
    const shown = new Set(through.json.nodes.map((n: { id: string }) => n.id));
    for (const id of best.people) assert.ok(shown.has(id), `${id}, on the path, is on the map`);
    assert.ok(shown.has(far.id));
    assert.equal((await server.call('GET', '/api/network?view=ego&through=p:nobody')).status, 404);
    for (const [query, field] of [
      ['view=some', 'query.view'],
      ['view=ego&steps=3', 'query.steps'],
      ['view=ego&limit=0', 'query.limit'],
    ]) {
      const bad = await server.call('GET', `/api/network?${query}`);
      assert.equal(bad.status, 400, `${query}: ${bad.text}`);
      assert.equal(bad.json.error.details[0].path, field, query);
    }
  });

  test('review: GET shows the current state, POST keeps snapshots and compares with the last', async () => {
    const first = await server.call('GET', '/api/review');
    assert.equal(first.status, 200, first.text);
    assert.deepEqual(first.json.snapshots, []);
    assert.equal(first.json.comparison, null);
    assert.ok(first.json.current, 'the current state');

    const taken = await server.call('POST', '/api/review?asOf=2026-05-01');
    assert.equal(taken.status, 201, taken.text);
    assert.equal(taken.json.snapshot.takenAt, '2026-05-01');
    assert.equal(taken.json.comparison, null, 'nothing to compare the first snapshot with');
    const second = await server.call('POST', '/api/review');
    assert.equal(second.status, 201, second.text);
    assert.notEqual(second.json.comparison, null);

    const now = await server.call('GET', '/api/review');
    assert.deepEqual(
      now.json.snapshots.map((s: { takenAt: string }) => s.takenAt),
      ['2026-05-01', '2026-06-01'],
    );
    assert.notEqual(now.json.comparison, null);
  });

  test('a GET from a foreign origin is never granted to it (no CORS), and no preflight passes', async () => {
    const origin = 'http://evil.example';
    const r = await server.call('GET', '/api/people', { headers: { origin } });
    assert.equal(r.headers['access-control-allow-origin'], undefined, 'a foreign page cannot read it');
    const preflight = await server.call('OPTIONS', '/api/people/p:1', {
      headers: { origin, 'access-control-request-method': 'DELETE' },
    });
    assert.equal(preflight.headers['access-control-allow-origin'], undefined);
    assert.equal(preflight.headers['access-control-allow-methods'], undefined);
    assert.equal((await server.call('GET', '/api/people/p:1')).status, 200, 'p:1 is still there');
  });
});
