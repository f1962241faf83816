import { homedir } from 'node:os';
import { join } from 'node:path';

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
