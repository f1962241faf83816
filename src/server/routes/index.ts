import type { CompanySource } from '../company-source.js';
import type { Route } from '../route.js';
import { analysisRoutes } from './analysis.js';
import { backupRoutes } from './backups.js';
import { calendarRoutes } from './calendar.js';
import { collectionRoutes } from './collections.js';
import { companyRoutes } from './company.js';
import type { RouteContext } from './context.js';
import { ioRoutes } from './io.js';
import { metaRoutes } from './meta.js';
import { nameRoutes } from './names.js';
import { networkRoutes } from './network.js';
import { peopleMergeRoutes } from './people-merge.js';

/** The whole API, in the order the OpenAPI document lists it. */
export function apiRoutes(
  ctx: RouteContext,
  version: string,
  token?: string,
  company?: CompanySource,
): Route[] {
  return [
    ...metaRoutes(ctx, version),
    ...nameRoutes(ctx),
    ...peopleMergeRoutes(ctx),
    ...collectionRoutes(ctx),
    ...analysisRoutes(ctx),
    ...networkRoutes(ctx),
    ...ioRoutes(ctx),
    ...backupRoutes(ctx),
    ...calendarRoutes(ctx, token),
    ...companyRoutes(ctx, company),
  ];
}
