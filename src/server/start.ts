import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { DEFAULT_HOST, DEFAULT_PORT } from '../config.js';
import { invalidInput } from '../errors.js';
import { allowedHostsFor, hostForUrl, isLoopback } from './security.js';

export { DEFAULT_HOST, DEFAULT_PORT };

/** Long enough that guessing it over a network is hopeless. */
export const MIN_TOKEN_LENGTH = 16;

export interface ListenOptions {
  host: string;
  port: number;
  token: string | undefined;
  /** More Host header names to accept (a LAN name, a reverse proxy's name). */
  allowHosts?: readonly string[];
  /** A team server: every request but signing in needs an account's session, so no token is needed. */
  sessions?: boolean;
}

export interface RunningServer {
  /** The address to open, with `#token=` when the server has a token. */
  url: string;
  port: number;
  host: string;
  close(): Promise<void>;
}

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/**
 * Refuses an exposed server without a token: anything beyond loopback must authenticate every
 * request. Checked before the socket opens, so nothing is ever served unprotected.
 */
export function checkExposure(host: string, token: string | undefined): void {
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    throw invalidInput(
      `the token must be at least ${MIN_TOKEN_LENGTH} characters (try: openssl rand -hex 16)`,
      [{ path: '--token', message: `at least ${MIN_TOKEN_LENGTH} characters` }],
    );
  }
  if (!isLoopback(host) && token === undefined) {
    throw invalidInput(
      `refusing to listen on ${host} without a token: anyone who can reach it could read and change your network. ` +
        'Pass --token (or set THREEFOLD_TOKEN), or keep the default --host 127.0.0.1.',
      [{ path: '--host', message: 'a non-loopback address needs a token' }],
    );
  }
}

/** Names a client may reach a wildcard-bound server by: every interface address and the host name. */
function wildcardNames(): string[] {
  const names = [hostname()];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) names.push(a.address);
  }
  return names;
}

/** Opens the socket for an app built with `allowedHosts: hostsRef.get`. */
export async function listen(
  makeApp: (allowedHosts: () => Iterable<string>) => Hono,
  options: ListenOptions,
): Promise<RunningServer> {
  if (!options.sessions) checkExposure(options.host, options.token);
  let hosts: string[] = [];
  const app = makeApp(() => hosts);
  const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(
          invalidInput(`port ${options.port} is in use: pass another --port (or --port 0 for any free one)`),
        );
      } else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') {
        reject(invalidInput(`cannot listen on ${options.host}: not an address of this machine`));
      } else reject(err);
    });
  });
  const port = (server.address() as AddressInfo).port;
  const extra = [...(options.allowHosts ?? [])];
  if (WILDCARDS.has(options.host)) extra.push(...wildcardNames());
  hosts = allowedHostsFor(port, options.host, extra);
  const shownHost = WILDCARDS.has(options.host) ? DEFAULT_HOST : hostForUrl(options.host);
  const url = `http://${shownHost}:${port}/${options.token ? `#token=${encodeURIComponent(options.token)}` : ''}`;
  return {
    url,
    port,
    host: options.host,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open until they time out.
        if ('closeAllConnections' in server)
          (server as { closeAllConnections(): void }).closeAllConnections();
      }),
  };
}
