import type { Hono } from 'hono';
import type { NetworkStore } from '../app/port.js';
import { buildHonoApp } from './app.js';
import { VersionCache } from './cache.js';
import type { CompanySource } from './company-source.js';
import type { RouteContext } from './routes/context.js';
import { apiRoutes } from './routes/index.js';
import type { Services } from './services.js';
import { coreServices } from './services-core.js';
import { requestScope, type Team, teamAround, teamRoutes } from './team.js';

export { checkExposure, DEFAULT_HOST, DEFAULT_PORT, listen, type RunningServer } from './start.js';

export interface CreateAppOptions {
  /** The storage port (src/app/port.ts): the embedded SQLite store by default; none in team mode. */
  store?: NetworkStore;
  token?: string | undefined;
  allowedHosts: Iterable<string> | (() => Iterable<string>);
  webRoot?: string;
  services?: Services;
  version?: string;
  onInternalError?: (err: unknown) => void;
  /** A team server: accounts sign in, and each request works on the signed-in leader's network. */
  team?: Team;
  /** Where the organisation analysis (`threefold company`) is read from, if anywhere. */
  company?: CompanySource;
}

/** The whole server app over a store: API, OpenAPI document, security layers and the web app. */
export function createApp(options: CreateAppOptions): Hono {
  const services = options.services ?? coreServices();
  const cache = new VersionCache();
  const version = options.version ?? '0.1.0';
  // The routes read the store and cache of the request's scope: the signed-in leader's in team
  // mode, the server's own otherwise.
  const ctx: RouteContext = {
    get store() {
      const store = requestScope.getStore()?.store ?? options.store;
      if (!store) throw new Error('no network for this request');
      return store;
    },
    services,
    get cache() {
      return requestScope.getStore()?.cache ?? cache;
    },
  };
  const { team, store } = options;
  if (!team && !store) throw new Error('createApp needs a store or a team');
  return buildHonoApp({
    routes: [...apiRoutes(ctx, version, options.token, options.company), ...(team ? teamRoutes(team) : [])],
    aroundApi: team
      ? teamAround(team)
      : // Each request sees the data as it is now, whoever changed it (this server, the CLI, another server).
        async (_r, _c, run) => {
          cache.sync(await store!.dataVersion());
          return run();
        },
    token: options.token,
    allowedHosts: options.allowedHosts,
    version,
    ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}),
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
  });
}
