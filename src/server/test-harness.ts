import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteNetworkStore } from '../store/sqlite-network-store.js';
import { createApp } from './index.js';
import type { Services } from './services.js';
import { listen } from './start.js';
import { fixtureDocument } from './test-fixture.js';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON replies
  json: any;
}

export interface TestServer {
  port: number;
  url: string;
  dir: string;
  call(
    method: string,
    path: string,
    opts?: {
      body?: unknown;
      raw?: Uint8Array | string;
      headers?: Record<string, string>;
      token?: string | null;
    },
  ): Promise<Reply>;
  close(): Promise<void>;
}

/** A real server on 127.0.0.1 (any free port) over a SQLite file in a fresh temp dir. */
export async function startTestServer(
  opts: { token?: string; services?: Partial<Services>; webRoot?: string; dbPath?: string } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'threefold-server-'));
  const store = SqliteNetworkStore.open(opts.dbPath ?? join(dir, 'threefold.db'));
  const { coreServices } = await import('./services-core.js');
  const services = { ...coreServices(), today: () => '2026-06-01', ...opts.services } as Services;
  const running = await listen(
    (allowedHosts) =>
      createApp({
        store,
        token: opts.token,
        allowedHosts,
        services,
        webRoot: opts.webRoot ?? join(dir, 'no-web'),
        onInternalError: () => {},
      }),
    { host: '127.0.0.1', port: 0, token: opts.token },
  );
  const port = running.port;
  const call: TestServer['call'] = (method, path, o = {}) =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string> = { host: `127.0.0.1:${port}`, ...o.headers };
      const token = o.token === undefined ? opts.token : o.token;
      if (token) headers.authorization = `Bearer ${token}`;
      let payload: Uint8Array | string | undefined = o.raw;
      if (o.body !== undefined) {
        payload = JSON.stringify(o.body);
        headers['content-type'] ??= 'application/json';
      }
      if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
      const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      });
      // A server may answer 413 before reading the body; the write then fails, the reply stands.
      req.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') reject(err);
      });
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  return {
    port,
    url: running.url,
    dir,
    call,
    close: async () => {
      await running.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A test server holding the fixture network (test-fixture.ts), imported through the API. */
export async function startFixtureServer(): Promise<TestServer> {
  const server = await startTestServer();
  const imported = await server.call('POST', '/api/import?filename=net.json', {
    raw: JSON.stringify(fixtureDocument()),
    headers: { 'content-type': 'application/json' },
  });
  if (imported.status !== 200) {
    await server.close();
    throw new Error(`importing the fixture failed (${imported.status}): ${imported.text}`);
  }
  return server;
}

export interface Operation {
  method: string;
  path: string;
  jsonBody: boolean;
  /** The JSON Schema of the request body, when it is JSON. */
  bodySchema?: JsonSchema;
}

export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
}

/** Every operation of the OpenAPI document, path parameters filled with ids of the fixture. */
export async function apiOperations(server: TestServer): Promise<Operation[]> {
  const doc = (await server.call('GET', '/api/openapi.json')).json as {
    paths: Record<
      string,
      Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
    >;
  };
  const fill: Record<string, string> = { id: 'p:1', person: 'p:1', a: 'p:1', b: 'p:2', key: 'k' };
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const json = op.requestBody?.content?.['application/json'];
      ops.push({
        method: method.toUpperCase(),
        path: path.replace(/\{(\w+)\}/g, (_, name: string) => fill[name] ?? 'x'),
        jsonBody: json !== undefined,
        ...(json?.schema ? { bodySchema: json.schema } : {}),
      });
    }
  }
  return ops;
}
