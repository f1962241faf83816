import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, test } from 'node:test';
import { runCli } from '../../cli/test-support/run-cli.js';
import { startPostgres } from '../../test-support/postgres.js';
import { locationOf, unreachable } from './unreachable.js';

const cluster = await startPostgres();
after(() => cluster.stop());

/** A port on 127.0.0.1 nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const serveTeam = (url: string) => runCli(['serve', '--team', '--no-open', '--port', '0', '--database', url]);

/** What every such message must be: plain words, the place, no password and no driver's code. */
function assertPlain(stderr: string, password: string) {
  assert.ok(!stderr.includes(password), `no password in: ${stderr}`);
  assert.doesNotMatch(stderr, /ECONNREFUSED|28P01|3D000|at Object\.|node:internal/);
  assert.match(stderr, /\b[Cc]heck /, 'it says what to check');
}

test('a PostgreSQL server that does not answer: serve --team names its host and port and what to check', async () => {
  const port = await closedPort();
  const run = await serveTeam(`postgres://threefold:do-not-print-me@127.0.0.1:${port}/team`);
  assert.equal(run.code, 1);
  assert.equal(
    run.stderr.trim(),
    `threefold: cannot connect to the PostgreSQL server at 127.0.0.1:${port} (database "team"): nothing answers on that port (connection refused). Check that PostgreSQL is running on 127.0.0.1 and listens on port ${port}, and that --database (or THREEFOLD_DATABASE_URL) names them right.`,
  );
  assertPlain(run.stderr, 'do-not-print-me');
  assert.equal(run.stdout, '', 'nothing claims to be serving');
});

test('an unknown role, a missing database and a role without rights each read as such, with the place', async () => {
  const port = new URL(cluster.appUrl).port;
  const stranger = await serveTeam(`postgres://nobody_here:a-password@127.0.0.1:${port}/threefold`);
  assert.equal(stranger.code, 1);
  assert.match(
    stranger.stderr,
    new RegExp(
      `^threefold: cannot connect to the PostgreSQL server at 127\\.0\\.0\\.1:${port} \\(database "threefold"\\): it refused user "nobody_here"`,
    ),
  );
  assertPlain(stranger.stderr, 'a-password');

  const missing = await serveTeam(`postgres://threefold_app:app-secret@127.0.0.1:${port}/no_such_db`);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /it has no database "no_such_db"\. Create it \(createdb no_such_db\)/);
  assertPlain(missing.stderr, 'app-secret');

  // The application role may not create the tables: the message says what to run instead.
  const app = await serveTeam(cluster.appUrl);
  assert.equal(app.code, 1);
  assert.match(
    app.stderr,
    /^threefold: user "threefold_app" may not create or change the tables of database "threefold" at 127\.0\.0\.1:\d+\. Run `threefold migrate --database <URL of the role that owns the database> --grant threefold_app` once/,
  );
  assert.doesNotMatch(app.stderr, /permission denied|app-secret/);
});

test('locationOf reads host, port, database and user, with the defaults PostgreSQL uses', () => {
  assert.deepEqual(locationOf('postgres://ann:secret@db.example.org/team'), {
    host: 'db.example.org',
    port: '5432',
    database: 'team',
    user: 'ann',
  });
  assert.deepEqual(locationOf('postgresql:///team?host=/var/run/postgresql&user=ann'), {
    host: '/var/run/postgresql',
    port: '5432',
    database: 'team',
    user: 'ann',
  });
});

test('unreachable words an unknown host and a timeout, and leaves other errors alone', () => {
  const url = 'postgres://ann:secret@db.example.org:6543/team';
  const unknown = unreachable(
    url,
    Object.assign(new Error('getaddrinfo ENOTFOUND db.example.org'), { code: 'ENOTFOUND' }),
  );
  assert.match(
    unknown!.message,
    /^cannot connect to the PostgreSQL server at db\.example\.org:6543 \(database "team"\): the host name "db\.example\.org" is not known\./,
  );
  const slow = unreachable(url, new Error('timeout expired'));
  assert.match(slow!.message, /it did not answer in time\. Check that db\.example\.org is up/);
  for (const e of [unknown!, slow!]) assert.ok(!e.message.includes('secret'));
  assert.equal(unreachable(url, new Error('syntax error at or near "SELEC"')), undefined);
});
