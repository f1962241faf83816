import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { invalidInput } from './errors.js';

/**
 * The only module that reads the environment. Everything else receives these values as
 * arguments, so the core stays pure and tests can point the app anywhere.
 */
export interface Config {
  /** Path of the SQLite database file. */
  dbPath: string;
  /** Token required by the HTTP server when bound beyond loopback. */
  token: string | undefined;
  /** Whether standard output is a terminal (colour, progress bars). */
  isTTY: boolean;
  /** NO_COLOR (https://no-color.org) turns colour off even on a terminal. */
  color: boolean;
}

/** Where `threefold serve` listens unless told otherwise: loopback only. */
export const DEFAULT_PORT = 4321;
export const DEFAULT_HOST = '127.0.0.1';

export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const dataHome =
    env.XDG_DATA_HOME && env.XDG_DATA_HOME.length > 0
      ? env.XDG_DATA_HOME
      : join(env.HOME ?? homedir(), '.local', 'share');
  return join(dataHome, 'threefold', 'threefold.db');
}

/**
 * The server's token, from the first that is given of `--token-file`, `--token` (seen by every
 * user of the machine in `ps`: the CLI warns), `THREEFOLD_TOKEN_FILE` and `THREEFOLD_TOKEN`. A
 * token file holds the token on its first line. Read only by `threefold serve`.
 */
export function serverToken(
  options: { token?: string | undefined; tokenFile?: string | undefined },
  env: NodeJS.ProcessEnv = process.env,
): { token: string | undefined; from: string | undefined } {
  const file =
    options.tokenFile ?? (options.token === undefined ? env.THREEFOLD_TOKEN_FILE || undefined : undefined);
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw invalidInput(`--token-file: cannot read ${file}`, [
        { path: '--token-file', message: 'unreadable' },
      ]);
    }
    const token = text.split(/\r?\n/)[0]!.trim();
    if (!token)
      throw invalidInput(`--token-file: ${file} holds no token`, [
        { path: '--token-file', message: 'empty' },
      ]);
    return { token, from: `the file ${file}` };
  }
  if (options.token !== undefined) return { token: options.token, from: '--token' };
  if (env.THREEFOLD_TOKEN) return { token: env.THREEFOLD_TOKEN, from: 'THREEFOLD_TOKEN' };
  return { token: undefined, from: undefined };
}

export function loadConfig(
  options: { db?: string; token?: string } = {},
  env: NodeJS.ProcessEnv = process.env,
): Config {
  const isTTY = Boolean(process.stdout.isTTY);
  return {
    dbPath: options.db ?? (env.THREEFOLD_DB || defaultDbPath(env)),
    token: options.token ?? (env.THREEFOLD_TOKEN || undefined),
    isTTY,
    color: isTTY && !env.NO_COLOR && env.TERM !== 'dumb',
  };
}

/** The company database (organisation analysis): `--company-db`, THREEFOLD_COMPANY_DB, or beside the network's. */
export function companyDbPath(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? (env.THREEFOLD_COMPANY_DB || join(dirname(defaultDbPath(env)), 'company.db'));
}

/**
 * The organisation's pseudonymisation key, from `--key-file` or THREEFOLD_COMPANY_KEY_FILE (a
 * file, never the command line, where every user of the machine could read it in `ps`).
 */
export function companyKey(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string | null {
  const file = option ?? (env.THREEFOLD_COMPANY_KEY_FILE || undefined);
  if (file === undefined) return null;
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/)[0]!.trim();
  } catch {
    throw invalidInput(`--key-file: cannot read ${file}`, [{ path: '--key-file', message: 'unreadable' }]);
  }
}

/** Who runs a company query, for its log: `--analyst`, or the account running the command. */
export function analystName(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? (env.USER || env.LOGNAME || 'unknown');
}
