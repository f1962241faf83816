import { z } from 'zod';
import { isIsoDate } from '../../document/dates.js';
import type { ThreefoldDocument } from '../../document/schema.js';
import type { Backend } from '../backend.js';
import type { VersionCache } from '../cache.js';
import type { AssessmentLike, Services } from '../services.js';

export interface RouteContext {
  backend: Backend;
  services: Services;
  cache: VersionCache;
}

export const DateParam = z
  .string()
  .refine(isIsoDate, { message: 'must be an ISO date such as 2026-03-01' })
  .meta({ type: 'string', format: 'date' });

/** The document analysis runs on, exported once per data version. */
export function currentDocument(ctx: RouteContext): ThreefoldDocument {
  return ctx.cache.get('document', () => ctx.backend.exportDocument());
}

export function assessment(ctx: RouteContext, asOf: string): AssessmentLike {
  return ctx.cache.get(`assess:${asOf}`, () => ctx.services.assess(currentDocument(ctx), asOf));
}

/** `asOf` defaults to today at the edge. */
export function asOfOr(ctx: RouteContext, asOf: string | undefined): string {
  return asOf ?? ctx.services.today();
}
