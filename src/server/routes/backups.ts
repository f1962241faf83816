import { z } from 'zod';
import { backupNetwork, restoreBackup } from '../../app/backups.js';
import { type Route, route } from '../route.js';
import type { RouteContext } from './context.js';

const Backup = z.object({
  name: z.string(),
  takenAt: z.string().meta({ description: 'when it was taken (ISO date-time)' }),
  bytes: z.number().int(),
});

/** Copies of the whole network: one is taken before every replace, and any can be brought back. */
export function backupRoutes(ctx: RouteContext): Route[] {
  return [
    route({
      method: 'get',
      path: '/api/backups',
      operationId: 'listBackups',
      summary: 'The copies of the network kept, newest first (one is taken before every replace)',
      tag: 'io',
      response: z.object({ backups: z.array(Backup) }),
      handler: async () => ({ backups: await ctx.store.listBackups() }),
    }),
    route({
      method: 'post',
      path: '/api/backups',
      operationId: 'createBackup',
      summary: 'Keep a copy of the network now',
      tag: 'io',
      status: 201,
      response: z.object({ backup: Backup.nullable() }),
      handler: async () => ({
        backup: (await backupNetwork(ctx.store, { at: new Date().toISOString() })) ?? null,
      }),
    }),
    route({
      method: 'post',
      path: '/api/backups/{name}/restore',
      operationId: 'restoreBackup',
      summary: 'Bring a copy back in place of the network now (which is kept first)',
      tag: 'io',
      params: z.object({ name: z.string().min(1).max(200) }),
      response: z.looseObject({ restored: z.string(), backup: Backup.optional() }),
      errors: [404],
      handler: ({ params }) => restoreBackup(ctx.store, params.name, { at: new Date().toISOString() }),
    }),
  ];
}
