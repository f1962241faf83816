import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ThreefoldError } from '../errors.js';
import { errorResponse } from './errors.js';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}

/** `::1` -> `[::1]`: the form an IPv6 address takes in a Host header or URL. */
export function hostForUrl(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/**
 * The Host header values the server answers to: the loopback names on its port, plus the address
 * it is bound to and any names the user allowed. Everything else is refused, which defeats DNS
 * rebinding (a hostile page whose name resolves to 127.0.0.1 still sends its own name as Host).
 */
export function allowedHostsFor(port: number, boundHost: string, extra: readonly string[] = []): string[] {
  const names = ['127.0.0.1', 'localhost', '[::1]', hostForUrl(boundHost), ...extra.map(hostForUrl)];
  return [...new Set(names.map((n) => `${n.toLowerCase()}:${port}`))];
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface SecurityOptions {
  /** Lower-case `host:port` values; a function so a server listening on port 0 can fill it later. */
  allowedHosts: () => ReadonlySet<string>;
  token: string | undefined;
}

export function reject(code: 'forbidden' | 'unauthorized', message: string): Response {
  const res = errorResponse(new ThreefoldError(code, message));
  if (code === 'unauthorized') res.headers.set('www-authenticate', 'Bearer realm="threefold"');
  return res;
}

/**
 * Whether `given` is the token, in the same time whatever either is: both are hashed first, so
 * the comparison neither stops at the first difference nor returns early on a length.
 */
export function secretMatches(given: string, token: string): boolean {
  const digest = (v: string) => createHash('sha256').update(v).digest();
  return timingSafeEqual(digest(given), digest(token));
}

export function tokenMatches(header: string | undefined, token: string): boolean {
  if (!header) return false;
  const m = /^Bearer\s+(.+)$/i.exec(header.trim());
  return m !== null && secretMatches(m[1]!, token);
}

/** Headers every response carries, the web app's pages included. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const h = c.res.headers;
  h.set('content-security-policy', CONTENT_SECURITY_POLICY);
  h.set('x-content-type-options', 'nosniff');
  h.set('referrer-policy', 'no-referrer');
  h.set('x-frame-options', 'DENY');
  h.set('cross-origin-opener-policy', 'same-origin');
  h.set('cross-origin-resource-policy', 'same-origin');
};

/** Host allow-list for every request (DNS rebinding). */
export function hostCheck(options: SecurityOptions): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (!options.allowedHosts().has(host)) {
      return reject('forbidden', `host "${host}" is not allowed; open the address threefold serve printed`);
    }
    return next();
  };
}

/**
 * Cross-site request forgery: a state-changing request that says where it comes from must come
 * from this server's own origin. Browsers always send Origin on cross-site POSTs, so a missing
 * Origin means a non-browser client (curl, scripts), which the Host check and token already cover.
 */
export function originCheck(): MiddlewareHandler {
  return async (c, next) => {
    if (!STATE_CHANGING.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (origin !== undefined) {
      // The page's origin must be this server's: scheme, host and port. The server speaks plain
      // HTTP; behind a proxy that ends TLS, the proxy says so (X-Forwarded-Proto), and a page
      // cannot set that header on a cross-site request without a preflight it would fail.
      const scheme =
        c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https'
          ? 'https:'
          : 'http:';
      let originHost: string | null = null;
      try {
        const url = new URL(origin);
        if (url.protocol === scheme) originHost = url.host.toLowerCase();
      } catch {
        originHost = null;
      }
      if (originHost === null || !sameHost(originHost, host, scheme)) {
        return reject('forbidden', `cross-origin request from "${origin}" refused`);
      }
    } else if (c.req.header('sec-fetch-site') === 'cross-site') {
      return reject('forbidden', 'cross-site request refused');
    }
    return next();
  };
}

/** URL.host drops the default port, a Host header may keep it: compare them with ports filled in. */
function sameHost(originHost: string, host: string, scheme: string): boolean {
  if (originHost === host) return true;
  return withPort(originHost, scheme) === withPort(host, scheme);
}

function withPort(h: string, scheme: string): string {
  return /:\d+$/.test(h) ? h : `${h}:${scheme === 'https:' ? 443 : 80}`;
}

/** Bearer token on every API request when the server has one. */
export function tokenCheck(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token === undefined) return next();
    if (!tokenMatches(c.req.header('authorization'), token)) {
      return reject('unauthorized', 'missing or wrong token: send "Authorization: Bearer <token>"');
    }
    return next();
  };
}
