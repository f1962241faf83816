// Team mode in the browser, end to end: a real team server (in this process) over a throwaway
// PostgreSQL cluster, connected as the application role, and three Chromium sessions (an admin,
// a coach and a leader), each with its own cookies. Screenshots go to artifacts/screenshots/.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { addAccount } from '../../src/app/accounts.js';
import { readCollaboration } from '../../src/io/company/collaboration.js';
import { pseudonymiser } from '../../src/io/company/pseudonym.js';
import { readRoster } from '../../src/io/company/roster.js';
import { teamCompanySource } from '../../src/server/company-source.js';
import { createApp, listen, type RunningServer } from '../../src/server/index.js';
import { runWorkers } from '../../src/server/serve.js';
import { PostgresDatabase } from '../../src/store/postgres/database.js';
import type { PostgresJobs } from '../../src/store/postgres/jobs.js';
import { SqliteNetworkStore } from '../../src/store/sqlite-network-store.js';
import { startPostgres, type TestCluster } from '../../src/test-support/postgres.js';
import { SCREENSHOTS, until, WEB_DIST } from './harness.js';

const CHROMIUM = '/usr/bin/chromium';
const ADMIN = { email: 'admin@example.org', password: 'correct horse battery staple' };
/** A leader who is on the organisation's roster (the organisation analysis, `threefold company`). */
const UNA = { email: 'una@example.org', password: 'a leader on the company roster' };
const COMPANY_KEY = 'organisation-key-for-the-browser-test-000000';

/** Ten units of six; Una (E1) works with her unit and with two people of other units. */
async function fillCompany(db: PostgresDatabase): Promise<void> {
  const hash = pseudonymiser(COMPANY_KEY);
  const rows = ['id,unit,email'];
  for (let i = 1; i <= 60; i++) rows.push(`E${i},Unit ${Math.ceil(i / 6)},${i === 1 ? UNA.email : ''}`);
  const today = new Date().toISOString().slice(0, 10);
  const edges = ['from,to,period,count'];
  for (let i = 1; i <= 60; i++)
    for (const j of [i + 1, i + 2])
      if (Math.ceil(j / 6) === Math.ceil(i / 6)) edges.push(`E${i},E${j},${today},3`);
  edges.push(`E1,E30,${today},4`, `E1,E50,${today},4`);
  const store = db.company();
  await store.importRoster(readRoster(`${rows.join('\n')}\n`, hash));
  await store.importCollaborationBatches([readCollaboration(`${edges.join('\n')}\n`, hash)], '2000-01-01');
}

let cluster: TestCluster;
let database: PostgresDatabase;
let jobs: PostgresJobs;
let server: RunningServer;
let browser: Browser;
let origin: string;

