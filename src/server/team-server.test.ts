import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runCli } from '../cli/test-support/run-cli.js';
import { startPostgres } from '../test-support/postgres.js';

// Team mode end to end: `threefold serve --database postgres://…` processes, stateless, over one
// real PostgreSQL server, connected as the application role.
const MAIN = new URL('../cli/main.ts', import.meta.url).pathname;
const TOKEN = 'team-token-long-enough-for-any-address-0123456789';
const cluster = await startPostgres();
after(() => cluster.stop());
// The set-up a team server's operator runs once, as the role that owns the tables.
const migrated = await runCli(['migrate', '--database', cluster.ownerUrl, '--grant', cluster.appRole]);
assert.equal(migrated.code, 0, migrated.stderr);
assert.match(migrated.stdout, /tables are up to date; threefold_app may use them/);

const running: ChildProcess[] = [];
after(() => {
  for (const p of running) p.kill();
});

/** Starts a server for `leader` and resolves with its base URL and what it printed. */
function serve(leader: string, more: string[] = []): Promise<{ base: string; stdout: string }> {
  const proc = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      MAIN,
      'serve',
      '--port',
      '0',
      '--no-open',
      '--no-migrate',
      '--leader',
      leader,
      ...more,
    ],
    {
      env: {
        ...process.env,
        THREEFOLD_CLI_ENTRY: '1',
        NO_COLOR: '1',
        THREEFOLD_TOKEN: more.includes('--team') ? '' : TOKEN,
        THREEFOLD_DATABASE_URL: cluster.appUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.push(proc);
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    proc.stderr.on('data', (d) => (stderr += d));
    proc.stdout.on('data', (d) => {
      stdout += d;
      const url = /open (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
      if (url && stdout.includes('Ctrl-C')) resolve({ base: url[1]!, stdout });
    });
    proc.on('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
  });
}

/** Starts `threefold worker` on the database; resolves once it is taking jobs. */
function worker(): Promise<void> {
  const proc = spawn(process.execPath, ['--import', 'tsx', MAIN, 'worker'], {
    env: { ...process.env, THREEFOLD_CLI_ENTRY: '1', NO_COLOR: '1', THREEFOLD_DATABASE_URL: cluster.appUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(proc);
  return new Promise((resolve, reject) => {
    let stderr = '';
    proc.stderr.on('data', (d) => (stderr += d));
    proc.stdout.on('data', (d) => {
      if (String(d).includes('is running')) resolve();
    });
    proc.on('exit', (code) => reject(new Error(`worker exited (${code}): ${stderr}`)));
  });
}

async function api(base: string, path: string, init: RequestInit = {}) {
  const res = await fetch(`${base}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...init.headers },
  });
  const text = await res.text();
  return { status: res.status, etag: res.headers.get('etag'), body: text ? JSON.parse(text) : undefined };
}

test('two servers share one leader’s network; another leader sees none of it', async () => {
  const [one, two, other] = await Promise.all([serve('ada'), serve('ada'), serve('ben')]);
  assert.match(one.stdout, /ada's network on PostgreSQL 127\.0\.0\.1:\d+\/threefold/);
  assert.doesNotMatch(one.stdout, /app-secret|threefold_app/, 'the password and user are never printed');

  assert.equal((await api(one.base, '/api/sample', { method: 'POST' })).status, 201);
  const created = await api(one.base, '/api/people', {
    method: 'POST',
    body: JSON.stringify({ name: 'Priya Raman', title: 'Head of Risk' }),
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = encodeURIComponent(created.body.id);

  // The second server reads what the first wrote, and writes conditionally on its version.
  const read = await api(two.base, `/api/people/${id}`);
  assert.equal(read.body.title, 'Head of Risk');
  const edited = await api(two.base, `/api/people/${id}`, {
    method: 'PATCH',
    headers: { 'if-match': read.etag! },
    body: JSON.stringify({ title: 'Chief Risk Officer' }),
  });
  assert.equal(edited.status, 200);
  const stale = await api(one.base, `/api/people/${id}`, {
    method: 'PATCH',
    headers: { 'if-match': read.etag! },
    body: JSON.stringify({ title: 'Risk' }),
  });
  assert.equal(stale.status, 412);

  const assessment = await api(two.base, '/api/assess');
  assert.equal(assessment.status, 200);
  assert.ok(JSON.stringify(assessment.body).includes('operational'));

  const elsewhere = await api(other.base, `/api/people/${id}`);
  assert.equal(elsewhere.status, 404);
  assert.equal((await api(other.base, '/api/owner')).status, 404);
});

/** A browser's part in a team server's conversation: the session cookie and the CSRF token. */
class Browser {
  cookie = '';
  csrf = '';
  constructor(readonly base: string) {}

  async call(path: string, init: { method?: string; body?: unknown; csrf?: boolean } = {}) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    if (init.csrf !== false && this.csrf) headers['x-csrf-token'] = this.csrf;
    const res = await fetch(`${this.base}${path}`, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) this.cookie = c.split(';')[0]!;
    const text = await res.text();
    const body = text ? JSON.parse(text) : undefined;
    if (body?.csrf) this.csrf = body.csrf;
    return { status: res.status, body, setCookie };
  }
}

test('a team server: accounts sign in, invite by link, and each leader has a network of their own', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-team-'));
  const passwordFile = join(dir, 'password');
  writeFileSync(passwordFile, 'correct horse battery staple\n');
  const added = await runCli([
    'account',
    'add',
    '--email',
    'Admin@Example.org',
    '--name',
    'Ada Admin',
    '--role',
    'admin',
    '--password-file',
    passwordFile,
    '--database',
    cluster.ownerUrl,
  ]);
  assert.equal(added.code, 0, added.stderr);
  assert.match(added.stdout, /Ada Admin \(admin@example\.org\) can now sign in as an admin/);

  const { base, stdout } = await serve('unused', ['--team']);
  assert.match(stdout, /a team on PostgreSQL/);
  const admin = new Browser(base);
  assert.equal((await admin.call('/api/people')).status, 401);
  assert.equal((await admin.call('/api/openapi.json')).status, 200);

  const signedIn = await admin.call('/api/session', {
    method: 'POST',
    body: { email: 'admin@example.org', password: 'correct horse battery staple' },
  });
  assert.equal(signedIn.status, 201);
  assert.match(signedIn.setCookie[0]!, /HttpOnly/i);
  assert.match(signedIn.setCookie[0]!, /SameSite=Strict/i);
  assert.equal(signedIn.body.account.role, 'admin');

  // A change without the session's CSRF token is refused, whatever the cookie.
  assert.equal(
    (await admin.call('/api/invitations', { method: 'POST', body: { role: 'leader' }, csrf: false })).status,
    403,
  );
  const invitation = await admin.call('/api/invitations', {
    method: 'POST',
    body: { role: 'leader', email: 'lee@example.org' },
  });
  assert.equal(invitation.status, 201);
  assert.match(invitation.body.link, /^\/#invite=/);

  const leader = new Browser(base);
  const accept = (email: string) =>
    leader.call('/api/invitations/accept', {
      method: 'POST',
      body: { token: invitation.body.token, email, name: 'Lee Leader', password: 'another long password' },
    });
  assert.equal((await accept('someone@example.org')).status, 404, 'an invitation is for its address only');
  assert.equal((await accept('lee@example.org')).status, 201);
  assert.equal((await accept('lee@example.org')).status, 409, 'the account exists now');

  assert.equal((await leader.call('/api/sample', { method: 'POST' })).status, 201);
  const theirs = await leader.call('/api/people?limit=1');
  assert.ok(theirs.body.total > 10);
  const adminsOwn = await admin.call('/api/people?limit=1');
  assert.equal(adminsOwn.body.total, 0, "the admin sees none of the leader's people");
  assert.equal(
    (await leader.call('/api/invitations', { method: 'POST', body: { role: 'coach' } })).status,
    403,
  );

  // A coach, invited by the admin, sees what the leader shares and nothing more.
  const coachInvite = await admin.call('/api/invitations', { method: 'POST', body: { role: 'coach' } });
  const coach = new Browser(base);
  const coachAccount = await coach.call('/api/invitations/accept', {
    method: 'POST',
    body: {
      token: coachInvite.body.token,
      email: 'cora@example.org',
      name: 'Cora Coach',
      password: 'a coach password',
    },
  });
  assert.equal(coachAccount.status, 201);
  assert.deepEqual((await coach.call('/api/coaching')).body.leaders, []);
  const shared = await leader.call('/api/shares', {
    method: 'PUT',
    body: { coach: 'cora@example.org', parts: ['diagnosis'] },
  });
  assert.equal(shared.status, 200, JSON.stringify(shared.body));
  const [lee] = (await coach.call('/api/coaching')).body.leaders;
  assert.equal(lee.name, 'Lee Leader');
  const peopleNames: string[] = (await leader.call('/api/people?limit=500')).body.items.map(
    (p: { name: string }) => p.name,
  );
  const view = await coach.call(`/api/coaching/${lee.id}`);
  assert.equal(view.status, 200);
  assert.ok(view.body.diagnosis.findings.length > 0);
  assert.equal(view.body.plan, undefined, 'the plan is not shared');
  const seen = JSON.stringify(view.body);
  assert.deepEqual(
    peopleNames.filter((n) => seen.includes(n)),
    [],
    'no name of the leader’s people reaches the coach',
  );
  await leader.call('/api/shares', {
    method: 'PUT',
    body: { coach: 'cora@example.org', parts: ['diagnosis', 'plan', 'names'] },
  });
  const named = await coach.call(`/api/coaching/${lee.id}`);
  assert.ok(named.body.plan.moves.length > 0);
  assert.ok(
    peopleNames.some((n) => JSON.stringify(named.body).includes(n)),
    'with names shared, names show',
  );
  // Goals are shared one by one: one not chosen never reaches the coach, even with names.
  const goals: Array<{ id: string; title: string }> = (await leader.call('/api/goals?limit=50')).body.items;
  assert.ok(goals.length >= 2, 'the sample has goals');
  const [kept, chosen] = goals as [{ id: string; title: string }, { id: string; title: string }];
  assert.ok(!JSON.stringify(named.body).includes(kept.title), 'no goal is shared unless chosen');
  const wrong = await leader.call('/api/shares', {
    method: 'PUT',
    body: { coach: 'cora@example.org', parts: ['diagnosis'], goals: ['goal:not-mine'] },
  });
  assert.equal(wrong.status, 400);
  assert.equal(wrong.body.error.details[0].path, 'goals.0');
  const oneGoal = await leader.call('/api/shares', {
    method: 'PUT',
    body: { coach: 'cora@example.org', parts: ['diagnosis', 'plan', 'names'], goals: [chosen.id] },
  });
  assert.deepEqual(oneGoal.body.goals, [chosen.id]);
  assert.deepEqual(
    (await leader.call('/api/shares')).body.shares.map((x: { goals: string[] }) => x.goals),
    [[chosen.id]],
  );
  assert.equal((await coach.call('/api/coaching')).body.leaders[0].goals, 1);
  const withGoal = await coach.call(`/api/coaching/${lee.id}`);
  assert.deepEqual(
    withGoal.body.diagnosis.metrics.goals.map((g: { title: string }) => g.title),
    [chosen.title],
  );
  const seenWithGoal = JSON.stringify(withGoal.body);
  assert.ok(!seenWithGoal.includes(kept.title), 'the goal not chosen: no title');
  assert.ok(!seenWithGoal.includes(kept.id), 'nor its id');
  const note = await coach.call(`/api/coaching/${lee.id}/notes`, {
    method: 'POST',
    body: { text: 'Before the board meeting: who could introduce you to the chair?' },
  });
  assert.equal(note.status, 201);
  const notes = (await leader.call('/api/notes')).body.notes;
  assert.deepEqual(
    notes.map((n: { text: string; coach: { name: string } }) => [n.coach.name, n.text]),
    [['Cora Coach', 'Before the board meeting: who could introduce you to the chair?']],
  );
  // The admin is no coach of Lee's; the leader revokes, and the coach sees nothing at once.
  assert.equal((await admin.call(`/api/coaching/${lee.id}`)).status, 403);
  assert.equal((await leader.call('/api/shares/cora%40example.org', { method: 'DELETE' })).status, 204);
  assert.equal((await coach.call(`/api/coaching/${lee.id}`)).status, 404);
  assert.equal(
    (await coach.call(`/api/coaching/${lee.id}/notes`, { method: 'POST', body: { text: 'still here?' } }))
      .status,
    404,
  );

  // Sign-in failures for one address are limited, even when the password is right at last.
  const guesser = new Browser(base);
  for (let i = 0; i < 5; i++)
    assert.equal(
      (
        await guesser.call('/api/session', {
          method: 'POST',
          body: { email: 'lee@example.org', password: `guess ${i}` },
        })
      ).status,
      401,
    );
  const limited = await guesser.call('/api/session', {
    method: 'POST',
    body: { email: 'lee@example.org', password: 'another long password' },
  });
  assert.equal(limited.status, 429);

  assert.equal((await leader.call('/api/session', { method: 'DELETE' })).status, 204);
  assert.equal((await leader.call('/api/session')).status, 401);
});

test('a programme sees its cohort only in aggregate, from five leaders up, and proposes mixed peer groups', async () => {
  // This server leaves the long analyses to a worker process of their own.
  const [{ base }] = await Promise.all([serve('unused', ['--team', '--no-worker']), worker()]);
  const admin = new Browser(base);
  const signedIn = await admin.call('/api/session', {
    method: 'POST',
    body: { email: 'admin@example.org', password: 'correct horse battery staple' },
  });
  assert.equal(signedIn.status, 201, 'the admin of the first test signs in');
  const made = await admin.call('/api/programmes', { method: 'POST', body: { name: 'Rising leaders 2027' } });
  assert.equal(made.status, 201);
  const programme = made.body.id;

  const units = ['Sales', 'Sales', 'Finance', 'Finance', 'Operations'];
  const leaders: Browser[] = [];
  for (const [i, unit] of units.entries()) {
    const link = await admin.call(`/api/programmes/${programme}/invitations`, { method: 'POST', body: {} });
    assert.equal(link.status, 201);
    const leader = new Browser(base);
    const accepted = await leader.call('/api/invitations/accept', {
      method: 'POST',
      body: {
        token: link.body.token,
        email: `p${i}@example.org`,
        name: `Participant ${i}`,
        password: 'participant password',
      },
    });
    assert.equal(accepted.status, 201);
    assert.equal(
      (
        await leader.call(`/api/programmes/${programme}/me`, {
          method: 'PUT',
          body: { unit, sector: i % 2 ? 'retail' : 'banking' },
        })
      ).status,
      200,
    );
    leaders.push(leader);
  }
  assert.deepEqual(
    (await leaders[0]!.call('/api/programmes')).body.programmes.map((p: { name: string }) => p.name),
    ['Rising leaders 2027'],
  );
  // Four networks are not enough to show anything.
  for (const leader of leaders.slice(0, 4))
    assert.equal((await leader.call('/api/sample', { method: 'POST' })).status, 201);
  const small = await admin.call(`/api/programmes/${programme}/cohort`);
  assert.equal(small.status, 200);
  assert.equal(small.body.shown, false);
  assert.equal(small.body.findings, undefined);
  assert.equal((await leaders[4]!.call('/api/sample', { method: 'POST' })).status, 201);
  const cohort = await admin.call(`/api/programmes/${programme}/cohort`);
  assert.equal(cohort.body.shown, true);
  assert.equal(cohort.body.leaders, 5);
  assert.ok(cohort.body.findings.length > 0);
  assert.ok(cohort.body.findings.every((f: { leaders: number }) => f.leaders >= 1 && f.leaders <= 5));

  // The same picture computed by a worker, as a job.
  const queued = await admin.call(`/api/programmes/${programme}/cohort/jobs`, { method: 'POST', body: {} });
  assert.equal(queued.status, 201, JSON.stringify(queued.body));
  let job = await admin.call(`/api/programmes/${programme}/cohort/jobs/${queued.body.job}`);
  for (let i = 0; i < 100 && (job.body.state === 'waiting' || job.body.state === 'running'); i++) {
    await new Promise((r) => setTimeout(r, 200));
    job = await admin.call(`/api/programmes/${programme}/cohort/jobs/${queued.body.job}`);
  }
  assert.equal(job.body.state, 'done', JSON.stringify(job.body));
  assert.deepEqual(job.body.result, cohort.body);
  assert.equal(
    (await leaders[0]!.call(`/api/programmes/${programme}/cohort/jobs/${queued.body.job}`)).status,
    404,
    'a job is read only by the admin who asked',
  );

  const groups = await admin.call(`/api/programmes/${programme}/peer-groups?size=2`);
  assert.equal(groups.body.groups.length, 2);
  for (const g of groups.body.groups)
    assert.ok(new Set(g.map((m: { unit: string }) => m.unit)).size === g.length, JSON.stringify(groups.body));

  // A leader may not read the cohort; one who leaves is counted nowhere from then on.
  assert.equal((await leaders[0]!.call(`/api/programmes/${programme}/cohort`)).status, 404);
  assert.equal((await leaders[4]!.call(`/api/programmes/${programme}/me`, { method: 'DELETE' })).status, 204);
  const after = await admin.call(`/api/programmes/${programme}/cohort`);
  assert.equal(after.body.shown, false);
  assert.equal(after.body.leaders, 4);
});

test("every route asked for another leader's records answers 403 or 404, and lists show none of them", async () => {
  const { base } = await serve('unused', ['--team']);
  const admin = new Browser(base);
  await admin.call('/api/session', {
    method: 'POST',
    body: { email: 'admin@example.org', password: 'correct horse battery staple' },
  });
  const join = async (role: string, email: string) => {
    const link = await admin.call('/api/invitations', { method: 'POST', body: { role, email } });
    const browser = new Browser(base);
    const accepted = await browser.call('/api/invitations/accept', {
      method: 'POST',
      body: { token: link.body.token, email, name: email.split('@')[0], password: 'a long enough password' },
    });
    assert.equal(accepted.status, 201);
    return { browser, id: accepted.body.account.id as string };
  };
  const a = await join('leader', 'ann@example.org');
  const b = await join('leader', 'bob@example.org');
  const coach = await join('coach', 'cy@example.org');
  const otherCoach = await join('coach', 'di@example.org');
  const programme = (await admin.call('/api/programmes', { method: 'POST', body: { name: 'Cohort' } })).body
    .id;

  await a.browser.call('/api/sample', { method: 'POST' });
  await a.browser.call('/api/backups', { method: 'POST' });
  await a.browser.call('/api/shares', {
    method: 'PUT',
    body: { coach: 'cy@example.org', parts: ['diagnosis', 'names'] },
  });
  await b.browser.call('/api/owner', { method: 'PUT', body: { name: 'Bob', organization: 'o:bob' } });
  await b.browser.call('/api/people', { method: 'POST', body: { name: 'Only Bob Knows' } });

  // Ann's calendar feed, made anew: its first address opens nothing any more.
  const replacedFeed = (await a.browser.call('/api/calendar-feed', { method: 'POST' })).body.link;
  await a.browser.call('/api/calendar-feed', { method: 'POST' });
  const doc = (await a.browser.call('/api/export')).body;
  const job = (await admin.call(`/api/programmes/${programme}/cohort/jobs`, { method: 'POST', body: {} }))
    .body.job;
  const backup = (await a.browser.call('/api/backups')).body.backups[0].name;
  const first = (collection: string) => doc[collection][0];
  const values: Record<string, string> = {
    '/api/people/{id}': `/api/people/${encodeURIComponent(first('people').id)}`,
    '/api/organizations/{id}': `/api/organizations/${encodeURIComponent(first('organizations').id)}`,
    '/api/relationships/{person}': `/api/relationships/${encodeURIComponent(first('relationships').person)}`,
    '/api/ties/{a}/{b}': `/api/ties/${encodeURIComponent(first('ties').a)}/${encodeURIComponent(first('ties').b)}`,
    '/api/interactions/{id}': `/api/interactions/${encodeURIComponent(first('interactions').id)}`,
    '/api/groups/{id}': `/api/groups/${encodeURIComponent(first('groups').id)}`,
    '/api/goals/{id}': `/api/goals/${encodeURIComponent(first('goals').id)}`,
    '/api/goals/{id}/moves': `/api/goals/${encodeURIComponent(first('goals').id)}/moves`,
    '/api/commitments/{id}': `/api/commitments/${encodeURIComponent(first('commitments').id)}`,
    '/api/backups/{name}/restore': `/api/backups/${backup}/restore`,
    '/api/shares/{coach}': '/api/shares/cy%40example.org',
    '/api/coaching/{leader}': `/api/coaching/${a.id}`,
    '/api/coaching/{leader}/notes': `/api/coaching/${a.id}/notes`,
    '/api/programmes/{id}/invitations': `/api/programmes/${programme}/invitations`,
    '/api/programmes/{id}/cohort': `/api/programmes/${programme}/cohort`,
    '/api/programmes/{id}/peer-groups': `/api/programmes/${programme}/peer-groups`,
    '/api/programmes/{id}/me': `/api/programmes/${programme}/me`,
    '/api/programmes/{id}/cohort/jobs': `/api/programmes/${programme}/cohort/jobs`,
    '/api/programmes/{id}/cohort/jobs/{job}': `/api/programmes/${programme}/cohort/jobs/${job}`,
    '/api/feeds/{feed}/calendar.ics': replacedFeed,
    '/api/company/report/jobs/{job}': `/api/company/report/jobs/${job}`,
  };
  const bodies: Record<string, unknown> = { post: {}, put: {}, patch: {} };
  const paths = (await b.browser.call('/api/openapi.json')).body.paths as Record<
    string,
    Record<string, unknown>
  >;
  const templated = Object.keys(paths).filter((p) => p.includes('{') && p !== '/api/actions/{key}');
  assert.deepEqual(
    templated.filter((p) => !(p in values)),
    [],
    'every route with a parameter is tried',
  );
  const tried: string[] = [];
  for (const path of templated)
    for (const method of Object.keys(paths[path]!)) {
      // Bob, another leader, and Di, a coach Ann shares nothing with.
      for (const [who, browser] of [
        ['bob', b.browser],
        ['di', otherCoach.browser],
      ] as const) {
        const body = path.endsWith('/notes') ? { text: 'hello' } : bodies[method];
        const res = await browser.call(values[path]!, { method: method.toUpperCase(), body });
        assert.ok(
          [403, 404].includes(res.status),
          `${who} ${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`,
        );
        tried.push(`${method} ${path}`);
      }
    }
  assert.ok(tried.length >= 40, String(tried.length));
  // The coach Ann shares with does see her (the routes above are not simply closed).
  assert.equal((await coach.browser.call(`/api/coaching/${a.id}`)).status, 200);

  // Every list Bob can read holds nothing of Ann's.
  const annsNames = (doc.people as Array<{ name: string }>).map((p) => p.name);
  for (const path of Object.keys(paths).filter((p) => !p.includes('{') && 'get' in paths[p]!)) {
    if (path === '/calendar.ics') continue;
    const res = await b.browser.call(path);
    const text = JSON.stringify(res.body ?? '');
    assert.deepEqual(
      annsNames.filter((n) => text.includes(n)),
      [],
      `GET ${path} shows Ann's people to Bob`,
    );
  }
});

test("a leader's calendar feed opens by its secret address alone, without a cookie, until replaced or stopped", async () => {
  const { base } = await serve('unused', ['--team']);
  const admin = new Browser(base);
  await admin.call('/api/session', {
    method: 'POST',
    body: { email: 'admin@example.org', password: 'correct horse battery staple' },
  });
  const link = await admin.call('/api/invitations', { method: 'POST', body: { role: 'leader' } });
  const cal = new Browser(base);
  const accepted = await cal.call('/api/invitations/accept', {
    method: 'POST',
    body: {
      token: link.body.token,
      email: 'cal@example.org',
      name: 'Cal',
      password: 'a long enough password',
    },
  });
  assert.equal(accepted.status, 201);
  assert.equal((await cal.call('/api/sample', { method: 'POST' })).status, 201);
  assert.deepEqual((await cal.call('/api/calendar-feed')).body, { active: false });

  const made = await cal.call('/api/calendar-feed', { method: 'POST' });
  assert.equal(made.status, 201);
  assert.match(made.body.link, /^\/api\/feeds\/[\w-]{40,}\/calendar\.ics$/);
  // A calendar app: no cookie, no header, only the address.
  const feed = await fetch(`${base}${made.body.link}`);
  assert.equal(feed.status, 200, await feed.clone().text());
  assert.match(feed.headers.get('content-type') ?? '', /^text\/calendar/);
  assert.equal(feed.headers.get('cache-control'), 'no-store');
  const ics = await feed.text();
  assert.match(ics, /^BEGIN:VCALENDAR/);
  const uids = (text: string) => [...text.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]!.trim()).sort();
  assert.ok(uids(ics).length > 0, 'the sample has reminders');
  // The same reminders the signed-in leader's own feed gives.
  const own = await fetch(`${base}/calendar.ics`, { headers: { cookie: cal.cookie } });
  assert.equal(own.status, 200, await own.clone().text());
  assert.deepEqual(uids(ics), uids(await own.text()));
  assert.equal((await cal.call('/api/calendar-feed')).body.active, true);
  // Without the secret, or with a wrong one, nothing: the same 404 either way.
  assert.equal((await fetch(`${base}/calendar.ics`)).status, 401);
  assert.equal((await fetch(`${base}/api/feeds/${'x'.repeat(43)}/calendar.ics`)).status, 404);

  // A new address ends the old one at once; stopping ends the new one.
  const remade = await cal.call('/api/calendar-feed', { method: 'POST' });
  assert.notEqual(remade.body.link, made.body.link);
  assert.equal((await fetch(`${base}${made.body.link}`)).status, 404);
  assert.equal((await fetch(`${base}${remade.body.link}`)).status, 200);
  assert.equal((await cal.call('/api/calendar-feed', { method: 'DELETE' })).status, 204);
  assert.equal((await fetch(`${base}${remade.body.link}`)).status, 404);
  assert.equal((await cal.call('/api/calendar-feed', { method: 'DELETE' })).status, 404);
  assert.deepEqual((await cal.call('/api/calendar-feed')).body, { active: false });
  // Making one is a change: without the CSRF token, refused.
  assert.equal((await cal.call('/api/calendar-feed', { method: 'POST', csrf: false })).status, 403);
});

test("push and pull move a leader's network between their machine and their team account", async () => {
  const { base } = await serve('unused', ['--team']);
  const admin = new Browser(base);
  await admin.call('/api/session', {
    method: 'POST',
    body: { email: 'admin@example.org', password: 'correct horse battery staple' },
  });
  const link = await admin.call('/api/invitations', { method: 'POST', body: { role: 'leader' } });
  const pat = new Browser(base);
  await pat.call('/api/invitations/accept', {
    method: 'POST',
    body: { token: link.body.token, email: 'pat@example.org', name: 'Pat', password: 'pat password 12' },
  });
  const dir = mkdtempSync(join(tmpdir(), 'threefold-sync-'));
  const passwordFile = join(dir, 'password');
  writeFileSync(passwordFile, 'pat password 12\n');
  const laptop = join(dir, 'laptop.db');
  assert.equal((await runCli(['--db', laptop, 'demo'])).code, 0);
  const account = ['--server', base, '--email', 'pat@example.org', '--password-file', passwordFile];

  const pushed = await runCli(['--db', laptop, 'push', ...account]);
  assert.equal(pushed.code, 0, pushed.stderr);
  const local = JSON.parse((await runCli(['--db', laptop, '--json', 'stats'])).stdout);
  const onServer = (await pat.call('/api/people?limit=1')).body.total;
  assert.equal(onServer, local.counts.people);
  assert.match(pushed.stdout, new RegExp(`Pushed ${onServer} people`));

  // A change made on the server comes back with a pull, onto a machine with nothing yet and onto the laptop.
  await pat.call('/api/people', { method: 'POST', body: { name: 'Met At The Offsite' } });
  const desktop = join(dir, 'desktop.db');
  const fresh = await runCli(['--db', desktop, 'pull', ...account]);
  assert.equal(fresh.code, 0, fresh.stderr);
  const found = await runCli(['--db', desktop, '--json', 'person', 'list', '--search', 'Offsite']);
  assert.match(found.stdout, /Met At The Offsite/);
  const again = await runCli(['--db', laptop, 'pull', ...account]);
  assert.match(again.stdout, /your previous network is kept as threefold-.*-before-replace\.json/);

  const wrong = await runCli([
    '--db',
    laptop,
    'push',
    '--server',
    base,
    '--email',
    'pat@example.org',
    '--password-file',
    join(dir, 'laptop.db'),
  ]);
  assert.equal(wrong.code, 5, 'a wrong password is refused by the server');
  assert.match(wrong.stderr, /wrong e-mail address or password/);
});

test("on a team server the organisation's report is for admins, and each person sees only their own picture", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-team-company-'));
  const password = join(dir, 'password');
  writeFileSync(password, 'a long enough password for both\n');
  const key = join(dir, 'org.key');
  writeFileSync(key, `${'organisation-key-'.padEnd(48, 'k')}\n`);
  for (const [email, role] of [
    ['hr-admin@example.org', 'admin'],
    ['una@example.org', 'leader'],
  ] as const) {
    const added = await runCli([
      'account',
      'add',
      '--email',
      email,
      '--name',
      email.split('@')[0]!,
      '--role',
      role,
      '--password-file',
      password,
      '--database',
      cluster.ownerUrl,
    ]);
    assert.equal(added.code, 0, added.stderr);
  }
  // Twelve units of six; Una (E1) works with her unit and two people elsewhere.
  const rows = ['id,unit,email'];
  for (let i = 1; i <= 72; i++)
    rows.push(`E${i},Unit ${Math.ceil(i / 6)},${i === 1 ? 'una@example.org' : ''}`);
  writeFileSync(join(dir, 'roster.csv'), `${rows.join('\n')}\n`);
  const today = new Date().toISOString().slice(0, 10);
  const edges = ['from,to,period,count'];
  for (let i = 1; i <= 72; i++)
    for (const j of [i + 1, i + 2])
      if (Math.ceil(j / 6) === Math.ceil(i / 6)) edges.push(`E${i},E${j},${today},3`);
  edges.push(`E1,E30,${today},4`, `E1,E50,${today},4`);
  writeFileSync(join(dir, 'edges.csv'), `${edges.join('\n')}\n`);
  const company = (...args: string[]) =>
    runCli(['company', '--database', cluster.ownerUrl, '--key-file', key, ...args], { USER: 'hr-analyst' });
  assert.equal((await company('roster', join(dir, 'roster.csv'))).code, 0);
  const imported = await company('collaboration', join(dir, 'edges.csv'));
  assert.equal(imported.code, 0, imported.stderr);

  process.env.THREEFOLD_COMPANY_KEY_FILE = key;
  const { base } = await serve('unused', ['--team']);
  delete process.env.THREEFOLD_COMPANY_KEY_FILE;
  const signIn = async (email: string) => {
    const b = new Browser(base);
    const r = await b.call('/api/session', {
      method: 'POST',
      body: { email, password: 'a long enough password for both' },
    });
    assert.equal(r.status, 201);
    return b;
  };
  const admin = await signIn('hr-admin@example.org');
  const una = await signIn('una@example.org');

  const report = await admin.call('/api/company/report');
  assert.equal(report.status, 200);
  assert.equal(report.body.report.people, 72);
  assert.equal(report.body.report.units.length, 12);
  assert.ok(!JSON.stringify(report.body).includes('una@example.org'));
  assert.equal((await una.call('/api/company/report')).status, 403);

  // The same report as a job on the team's queue (this server is its worker too).
  const queued = await admin.call('/api/company/report/jobs', { method: 'POST' });
  assert.equal(queued.status, 201, JSON.stringify(queued.body));
  assert.equal((await una.call('/api/company/report/jobs', { method: 'POST' })).status, 403);
  let job = await admin.call(`/api/company/report/jobs/${queued.body.job}`);
  for (let i = 0; i < 120 && job.body.state !== 'done' && job.body.state !== 'failed'; i++) {
    await new Promise((r) => setTimeout(r, 500));
    job = await admin.call(`/api/company/report/jobs/${queued.body.job}`);
  }
  assert.equal(job.body.state, 'done', JSON.stringify(job.body));
  assert.deepEqual(job.body.result.units, report.body.report.units);
  assert.ok(job.body.sections.some((s: { title: string }) => s.title === 'Brokers'));

  const mine = await una.call('/api/company/me');
  assert.equal(mine.status, 200);
  assert.equal(mine.body.picture.ties, 4);
  assert.equal(mine.body.picture.otherUnitsReached, 2);
  assert.match(mine.body.lines.join(' '), /You reach 2 units besides Unit 1/);
  assert.equal((await admin.call('/api/company/me')).status, 404, 'the admin is not on the roster');

  const log = JSON.parse((await company('log', '--json')).stdout) as Array<{
    analyst: string;
    query: string;
  }>;
  assert.deepEqual(
    log.filter((e) => e.query === 'report' || e.query === 'own picture').map((e) => [e.analyst, e.query]),
    [
      ['hr-admin@example.org', 'report'],
      ['hr-admin@example.org', 'report'],
      ['una@example.org', 'own picture'],
    ],
  );

  // A programme of six leaders: two from a silo, two from the unit it is least tied to, two
  // from elsewhere. Fed by the analysis, each group of three pairs the silo with that unit.
  const bridge = report.body.report.bridgesToBuild[0] as { unit: string; with: string[] };
  const elsewhere = (report.body.report.units as Array<{ name: string }>)
    .map((u) => u.name)
    .find((u) => u !== bridge.unit && !bridge.with.includes(u))!;
  const made = await admin.call('/api/programmes', { method: 'POST', body: { name: 'Bridges 2027' } });
  const programme = made.body.id as string;
  for (const [i, unit] of [
    bridge.unit,
    bridge.unit,
    bridge.with[0]!,
    bridge.with[0]!,
    elsewhere,
    elsewhere,
  ].entries()) {
    const link = await admin.call(`/api/programmes/${programme}/invitations`, { method: 'POST', body: {} });
    const leader = new Browser(base);
    const accepted = await leader.call('/api/invitations/accept', {
      method: 'POST',
      body: {
        token: link.body.token,
        email: `b${i}@example.org`,
        name: `Bridge ${i}`,
        password: 'participant password',
      },
    });
    assert.equal(accepted.status, 201);
    assert.equal(
      (await leader.call(`/api/programmes/${programme}/me`, { method: 'PUT', body: { unit } })).status,
      200,
    );
  }
  const plain = await admin.call(`/api/programmes/${programme}/peer-groups?size=3`);
  assert.deepEqual(plain.body.placedTogether, []);
  const fed = await admin.call(`/api/programmes/${programme}/peer-groups?size=3&organisation=1`);
  assert.equal(fed.status, 200, JSON.stringify(fed.body));
  assert.equal(fed.body.placedTogether.length, 2, JSON.stringify(fed.body));
  for (const pair of fed.body.placedTogether as Array<{ group: number; names: string[]; units: string[] }>) {
    assert.deepEqual(pair.units, [bridge.unit, bridge.with[0]]);
    const names = (fed.body.groups[pair.group] as Array<{ name: string }>).map((m) => m.name);
    for (const name of pair.names) assert.ok(names.includes(name), `${name} in ${names}`);
  }
  assert.equal((await una.call(`/api/programmes/${programme}/peer-groups?organisation=1`)).status, 404);
  const after = JSON.parse((await company('log', '--json')).stdout) as Array<{
    analyst: string;
    query: string;
  }>;
  assert.deepEqual(after.at(-1) && [after.at(-1)!.analyst, after.at(-1)!.query], [
    'hr-admin@example.org',
    'report',
  ]);
});
