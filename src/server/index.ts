import type { Hono } from 'hono';
import { buildHonoApp } from './app.js';
import { VersionCache } from './cache.js';
import { DocumentBackend, type DocumentPersistence } from './document-backend.js';
import { apiRoutes } from './routes/index.js';
import type { Services } from './services.js';
import { coreServices } from './services-core.js';

export { checkExposure, DEFAULT_HOST, DEFAULT_PORT, listen, type RunningServer } from './start.js';

export interface CreateAppOptions {
  store: DocumentPersistence;
  token?: string | undefined;
  allowedHosts: Iterable<string> | (() => Iterable<string>);
  webRoot?: string;
  services?: Services;
  version?: string;
  onInternalError?: (err: unknown) => void;
}

/** The whole server app over a store: API, OpenAPI document, security layers and the web app. */
export function createApp(options: CreateAppOptions): Hono {
  const backend = new DocumentBackend(options.store);
  const services = options.services ?? coreServices();
  const cache = new VersionCache(() => backend.dataVersion());
  const version = options.version ?? '0.1.0';
  return buildHonoApp({
    routes: apiRoutes({ backend, services, cache }, version),
    token: options.token,
    allowedHosts: options.allowedHosts,
    version,
    ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}),
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
  });
}
