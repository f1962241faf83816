import type { Hono } from 'hono';
import type { NetworkStore } from '../app/port.js';
import { buildHonoApp } from './app.js';
import { VersionCache } from './cache.js';
import { apiRoutes } from './routes/index.js';
import type { Services } from './services.js';
import { coreServices } from './services-core.js';

export { checkExposure, DEFAULT_HOST, DEFAULT_PORT, listen, type RunningServer } from './start.js';

export interface CreateAppOptions {
  /** The storage port (src/app/port.ts): the embedded SQLite store by default. */
  store: NetworkStore;
  token?: string | undefined;
  allowedHosts: Iterable<string> | (() => Iterable<string>);
  webRoot?: string;
  services?: Services;
  version?: string;
  onInternalError?: (err: unknown) => void;
}

/** The whole server app over a store: API, OpenAPI document, security layers and the web app. */
export function createApp(options: CreateAppOptions): Hono {
  const { store } = options;
  const services = options.services ?? coreServices();
  const cache = new VersionCache();
  const version = options.version ?? '0.1.0';
  return buildHonoApp({
    routes: apiRoutes({ store, services, cache }, version, options.token),
    // Each request sees the data as it is now, whoever changed it (this server, the CLI, another server).
    beforeApi: async () => cache.sync(await store.dataVersion()),
    token: options.token,
    allowedHosts: options.allowedHosts,
    version,
    ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}),
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
  });
}
