// End-to-end harness: the real server (in this process, on 127.0.0.1, over a real SQLite file in
// a temp dir) serving the built web app, driven by Debian's Chromium through playwright-core.
// Any uncaught page error, CSP violation or console error fails the test; every step a test
// names is saved as a full-page screenshot under artifacts/screenshots/.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Dialog,
  type Locator,
  type Page,
} from 'playwright-core';
import type { ThreefoldDocument } from '../../src/document/schema.js';
import { fileCompanySource } from '../../src/server/company-source.js';
import { createApp, listen, type RunningServer } from '../../src/server/index.js';
import { SqliteNetworkStore } from '../../src/store/sqlite-network-store.js';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
/** The built app; THREEFOLD_E2E_WEB points at another build (so a rebuild of web/dist cannot race a run). */
export const WEB_DIST = process.env.THREEFOLD_E2E_WEB ?? join(ROOT, 'web', 'dist');
export const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots');
export const STORIES = join(ROOT, 'fixtures', 'stories');

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export interface ApiReply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON replies
  json: any;
  text: string;
}

export interface App {
  /** http://127.0.0.1:PORT */
  origin: string;
  page: Page;
  context: BrowserContext;
  /** Every dialog the page opened (alert, confirm, prompt); they are dismissed. */
  dialogs: Dialog[];
  /** Console errors, page errors, CSP violations and 5xx answers seen so far. */
  problems: string[];
  /** Opens a path of the app and waits for the page heading. */
  visit(path: string): Promise<void>;
  /** Saves a full-page screenshot as artifacts/screenshots/<test>-<step>.png. */
  shot(step: string): Promise<void>;
  /** Calls the API directly (setting up data a flow does not exercise). */
  api(method: string, path: string, body?: unknown): Promise<ApiReply>;
}

export interface AppOptions {
  viewport?: { width: number; height: number };
  /** Fills the company database (`threefold company`) the server shows, before it starts. */
  company?: (dbPath: string) => Promise<void>;
  /** A network imported through the store before the server starts (faster than over HTTP for a large one). */
  network?: () => ThreefoldDocument;
}

function requireBuild(): void {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(
      `the built web app is missing (${WEB_DIST}/index.html): the end-to-end tests serve the built app. ` +
        'Build it first: `npm run build` (or `npx vite build --config web/vite.config.ts`); ' +
        'the full `npm test` builds before it runs.',
    );
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium).`);
  }
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/**
 * Console messages a correct app still produces: the browser logs every non-2xx fetch as
 * "Failed to load resource", and the API answers 404, 409 or 412 by design (no owner yet, a person
 * with no relationship, an unreachable path, a record someone else changed). A 5xx, a missing asset or anything else is a fault.
 */
function expectedConsoleError(text: string, url: string | undefined): boolean {
  return (
    /^Failed to load resource: the server responded with a status of (400|404|409|412)\b/.test(text) &&
    url !== undefined &&
    new URL(url).pathname.startsWith('/api/')
  );
}

async function startServer(
  dir: string,
  options: AppOptions,
): Promise<{ running: RunningServer; close(): Promise<void> }> {
  const store = SqliteNetworkStore.open(join(dir, 'threefold.db'));
  if (options.network) await store.importDocument(options.network(), 'replace');
  const companyDb = join(dir, 'company.db');
  await options.company?.(companyDb);
  const company = fileCompanySource(companyDb, null);
  const running = await listen(
    (allowedHosts) =>
      createApp({ store, allowedHosts, webRoot: WEB_DIST, company, onInternalError: () => {} }),
    { host: '127.0.0.1', port: 0, token: undefined },
  );
  return {
    running,
    close: async () => {
      await running.close();
      await store.close();
    },
  };
}

async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * One end-to-end test: a fresh database, server, browser and page; checks the page stayed
 * clean, screenshots a failure, and tears everything down.
 */
export function e2e(name: string, body: (app: App) => Promise<void>, options: AppOptions = {}): void {
  test(name, { timeout: 120_000 }, async () => {
    requireBuild();
    mkdirSync(SCREENSHOTS, { recursive: true });
    const dir = mkdtempSync(join(tmpdir(), 'threefold-e2e-'));
    const server = await startServer(dir, options);
    const browser = await launch();
    try {
      const origin = `http://127.0.0.1:${server.running.port}`;
      // The server's "today" is the UTC date; the app's is the browser's local date.
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 900 },
        timezoneId: 'UTC',
        locale: 'en-GB',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const problems: string[] = [];
      const dialogs: Dialog[] = [];
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const url = msg.location().url;
        if (expectedConsoleError(msg.text(), url)) return;
        problems.push(`console error: ${msg.text()}${url ? ` (${url})` : ''}`);
      });
      page.on('response', (res) => {
        if (res.status() >= 500) problems.push(`HTTP ${res.status()} from ${res.url()}`);
      });
      page.on('dialog', (d) => {
        dialogs.push(d);
        d.dismiss().catch(() => {});
      });
      const prefix = slug(name);
      const app: App = {
        origin,
        page,
        context,
        dialogs,
        problems,
        visit: async (path) => {
          await page.goto(origin + path);
          await page.locator('#page-title').waitFor();
        },
        shot: async (step) => {
          await page.screenshot({ path: join(SCREENSHOTS, `${prefix}-${slug(step)}.png`), fullPage: true });
        },
        api: async (method, path, body) => {
          const res = await fetch(origin + path, {
            method,
            headers: body === undefined ? {} : { 'content-type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
          });
          const text = await res.text();
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          return { status: res.status, json, text };
        },
      };
      try {
        await body(app);
      } catch (err) {
        await app.shot('failure').catch(() => {});
        if (problems.length > 0 && err instanceof Error) {
          err.message += `\nproblems on the page:\n  ${problems.join('\n  ')}`;
        }
        throw err;
      }
      if (problems.length > 0) {
        await app.shot('problems').catch(() => {});
        throw new Error(`the page reported problems:\n  ${problems.join('\n  ')}`);
      }
      await context.close();
    } finally {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** Loads the seeded sample network (Maya Okafor at Northwind Foods) through the API. */
export async function loadSample(app: App): Promise<void> {
  const r = await app.api('POST', '/api/sample', {});
  if (r.status >= 300) throw new Error(`loading the sample failed: ${r.status} ${r.text}`);
}

/** Imports a threefold/1 document through the API. */
export async function importDocument(app: App, doc: unknown): Promise<void> {
  const r = await app.api('POST', '/api/import?filename=network.json', doc);
  if (r.status !== 200) throw new Error(`import failed: ${r.status} ${r.text}`);
}

/** Polls `check` until it returns true (pages load data asynchronously); fails with `what`. */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < end) {
    try {
      if (await check()) return;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `timed out waiting for ${what}${last instanceof Error ? ` (last error: ${last.message})` : ''}`,
  );
}

/** The <dd> that follows the <dt> with this exact text, as the contract lays out a person's facts. */
export function definition(scope: Page | Locator, term: string): Locator {
  return scope
    .locator('dt', { hasText: new RegExp(`^\\s*${literal(term)}\\s*$`) })
    .first()
    .locator('xpath=following-sibling::dd[1]');
}

/** The person page's facts: the <dl> that holds "Last contact" (a relationship card may hold another). */
export function personFacts(page: Page): Locator {
  return page
    .locator('dl')
    .filter({ has: page.locator('dt', { hasText: /^\s*Last contact\s*$/ }) })
    .first();
}

/** A RegExp source matching `s` literally (names hold dots, brackets and parentheses). */
export function literal(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
