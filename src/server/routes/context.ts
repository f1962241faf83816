import { z } from 'zod';
import { assessNetwork, pathGraphOf } from '../../app/analysis.js';
import { exportNetwork, exportPeopleAndTies } from '../../app/network.js';
import type { NetworkStore } from '../../app/port.js';
import type { Assessment } from '../../core/analysis/assess.js';
import { isIsoDate } from '../../document/dates.js';
import type { ThreefoldDocument } from '../../document/schema.js';
import type { VersionCache } from '../cache.js';
import type { Services } from '../services.js';

export interface RouteContext {
  /** The storage port the use cases (src/app) run on. */
  store: NetworkStore;
  services: Services;
  cache: VersionCache;
}

export const DateParam = z
  .string()
  .refine(isIsoDate, { message: 'must be an ISO date such as 2026-03-01' })
  .meta({ type: 'string', format: 'date' });

/** The whole network as a document (for the map and exports), exported once per data version. */
export function currentDocument(ctx: RouteContext): Promise<ThreefoldDocument> {
  return ctx.cache.get('document', () => exportNetwork(ctx.store));
}

/** The network the map draws (people, relationships, ties), read once per data version. */
export function mapDocument(ctx: RouteContext): Promise<ThreefoldDocument> {
  return ctx.cache.get('map-document', () => exportPeopleAndTies(ctx.store));
}

/** The assessment as of a date, computed once per data version from the store's kept data. */
export function assessment(ctx: RouteContext, asOf: string): Promise<Assessment> {
  return ctx.cache.get(`assess:${asOf}`, async () => (await assessNetwork(ctx.store, asOf)).assessment);
}

/** The graph paths are searched on, built once per data version (a 20k network takes a few hundred ms). */
export function pathGraph(ctx: RouteContext, asOf: string) {
  return ctx.cache.get(`path-graph:${asOf}`, () => pathGraphOf(ctx.store, asOf));
}

/** `asOf` defaults to today at the edge. */
export function asOfOr(ctx: RouteContext, asOf: string | undefined): string {
  return asOf ?? ctx.services.today();
}
