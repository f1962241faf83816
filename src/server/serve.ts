import { spawn } from 'node:child_process';
import type { NetworkStore } from '../app/port.js';
import { SqliteNetworkStore } from '../store/sqlite-network-store.js';
import { createApp } from './index.js';
import { DEFAULT_HOST, DEFAULT_PORT, listen, type RunningServer } from './start.js';

export interface ServeOptions {
  dbPath: string;
  /** A team server's PostgreSQL database instead of the SQLite file, and whose network it serves. */
  database?: { url: string; leader: string; migrate: boolean } | undefined;
  host?: string;
  port?: number;
  token?: string | undefined;
  allowHosts?: readonly string[];
  webRoot?: string;
  open?: boolean;
}

/** Opens the user's browser on the app; failing to is not an error (a server has no display). */
export function openBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer.exe' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener on this machine: the printed URL is enough.
  }
}

async function openStore(options: ServeOptions): Promise<NetworkStore> {
  if (!options.database) return SqliteNetworkStore.open(options.dbPath);
  // The PostgreSQL driver loads only for a team server.
  const { PostgresNetworkStore } = await import('../store/postgres/postgres-network-store.js');
  const { url, leader, migrate } = options.database;
  return PostgresNetworkStore.open(url, { tenant: leader, migrate });
}

/** `threefold serve`: the store, the app, the socket; resolves once listening. */
export async function runServe(options: ServeOptions): Promise<RunningServer> {
  const store = await openStore(options);
  try {
    const running = await listen(
      (allowedHosts) =>
        createApp({
          store,
          token: options.token,
          allowedHosts,
          ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}),
        }),
      {
        host: options.host ?? DEFAULT_HOST,
        port: options.port ?? DEFAULT_PORT,
        token: options.token,
        ...(options.allowHosts ? { allowHosts: options.allowHosts } : {}),
      },
    );
    if (options.open) openBrowser(running.url);
    return {
      ...running,
      close: async () => {
        await running.close();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}
