// A throwaway PostgreSQL cluster for tests: Debian's server binaries, a fresh data folder in the
// temporary directory, a free port on 127.0.0.1, stopped and removed by `stop()`. As root (CI),
// the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCluster {
  /** A role that owns the database and its tables (runs the migrations). */
  ownerUrl: string;
  /** A role that is not the tables' owner: what the team server connects as. */
  appUrl: string;
  appRole: string;
  stop(): void;
}

/** Where Debian puts the server binaries (`/usr/lib/postgresql/<major>/bin`), newest first. */
export function postgresBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const majors = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] ? join(root, majors[0], 'bin') : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<TestCluster> {
  const bin = postgresBinaries();
  if (!bin)
    throw new Error('PostgreSQL is not installed: apt-get install postgresql (the .ci/run script does)');
  const isRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'threefold-pg-'));
  const data = join(dir, 'data');
  const run = (program: string, args: string[]) => {
    const file = join(bin, program);
    if (isRoot) execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe' });
    else execFileSync(file, args, { stdio: 'pipe' });
  };
  if (isRoot) {
    chmodSync(dir, 0o755);
    execFileSync('chown', ['postgres:postgres', dir]);
  }
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'admin', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c full_page_writes=off`,
    'start',
  ]);
  const stop = () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    const psql = (sqlText: string) =>
      run('psql', [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'admin',
        '-d',
        'postgres',
        '-v',
        'ON_ERROR_STOP=1',
        '-c',
        sqlText,
      ]);
    psql("CREATE ROLE threefold_owner LOGIN PASSWORD 'owner-secret'");
    psql("CREATE ROLE threefold_app LOGIN PASSWORD 'app-secret'");
    psql('CREATE DATABASE threefold OWNER threefold_owner');
    const url = (user: string, password: string) =>
      `postgres://${user}:${password}@127.0.0.1:${port}/threefold`;
    return {
      ownerUrl: url('threefold_owner', 'owner-secret'),
      appUrl: url('threefold_app', 'app-secret'),
      appRole: 'threefold_app',
      stop,
    };
  } catch (err) {
    stop();
    throw err;
  }
}