before(async () => {
  cluster = await startPostgres();
  // The tables and the job queue, as `threefold migrate` makes them, and the first admin, as
  // `threefold account add` does: through the tables' owner.
  const ownerDb = await PostgresDatabase.connect(cluster.ownerUrl, { migrate: true });
  await ownerDb.grant(cluster.appRole);
  await addAccount(ownerDb.accounts(), { ...ADMIN, name: 'Ada Admin', role: 'admin' });
  await addAccount(ownerDb.accounts(), { ...UNA, name: 'Una Unit', role: 'leader' });
  await fillCompany(ownerDb);
  await ownerDb.close();
  // The server connects as the application role, which row-level security holds to one leader.
  database = await PostgresDatabase.connect(cluster.appUrl, { migrate: false });
  // This process is also the worker that computes cohorts, as `threefold serve --team` is.
  const storeFor = (id: string) => database.network(id);
  jobs = await database.jobs();
  await runWorkers(jobs, database.accounts(), storeFor, database.company());
  server = await listen(
    (allowedHosts) =>
      createApp({
        team: {
          accounts: database.accounts(),
          storeFor,
          now: () => new Date(),
          jobs,
        },
        company: teamCompanySource(database, pseudonymiser(COMPANY_KEY), jobs),
        allowedHosts,
        webRoot: WEB_DIST,
        onInternalError: () => {},
      }),
    { host: '127.0.0.1', port: 0, token: undefined },
  );
  origin = `http://127.0.0.1:${server.port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    headless: true,
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await jobs?.stop();
  await database?.close();
  cluster?.stop();
});

/**
 * A person at their own browser (own cookies). The API answers 401 (no one signed in, a wrong
 * password), 429, 404 (nothing shared) and 409 by design; anything else in the console is a fault.
 */
async function person(
  who: string,
): Promise<{ page: Page; problems: string[]; shot(step: string): Promise<void> }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'UTC',
    locale: 'en-GB',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`${who}: page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const url = msg.location().url;
    const expected =
      /status of (401|404|409|429)\b/.test(msg.text()) && url && new URL(url).pathname.startsWith('/api/');
    if (!expected) problems.push(`${who}: console error: ${msg.text()} (${url})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 500) problems.push(`${who}: HTTP ${res.status()} from ${res.url()}`);
  });
  const shot = (step: string) =>
    page.screenshot({ path: join(SCREENSHOTS, `team-${who}-${step}.png`), fullPage: true }).then(() => {});
  return { page, problems, shot };
}

/** The browser's clipboard (this file is typed without the DOM library). */
interface Clipboarded {
  navigator: { clipboard: { readText(): Promise<string> } };
}

const title = (page: Page) => page.locator('#page-title');

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function accept(page: Page, link: string, who: { email: string; name: string; password: string }) {
  await page.goto(link);
  await until(
    'the invitation page',
    async () => (await title(page).textContent()) === 'Accept your invitation',
  );
  assert.ok(!page.url().includes('invite='), 'the token leaves the address bar');
  const password = page.getByLabel('Password');
  assert.match(
    (await page.locator(`#${await password.getAttribute('aria-describedby')}`).textContent()) ?? '',
    /At least 12 characters/,
  );
  await page.getByLabel('E-mail address').fill(who.email);
  await page.getByLabel('Your name').fill(who.name);
  await password.fill(who.password);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.getByText(who.name, { exact: false }).first().waitFor();
}

async function invite(page: Page, role: string, email: string): Promise<string> {
  await page.getByRole('link', { name: 'Invite' }).click();
  await until('the invite page', async () => (await title(page).textContent()) === 'Invite');
  await page.getByLabel('Role').selectOption({ label: role });
  await page.getByLabel('E-mail address (optional)').fill(email);
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  await page.getByRole('heading', { name: `Invitation link for ${email}` }).waitFor();
  const link = await page.getByLabel(/Send this link/).inputValue();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Copied.').waitFor();
  assert.equal(
    await page.evaluate(() => (globalThis as unknown as Clipboarded).navigator.clipboard.readText()),
    link,
  );
  return link;
}

test('team mode: an admin invites, a leader shares without names, a coach reads and notes, the leader revokes', {
  timeout: 180_000,
}, async () => {
  const admin = await person('admin');
  const coach = await person('coach');
  const leader = await person('leader');
  try {
    // The admin signs in; a wrong password first reads as such.
    await admin.page.goto(`${origin}/`);
    await until('the sign-in page', async () => (await title(admin.page).textContent()) === 'Sign in');
    await admin.shot('sign-in');
    assert.equal(await admin.page.title(), 'Sign in · threefold');
    await signIn(admin.page, ADMIN.email, 'not the password');
    await admin.page.getByRole('alert').filter({ hasText: 'Wrong e-mail address or password.' }).waitFor();
    await signIn(admin.page, ADMIN.email, ADMIN.password);
    await until(
      "the invite page, an admin's start",
      async () => (await title(admin.page).textContent()) === 'Invite',
    );
    await admin.page.getByText('Ada Admin').waitFor();
    assert.equal(await admin.page.title(), 'Invite · threefold');
    assert.equal(
      await admin.page.getByRole('link', { name: 'Sharing' }).count(),
      0,
      'an admin shares nothing',
    );

    const coachLink = await invite(admin.page, 'Coach', 'cora@example.org');
    assert.match(coachLink, new RegExp(`^${origin.replace(/[.]/g, '\\.')}/#invite=[\\w-]+$`));
    const leaderLink = await invite(admin.page, 'Leader', 'lee@example.org');
    await admin.shot('invitation');

    // Both accept their links and are signed in.
    await accept(coach.page, coachLink, {
      email: 'cora@example.org',
      name: 'Cora Coach',
      password: 'a coach password',
    });
    await coach.page.getByRole('link', { name: 'My leaders' }).click();
    await coach.page.getByText('No leader shares anything with you yet.').waitFor();

    await accept(leader.page, leaderLink, {
      email: 'lee@example.org',
      name: 'Lee Leader',
      password: 'another long password',
    });
    await leader.page.getByText('no one else on this team server sees it, unless you share it').waitFor();
    await leader.page.getByRole('button', { name: 'Explore a sample network' }).click();
    await leader.page.getByRole('heading', { name: 'Findings' }).waitFor();
    await leader.shot('overview');
    // One review, so the coach has a trend to read.
    await leader.page.getByRole('link', { name: 'Review' }).click();
    await leader.page.getByRole('button', { name: 'Take a snapshot now' }).click();
    await leader.page.getByRole('status').filter({ hasText: 'Snapshot taken' }).waitFor();

    // The leader shares the diagnosis without names; every change carries the CSRF token.
    const changes: Array<{ method: string; csrf: string | undefined }> = [];
    leader.page.on('request', (r) => {
      if (r.url().startsWith(`${origin}/api/`) && r.method() !== 'GET')
        changes.push({ method: r.method(), csrf: r.headers()['x-csrf-token'] });
    });
    await leader.page.getByRole('link', { name: 'Sharing' }).click();
    await leader.page.getByText('You share nothing with any coach.').waitFor();
    await leader.page.getByLabel("Your coach's e-mail address").fill('cora@example.org');
    assert.equal(await leader.page.getByLabel('Diagnosis and trend').isChecked(), true);
    assert.equal(await leader.page.getByLabel('Names of the people in them').isChecked(), false);
    // Goals are chosen one by one, none by default.
    for (const goal of ['Open the first EU distribution hub', 'Run the warehouses on live data'])
      assert.equal(await leader.page.getByLabel(goal).isChecked(), false, `${goal} is not shared by default`);
    await leader.page.getByRole('button', { name: 'Share', exact: true }).click();
    await leader.page
      .getByRole('status')
      .filter({ hasText: 'Cora Coach now sees the diagnosis and its trend, without names.' })
      .waitFor();
    await leader.page.getByRole('list', { name: 'Coaches you share with' }).getByText('Cora Coach').waitFor();
    await leader.shot('sharing');

    // The leader's calendar app reads the reminders from a secret address, with no cookie.
    await leader.page.getByText('You have no calendar feed.').waitFor();
    await leader.page.getByRole('button', { name: 'Make a calendar address' }).click();
    const feedField = leader.page.getByLabel(/^Subscribe to this address in your calendar app/);
    await feedField.waitFor();
    const feedUrl = await feedField.inputValue();
    assert.match(
      feedUrl,
      new RegExp(`^${origin.replace(/[.]/g, '\\.')}/api/feeds/[\\w-]{40,}/calendar\\.ics$`),
    );
    const feed = await fetch(feedUrl);
    assert.equal(feed.status, 200);
    assert.match(await feed.text(), /^BEGIN:VCALENDAR/);
    await leader.shot('calendar-feed');
    await leader.page.getByRole('button', { name: 'Stop the feed' }).click();
    await leader.page.getByRole('status').filter({ hasText: 'Your calendar feed is stopped' }).waitFor();
    assert.equal((await fetch(feedUrl)).status, 404, 'a stopped feed opens nothing');

    // The coach sees the leader and the diagnosis, with no person's name on the page.
    await coach.page.goto(`${origin}/team/leaders`);
    await coach.page.getByRole('link', { name: 'Lee Leader' }).click();
    await until('the leader page', async () => (await title(coach.page).textContent()) === 'Lee Leader');
    const findings = coach.page.getByRole('list', { name: 'Findings' }).getByRole('listitem');
    await findings.first().waitFor();
    assert.ok((await findings.count()) > 0);
    await coach.page.getByText('People are counted, never named.').waitFor();
    const reviews = coach.page.getByRole('table').locator('tbody tr');
    assert.equal(await reviews.count(), 1, 'one review in the trend');
    const cells = await reviews.first().locator('th, td').allInnerTexts();
    assert.equal(cells.length, 6);
    assert.match(cells[0]!, /^\d{1,2} [A-Z][a-z]{2} \d{4}$/, 'the review date, as dates read elsewhere');
    for (const c of cells.slice(1, 5)) assert.match(c, /^\d[\d,]*$/);
    assert.match(cells[5]!, /^\d+ of \d+$/);
    await coach.shot('leader');
    const names: string[] = await leader.page.evaluate(async () => {
      const r = await fetch('/api/people?limit=500');
      return ((await r.json()) as { items: Array<{ name: string }> }).items.map((p) => p.name);
    });
    assert.ok(names.length > 10, 'the sample has people');
    const view = (await coach.page.evaluate(
      async (path) => (await fetch(path)).json(),
      coach.page.url().replace(origin, '').replace('/team/leaders/', '/api/coaching/'),
    )) as { leader: { id: string }; diagnosis: { findings: Array<{ code: string }> } };
    const shown = await coach.page.locator('main').innerText();
    assert.deepEqual(
      names.filter((n) => shown.includes(n)),
      [],
      'no name of the leader’s people is shown',
    );
    const codes = view.diagnosis.findings.map((f) => f.code);
    assert.ok(codes.length > 0);
    assert.deepEqual(
      codes.filter((c) => shown.includes(c)),
      [],
      'no finding code is shown',
    );
    assert.ok(!shown.includes(view.leader.id), 'no id is shown');

    // The coach leaves a note: plain text, never HTML.
    const note = 'Before the board meeting: who could introduce you to the chair?\n<b>not bold</b>';
    await coach.page.getByLabel('A note for Lee').fill(note);
    await coach.page.getByRole('button', { name: 'Leave note' }).click();
    await coach.page.getByRole('status').filter({ hasText: 'Note left.' }).waitFor();
    await coach.page
      .locator('.team-note-text', { hasText: 'who could introduce you to the chair?' })
      .waitFor();

    // The leader sees it, from Cora.
    await leader.page.reload();
    await until('the sharing page', async () => (await title(leader.page).textContent()) === 'Sharing');
    const received = leader.page.getByRole('list', { name: 'Notes' }).getByRole('listitem');
    await received.first().waitFor();
    assert.equal(await received.count(), 1);
    assert.match(await received.innerText(), /Cora Coach/);
    assert.equal(await received.locator('.team-note-text').innerText(), note);
    assert.equal(await received.locator('b').count(), 0, 'the note is text, not markup');
    await leader.shot('notes');

    // The leader changes the share (the plan too, and names): the coach then sees them.
    await leader.page.getByRole('button', { name: 'Change' }).click();
    await leader.page.getByRole('heading', { name: 'Change what Cora Coach sees' }).waitFor();
    assert.equal(
      await leader.page.getByLabel("Your coach's e-mail address").inputValue(),
      'cora@example.org',
    );
    await leader.page.getByLabel("This week's plan").check();
    await leader.page.getByLabel('Names of the people in them').check();
    await leader.page.getByLabel('Run the warehouses on live data').check();
    await leader.page.getByRole('button', { name: 'Save' }).click();
    await leader.page
      .getByRole('status')
      .filter({
        hasText:
          "Cora Coach now sees the diagnosis and its trend and one goal and this week's plan, with names.",
      })
      .waitFor();
    await coach.page.reload();
    await coach.page.getByRole('heading', { name: "This week's plan" }).waitFor();
    // The goal chosen shows; the other never reaches the coach, names or not.
    await coach.page
      .getByRole('list', { name: 'Goals shared' })
      .getByText('Run the warehouses on live data')
      .waitFor();
    const coachSees = await coach.page.evaluate(
      async (path) => (await fetch(path)).text(),
      coach.page.url().replace(origin, '').replace('/team/leaders/', '/api/coaching/'),
    );
    assert.ok(!coachSees.includes('Open the first EU distribution hub'), 'the goal not chosen: no title');
    assert.ok(!coachSees.includes('goal:eu-hub'), 'nor its id');
    assert.ok(!(await coach.page.locator('main').innerText()).includes('Open the first EU distribution hub'));
    assert.ok((await coach.page.getByRole('list', { name: 'Moves' }).getByRole('listitem').count()) > 0);
    const named = await coach.page.locator('main').innerText();
    assert.ok(
      names.some((n) => named.includes(n)),
      'with names shared, names show',
    );
    await coach.shot('leader-named');

    // The team pages fit a 375 px phone without horizontal scroll.
    for (const p of [coach, leader]) {
      await p.page.setViewportSize({ width: 375, height: 812 });
      assert.ok(
        Number(await p.page.evaluate('document.documentElement.scrollWidth')) <= 375,
        `${await p.page.title()} fits a phone`,
      );
      await p.shot('phone');
      await p.page.setViewportSize({ width: 1280, height: 900 });
    }

    // The leader revokes with one button; the coach's page then says nothing is shared.
    await leader.page.getByRole('button', { name: 'Stop sharing with Cora Coach' }).click();
    await leader.page.getByText('You share nothing with any coach.').waitFor();
    assert.ok(changes.length >= 2, 'the share and the revocation were sent');
    for (const c of changes) assert.ok(c.csrf && c.csrf.length > 20, `${c.method} carries X-CSRF-Token`);
    await coach.page.reload();
    await until(
      'the page after revoking',
      async () => (await title(coach.page).textContent()) === 'Nothing shared',
    );
    await coach.page.getByText('This leader shares nothing with you at the moment').waitFor();
    assert.ok(!(await coach.page.locator('main').innerText()).includes('Findings'));
    await coach.page.getByRole('link', { name: 'Back to my leaders' }).click();
    await coach.page.getByText('No leader shares anything with you yet.').waitFor();
    await coach.shot('revoked');

    // Signing out ends the session; five wrong passwords lock the address for a while.
    await coach.page.getByRole('button', { name: 'Sign out' }).click();
    await until('the sign-in page', async () => (await title(coach.page).textContent()) === 'Sign in');
    assert.equal(await coach.page.evaluate(async () => (await fetch('/api/session')).status), 401);
    for (let i = 0; i < 5; i++) {
      await signIn(coach.page, 'cora@example.org', `guess number ${i}`);
      await coach.page.getByRole('alert').filter({ hasText: 'Wrong e-mail address or password.' }).waitFor();
      await coach.page.getByRole('button', { name: 'Sign in' }).and(coach.page.locator(':enabled')).waitFor();
    }
    await signIn(coach.page, 'cora@example.org', 'a coach password');
    await coach.page
      .getByRole('alert')
      .filter({ hasText: 'Too many failed sign-ins for this address.' })
      .waitFor();
    await coach.shot('locked');

    // A session that ends (its cookie gone) leads back to the sign-in, then to the page asked for.
    await leader.page.context().clearCookies();
    await leader.page.getByRole('link', { name: 'People' }).click();
    await until('the sign-in page', async () => (await title(leader.page).textContent()) === 'Sign in');
    await signIn(leader.page, 'lee@example.org', 'another long password');
    await until('the people page', async () => (await title(leader.page).textContent()) === 'People');
    assert.equal(new URL(leader.page.url()).pathname, '/people');

    const problems = [...admin.problems, ...coach.problems, ...leader.problems];
    assert.deepEqual(problems, [], 'the pages stayed clean');
  } catch (err) {
    for (const p of [admin, coach, leader]) await p.shot('failure').catch(() => {});
    throw err;
  }
});

test('a single-user server with a token asks for its link, never for a sign-in', {
  timeout: 60_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-e2e-token-'));
  const store = SqliteNetworkStore.open(join(dir, 'threefold.db'));
  const token = 'a-token-long-enough-for-the-server-0123456789';
  const single = await listen(
    (allowedHosts) => createApp({ store, token, allowedHosts, webRoot: WEB_DIST, onInternalError: () => {} }),
    { host: '127.0.0.1', port: 0, token },
  );
  const base = `http://127.0.0.1:${single.port}`;
  const visitor = await person('token');
  try {
    const sessionProbes: string[] = [];
    visitor.page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/session') sessionProbes.push(r.url());
    });
    await visitor.page.goto(`${base}/`);
    await visitor.page.getByRole('alert').filter({ hasText: 'This server needs its access token' }).waitFor();
    assert.equal(await visitor.page.getByRole('heading', { name: 'Sign in' }).count(), 0);
    // A new document (a hash change alone would not load the app again), as opening the link does.
    await visitor.page.goto('about:blank');
    await visitor.page.goto(`${base}/#token=${token}`);
    await visitor.page.getByRole('heading', { name: 'Your network is empty' }).waitFor();
    assert.equal(await visitor.page.getByRole('button', { name: 'Sign out' }).count(), 0);
    assert.equal(sessionProbes.length, 1, 'with the token in use, the app does not look for a session');
    assert.deepEqual(visitor.problems, []);
  } finally {
    await single.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A leader who joins by link and works through the API (cookie and CSRF token kept). */
async function apiLeader(link: string, who: { email: string; name: string }) {
  let cookie = '';
  let csrf = '';
  const call = async (path: string, method = 'GET', body?: unknown) => {
    const res = await fetch(`${origin}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    for (const c of res.headers.getSetCookie()) cookie = c.split(';')[0]!;
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const token = new URL(link).hash.replace('#invite=', '');
  const accepted = await call('/api/invitations/accept', 'POST', {
    token,
    ...who,
    password: 'participant password',
  });
  assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
  csrf = accepted.body.csrf;
  return call;
}

/** Every text the page's status line shows from now on, however briefly. */
async function recordStatuses(page: Page, selector: string): Promise<() => Promise<string[]>> {
  await page.evaluate(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    window.__statuses = [el.textContent];
    new MutationObserver(() => window.__statuses.push(el.textContent)).observe(el, {
      childList: true, characterData: true, subtree: true,
    });
  })()`);
  return async () => (await page.evaluate('window.__statuses')) as string[];
}

test('a programme admin starts a cohort, invites its leaders, reads it only as a whole from five up, and proposes mixed peer groups', {
  timeout: 240_000,
}, async () => {
  const admin = await person('programme-admin');
  const joiner = await person('programme-leader');
  try {
    await admin.page.goto(`${origin}/`);
    await until('the sign-in page', async () => (await title(admin.page).textContent()) === 'Sign in');
    await signIn(admin.page, ADMIN.email, ADMIN.password);
    await until('the invite page', async () => (await title(admin.page).textContent()) === 'Invite');
    await admin.page.getByRole('link', { name: 'Programmes' }).click();
    await until('the programmes page', async () => (await title(admin.page).textContent()) === 'Programmes');
    await admin.page.getByText('You run no programme yet.').waitFor();
    await admin.page.getByLabel('Programme name').fill('Rising leaders 2027');
    await admin.page.getByRole('button', { name: 'Start programme' }).click();
    await until(
      'the programme page',
      async () => (await title(admin.page).textContent()) === 'Rising leaders 2027',
    );
    const programmeUrl = admin.page.url();
    await admin.page.getByText('0 leaders take part.').waitFor();

    // Five invitation links, made on the page.
    const links: string[] = [];
    for (let i = 0; i < 5; i++) {
      await admin.page.getByLabel("Leader's e-mail address (optional)").fill(`p${i}@example.org`);
      await admin.page.getByRole('button', { name: 'Create invitation link' }).click();
      const field = admin.page.getByLabel(new RegExp(`^Invitation for p${i}@example\\.org`));
      await field.waitFor();
      links.push(await field.inputValue());
    }
    for (const link of links)
      assert.match(link, new RegExp(`^${origin.replace(/[.]/g, '\\.')}/#invite=[\\w-]+$`));
    await admin.shot('programme-invite');

    // Four join through the API, each with a network and what they tell of their unit.
    const units = ['Sales', 'Sales', 'Finance', 'Finance'];
    for (const [i, unit] of units.entries()) {
      const call = await apiLeader(links[i]!, { email: `p${i}@example.org`, name: `Participant ${i}` });
      assert.equal((await call('/api/sample', 'POST')).status, 201);
      const told = await call('/api/programmes', 'GET');
      const id = told.body.programmes[0].id as string;
      assert.equal(
        (await call(`/api/programmes/${id}/me`, 'PUT', { unit, sector: i % 2 ? 'retail' : 'banking' }))
          .status,
        200,
      );
    }

    // Four networks: the cohort is computed as a job and shows nothing, saying why.
    await admin.page.reload();
    await admin.page.getByText('4 leaders take part.').waitFor();
    const statuses = await recordStatuses(admin.page, '#cohort-title ~ .row [role=status]');
    await admin.page.getByRole('button', { name: 'Compute the cohort' }).click();
    await admin.page.getByRole('status').filter({ hasText: 'Done.' }).waitFor({ timeout: 60_000 });
    assert.ok(
      (await statuses()).some((s) => /Waiting for a worker|Computing the cohort/.test(s)),
      `the pending state showed: ${JSON.stringify(await statuses())}`,
    );
    assert.ok(new URL(admin.page.url()).searchParams.get('job'), 'the job stays in the address');
    await admin.page
      .getByText(
        "Only 4 leaders in this programme have a network yet. The cohort is shown from 5 leaders up, so that no one leader's diagnosis can be read off this page.",
      )
      .waitFor();
    assert.equal(await admin.page.getByRole('table').count(), 0, 'no figure about four leaders');
    assert.equal(await admin.page.getByRole('list', { name: 'Findings across the cohort' }).count(), 0);
    await admin.shot('cohort-of-four');

    // The fifth accepts in the browser, takes the sample and tells the programme their unit.
    await accept(joiner.page, links[4]!, {
      email: 'p4@example.org',
      name: 'Participant 4',
      password: 'participant password',
    });
    await joiner.page.getByRole('button', { name: 'Explore a sample network' }).click();
    await joiner.page.getByRole('heading', { name: 'Findings' }).waitFor();
    await joiner.page.getByRole('link', { name: 'Programmes' }).click();
    await joiner.page.getByRole('heading', { name: 'Rising leaders 2027' }).waitFor();
    await joiner.page.getByLabel('Unit').fill('Operations');
    await joiner.page.getByLabel('Sector').fill('banking');
    await joiner.page.getByRole('button', { name: 'Save' }).click();
    await joiner.page
      .getByRole('status')
      .filter({ hasText: 'Rising leaders 2027 now knows what you told it.' })
      .waitFor();
    await joiner.shot('programme');
    assert.equal(
      await joiner.page.evaluate(
        async (path) => (await fetch(path)).status,
        `${new URL(programmeUrl).pathname.replace('/team/', '/api/')}/cohort`,
      ),
      404,
      'a leader may not read the cohort',
    );

    // Five: the cohort shows, in aggregate only.
    await admin.page.getByRole('button', { name: 'Compute again' }).click();
    await admin.page.getByRole('status').filter({ hasText: 'Done.' }).waitFor({ timeout: 60_000 });
    const forms = admin.page.getByRole('table', { name: 'The three forms across the cohort' });
    await forms.waitFor();
    assert.deepEqual(await forms.locator('tbody th').allInnerTexts(), [
      'Operational',
      'Personal',
      'Strategic',
    ]);
    for (const cell of await forms.locator('tbody td').allInnerTexts())
      assert.match(cell, /^\d[\d.,]*%? \(\d[\d.,]*%?\)$/, 'median (mean)');
    const found = admin.page.getByRole('list', { name: 'Findings across the cohort' }).getByRole('listitem');
    assert.ok((await found.count()) > 0, 'findings across the cohort');
    const counts = (await found.allInnerTexts()).map((t) => /(\d) of 5 leaders \((\d+)%\)/.exec(t));
    assert.ok(counts.every(Boolean), 'each finding says how many of the five');
    const byFrequency = counts.map((m) => Number(m![1]));
    assert.deepEqual(
      byFrequency,
      [...byFrequency].sort((a, b) => b - a),
      'most frequent first',
    );
    const cohortText = await admin.page.locator('[data-testid=cohort]').innerText();
    const apiCohort = (await admin.page.evaluate(
      async (path) => (await fetch(path)).json(),
      `${new URL(programmeUrl).pathname.replace('/team/', '/api/')}/cohort`,
    )) as { leaders: number; findings: Array<{ code: string; leaders: number }> };
    assert.equal(apiCohort.leaders, 5);
    assert.deepEqual(
      byFrequency,
      apiCohort.findings.map((f) => f.leaders),
      'the page shows what the server counted',
    );
    assert.deepEqual(
      apiCohort.findings.map((f) => f.code).filter((c) => cohortText.includes(c)),
      [],
      'no finding code is shown',
    );
    for (let i = 0; i < 5; i++) assert.ok(!cohortText.includes(`Participant ${i}`), 'no leader is named');
    await admin.shot('cohort');
    // A reload keeps the job's result.
    await admin.page.reload();
    await admin.page.getByRole('table', { name: 'The three forms across the cohort' }).waitFor();

    // Peer groups of two: every group mixes units as far as the cohort allows, said in words.
    await admin.page.getByLabel('Leaders per group').fill('2');
    await admin.page.getByRole('button', { name: 'Propose groups' }).click();
    const groups = admin.page.getByRole('list', { name: 'Proposed groups' }).locator(':scope > li');
    await groups.first().waitFor();
    assert.equal(await groups.count(), 2);
    for (const g of await groups.allInnerTexts()) {
      const groupUnits = [...g.matchAll(/Unit: (\w+)/g)].map((m) => m[1]);
      assert.equal(new Set(groupUnits).size, groupUnits.length, `one of each unit in ${g}`);
    }
    await admin.page
      .getByText(
        /^Units are as mixed as these participants allow \(Blau's index 0\.\d+ of a possible 0\.\d+\)\.$/,
      )
      .waitFor();
    await admin.page
      .getByText('Every participant gave the same function, or none: groups cannot mix functions.')
      .waitFor();
    await admin.shot('peer-groups');

    // The programme page fits a phone.
    await admin.page.setViewportSize({ width: 375, height: 812 });
    assert.ok(Number(await admin.page.evaluate('document.documentElement.scrollWidth')) <= 375);
    await admin.shot('programme-phone');
    await admin.page.setViewportSize({ width: 1280, height: 900 });

    // The fifth leaves: from then on the cohort shows nothing again.
    await joiner.page.getByRole('button', { name: 'Leave Rising leaders 2027' }).click();
    await joiner.page.getByText('You take part in no programme.').waitFor();
    await admin.page.getByRole('button', { name: 'Compute again' }).click();
    await admin.page
      .getByText(/^Only 4 leaders in this programme have a network yet\./)
      .waitFor({ timeout: 60_000 });

    assert.deepEqual([...admin.problems, ...joiner.problems], [], 'the pages stayed clean');
  } catch (err) {
    for (const p of [admin, joiner]) await p.shot('failure').catch(() => {});
    throw err;
  }
});

test('the Organisation page: the admin reads the report, a leader only their own place in it', async () => {
  const admin = await person('company-admin');
  await admin.page.goto(origin);
  await signIn(admin.page, ADMIN.email, ADMIN.password);
  await admin.page.getByRole('link', { name: 'Organisation' }).click();
  await admin.page.getByRole('heading', { name: 'Who works with whom' }).waitFor({ timeout: 60_000 });
  const report = await admin.page.locator('main').innerText();
  assert.match(report, /60 people in 10 units/);
  assert.doesNotMatch(report, /una@example\.org|Una Unit/);
  await admin.shot('organisation');

  const una = await person('company-leader');
  await una.page.goto(origin);
  await signIn(una.page, UNA.email, UNA.password);
  await una.page.getByRole('link', { name: 'Organisation' }).click();
  await until(
    'her own picture',
    async () => (await title(una.page).textContent()) === 'Your place in the organisation',
  );
  await una.page.getByText('You have 4 working ties').waitFor();
  const mine = await una.page.locator('main').innerText();
  assert.match(mine, /You reach 2 units besides Unit 1/);
  assert.doesNotMatch(mine, /Who works with whom/);
  await una.shot('organisation-own');
  assert.deepEqual([...admin.problems, ...una.problems.filter((p) => !/status of 403/.test(p))], []);
});
