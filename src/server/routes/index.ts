import type { Route } from '../route.js';
import { analysisRoutes } from './analysis.js';
import { backupRoutes } from './backups.js';
import { collectionRoutes } from './collections.js';
import type { RouteContext } from './context.js';
import { ioRoutes } from './io.js';
import { metaRoutes } from './meta.js';
import { networkRoutes } from './network.js';

/** The whole API, in the order the OpenAPI document lists it. */
export function apiRoutes(ctx: RouteContext, version: string): Route[] {
  return [
    ...metaRoutes(ctx, version),
    ...collectionRoutes(ctx.store),
    ...analysisRoutes(ctx),
    ...networkRoutes(ctx),
    ...ioRoutes(ctx),
    ...backupRoutes(ctx),
  ];
}
