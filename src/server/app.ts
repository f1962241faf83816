import { type Context, Hono } from 'hono';
import { errorResponse } from './errors.js';
import { openApiDocument } from './openapi.js';
import { honoPath, type Route, route, runRoute } from './route.js';
import { hostCheck, originCheck, securityHeaders, tokenCheck } from './security.js';
import { defaultWebRoot, serveWebApp } from './static.js';

export interface AppOptions {
  /** The API's operations (see routes/index.ts), built over a store. */
  routes: readonly Route[];
  /** Required on every /api request when set. */
  token?: string | undefined;
  /** Accepted Host header values (`host:port`); a function when the port is known only after listen. */
  allowedHosts: Iterable<string> | (() => Iterable<string>);
  /** Folder of the built web app; defaults to web/dist of the package. */
  webRoot?: string;
  version?: string;
  /**
   * Runs every API route (after the security checks): the server's place to sync its cache with
   * the data, and in team mode to say whose request it is (team.ts).
   */
  aroundApi?: (r: Route, c: Context, run: () => Promise<Response>) => Promise<Response>;
  /** Where internal errors are reported (stderr by default). */
  onInternalError?: (err: unknown) => void;
}

/** The Hono app: security layers, the API from the route table, the OpenAPI document, the web app. */
export function buildHonoApp(options: AppOptions): Hono {
  const hosts = options.allowedHosts;
  let cached: { source: string; set: ReadonlySet<string> } | undefined;
  const allowedHosts = (): ReadonlySet<string> => {
    const list = [...(typeof hosts === 'function' ? hosts() : hosts)].map((h) => h.toLowerCase());
    const source = list.join(',');
    if (!cached || cached.source !== source) cached = { source, set: new Set(list) };
    return cached.set;
  };
  const version = options.version ?? '0.0.0';
  const report = options.onInternalError ?? ((err: unknown) => console.error(err));

  const openapi = route({
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'openapi',
    summary: 'This OpenAPI 3.1 document',
    tag: 'meta',
    access: 'public',
    handler: () => document,
  });
  const all = [...options.routes, openapi];
  const document = openApiDocument(all, version);

  const app = new Hono();
  app.use('*', securityHeaders);
  app.use('*', hostCheck({ allowedHosts, token: options.token }));
  app.use('*', originCheck());
  app.use('/api/*', tokenCheck(options.token));
  app.use('/api/*', async (c, next) => {
    await next();
    c.res.headers.set('cache-control', 'no-store');
  });
  const around = options.aroundApi ?? ((_r, _c, run) => run());
  for (const r of all) {
    app.on(r.method.toUpperCase(), honoPath(r.path), (c) => around(r, c, () => runRoute(r, c)));
  }
  app.all('/api/*', (c) =>
    c.json(
      { error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}`, details: [] } },
      404,
    ),
  );
  app.use('*', serveWebApp(options.webRoot ?? defaultWebRoot()));
  app.notFound((c) => c.text('not found', 404));
  app.onError((err) => {
    const res = errorResponse(err);
    if (res.status === 500) report(err);
    return res;
  });
  return app;
}
