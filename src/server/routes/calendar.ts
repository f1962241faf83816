import { z } from 'zod';
import { reminders } from '../../app/calendar.js';
import { calendarFeed } from '../../io/exporters/calendar-feed.js';
import { type Route, route } from '../route.js';
import { reject, secretMatches, tokenMatches } from '../security.js';
import type { RouteContext } from './context.js';

/**
 * `/calendar.ics`: the week's moves and the follow-ups due, as a feed any calendar app can
 * subscribe to (nothing is sent: the app asks). A calendar app cannot send a header, so where
 * the server needs a token the feed's address carries it (`?token=`); a bearer header works too.
 */
export function calendarRoutes(ctx: RouteContext, token: string | undefined): Route[] {
  return [
    route({
      method: 'get',
      path: '/calendar.ics',
      operationId: 'calendarFeed',
      summary: "Reminders as an iCalendar feed: this week's planned moves and the follow-ups due",
      tag: 'coach',
      query: z.object({
        token: z.string().max(500).optional().meta({ description: 'the server token, when it has one' }),
        budget: z.coerce.number().int().min(0).max(10_080).optional().meta({
          description: "minutes for the week's plan (180 by default)",
        }),
      }),
      response: z.string().meta({ description: 'text/calendar' }),
      handler: async ({ query, c }) => {
        const allowed =
          token === undefined ||
          (query.token !== undefined
            ? secretMatches(query.token, token)
            : tokenMatches(c.req.header('authorization'), token));
        if (!allowed)
          return reject('unauthorized', 'this calendar needs its address with the token (?token=)');
        const today = ctx.services.today();
        const body = await ctx.cache.get(`calendar:${today}:${query.budget ?? ''}`, async () =>
          calendarFeed(
            await reminders(ctx.store, {
              today,
              ...(query.budget !== undefined ? { budgetMinutes: query.budget } : {}),
            }),
            { now: new Date().toISOString() },
          ),
        );
        c.header('content-type', 'text/calendar; charset=utf-8');
        c.header('content-disposition', 'inline; filename="threefold.ics"');
        // The address may carry the token: nothing along the way keeps a copy.
        c.header('cache-control', 'no-store');
        return c.body(body);
      },
    }),
  ];
}
