import type { Command } from 'commander';
import {
  companyDbPath,
  companyKey,
  DEFAULT_HOST,
  DEFAULT_PORT,
  loadConfig,
  serverToken,
} from '../../config.js';
import { invalidInput } from '../../errors.js';

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw invalidInput(`--port: "${value}" is not a port number (0..65535)`, [
      { path: '--port', message: 'not a port' },
    ]);
  }
  return n;
}

/** Host, port and database of a connection string, without its user or password. */
function safeLocation(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return '(database)';
  }
}

/** `threefold serve`: the web app and its JSON API on the database the CLI uses. */
export function register(program: Command, _ctx?: unknown): void {
  program
    .command('serve')
    .description('run the web app and its JSON API (http://127.0.0.1:4321 by default)')
    .option('--port <port>', 'port to listen on (0 picks a free one)', parsePort, DEFAULT_PORT)
    .option('--host <host>', 'address to bind; anything but loopback needs a token', DEFAULT_HOST)
    .option('--token-file <path>', 'require the token in this file (its first line) on every API request')
    .option(
      '--token <token>',
      'require this token (visible to other users in `ps`: prefer --token-file or THREEFOLD_TOKEN)',
    )
    .option('--allow-host <name...>', 'extra Host names to accept (a LAN name, a proxy)')
    .option('--no-open', 'do not open a browser')
    .option(
      '--database <url>',
      "serve from a team server's PostgreSQL database (postgres://…) instead of the SQLite file (or THREEFOLD_DATABASE_URL)",
    )
    .option('--leader <name>', 'whose network a PostgreSQL database serves (or THREEFOLD_LEADER)', 'default')
    .option(
      '--team',
      'a team server on the PostgreSQL database: accounts sign in, each leader sees their own network',
    )
    .option('--no-worker', 'in team mode, leave the long analyses to `threefold worker` processes')
    .option('--no-migrate', 'leave the PostgreSQL schema as it is (when the role may not change it)')
    .option(
      '--company-db <file>',
      'the organisation analysis to show (`threefold company`; default: company.db beside the network)',
    )
    .action(
      async (opts: {
        port: number;
        host: string;
        token?: string;
        tokenFile?: string;
        allowHost?: string[];
        open: boolean;
        database?: string;
        leader: string;
        team?: boolean;
        migrate: boolean;
        worker: boolean;
        companyDb?: string;
      }) => {
        const globals = program.opts<{ db?: string }>();
        const config = loadConfig(globals.db !== undefined ? { db: globals.db } : {});
        const { token, from } = serverToken({ token: opts.token, tokenFile: opts.tokenFile });
        if (from === '--token')
          process.stderr.write(
            'note: a token given with --token is visible to other users of this machine (ps); prefer --token-file or THREEFOLD_TOKEN\n',
          );
        // The server (Hono, its routes, the web assets' handling) loads only for this command.
        const { runServe } = await import('../../server/serve.js');
        const url = opts.database ?? process.env.THREEFOLD_DATABASE_URL;
        if (url !== undefined && !/^postgres(ql)?:\/\//.test(url))
          throw invalidInput('--database: give a PostgreSQL connection string (postgres://user@host/db)', [
            { path: '--database', message: 'not a postgres:// URL' },
          ]);
        if (opts.team && !url)
          throw invalidInput(
            '--team needs a PostgreSQL database: add --database postgres://… (or THREEFOLD_DATABASE_URL)',
            [{ path: '--team', message: 'needs --database' }],
          );
        const leader =
          process.env.THREEFOLD_LEADER && opts.leader === 'default'
            ? process.env.THREEFOLD_LEADER
            : opts.leader;
        const running = await runServe({
          dbPath: config.dbPath,
          database: url
            ? { url, leader, migrate: opts.migrate, team: opts.team === true, worker: opts.worker }
            : undefined,
          host: opts.host,
          port: opts.port,
          token,
          ...(opts.allowHost ? { allowHosts: opts.allowHost } : {}),
          open: opts.open && config.isTTY,
          companyDbPath: companyDbPath(opts.companyDb),
          companyKey: companyKey(undefined),
        });
        // The link carries the token: it goes to a terminal a person reads, never into a log or a pipe.
        const link =
          token && !config.isTTY
            ? `${running.url.replace(/#.*$/, '')} (add #token=… from ${from})`
            : running.url;
        // The connection string may hold a password: only its host and database are shown.
        const serving = !url
          ? config.dbPath
          : opts.team
            ? `a team on PostgreSQL ${safeLocation(url)}`
            : `${leader}'s network on PostgreSQL ${safeLocation(url)}`;
        process.stdout.write(`threefold is serving ${serving}\n  open ${link}\n  (Ctrl-C to stop)\n`);
        const stop = () => {
          void running.close().then(() => process.exit(0));
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      },
    );
}
