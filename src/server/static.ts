import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** web/dist of the checkout or the installed package (src/server and dist/server sit two levels down). */
export function defaultWebRoot(): string {
  return resolve(new URL('../../web/dist', import.meta.url).pathname);
}

function fileResponse(path: string, size: number, immutable: boolean, method: string): Response {
  const headers = new Headers({
    'content-type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'content-length': String(size),
    // Vite fingerprints everything under assets/; the page itself must be revalidated.
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (method === 'HEAD') return new Response(null, { headers });
  const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
  return new Response(body, { headers });
}

function fileIn(root: string, urlPath: string): { path: string; size: number } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // Source maps are never served (a stale development build could still hold some).
  if (extname(decoded).toLowerCase() === '.map') return null;
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    const st = statSync(path);
    return st.isFile() ? { path, size: st.size } : null;
  } catch {
    return null;
  }
}

/**
 * Serves the built web app; any other GET that is not a file (a client-side route such as
 * /people/p:1) gets index.html so a reload or a shared link opens the right page.
 */
export function serveWebApp(root: string): MiddlewareHandler {
  const absRoot = resolve(root);
  return async (c, next) => {
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || c.req.path.startsWith('/api/') || c.req.path === '/api') {
      return next();
    }
    const file = fileIn(absRoot, c.req.path);
    if (file) return fileResponse(file.path, file.size, c.req.path.startsWith('/assets/'), method);
    // A missing asset is a 404, not the page: a stale bundle should fail loudly.
    if (extname(c.req.path) !== '') return next();
    const index = join(absRoot, 'index.html');
    if (existsSync(index)) return fileResponse(index, statSync(index).size, false, method);
    return c.text('The web app is not built yet: run `npm run build`. The API is at /api.', 503);
  };
}
