import { z } from 'zod';
import { reminders } from '../app/calendar.js';
import { calendarFeedLeader, newCalendarFeed } from '../app/calendar-feeds.js';
import { notFound } from '../errors.js';
import { calendarFeed } from '../io/exporters/calendar-feed.js';
import { type Route, route } from './route.js';
import { currentSession, type Team } from './team.js';

const FEED_PATH = (token: string) => `/api/feeds/${token}/calendar.ics`;

/**
 * A leader's reminders calendar on a team server. A calendar app sends no cookie, so each leader
 * makes a secret address (shown once), which opens their feed alone and nothing else; making a
 * new one or stopping it ends the old one at once.
 */
export function calendarFeedRoutes(team: Team): Route[] {
  const me = () => currentSession().account;
  return [
    route({
      method: 'get',
      path: '/api/calendar-feed',
      operationId: 'calendarFeedState',
      summary: 'Whether you have a calendar feed address, and since when (the address itself is shown once)',
      tag: 'team',
      response: z.object({ active: z.boolean(), since: z.string().optional() }),
      handler: async () => {
        const feed = await team.accounts.calendarFeedOf(me().id);
        return feed ? { active: true, since: feed.since } : { active: false };
      },
    }),
    route({
      method: 'post',
      path: '/api/calendar-feed',
      operationId: 'newCalendarFeed',
      summary: 'Make a secret address for your calendar app; any earlier one stops working',
      tag: 'team',
      status: 201,
      response: z.object({ link: z.string(), since: z.string() }),
      handler: async () => {
        const { token, since } = await newCalendarFeed(team.accounts, me(), team.now());
        return { link: FEED_PATH(token), since };
      },
    }),
    route({
      method: 'delete',
      path: '/api/calendar-feed',
      operationId: 'stopCalendarFeed',
      summary: 'Stop your calendar feed: its address answers nothing from now on',
      tag: 'team',
      status: 204,
      errors: [404],
      handler: async () => {
        if (!(await team.accounts.dropCalendarFeed(me().id))) throw notFound('you have no calendar feed');
      },
    }),
    route({
      method: 'get',
      path: '/api/feeds/{feed}/calendar.ics',
      operationId: 'teamCalendarFeed',
      summary: "A leader's reminders as an iCalendar feed, opened by the secret in its address (no cookie)",
      tag: 'team',
      access: 'public',
      params: z.object({ feed: z.string().max(200) }),
      query: z.object({
        budget: z.coerce.number().int().min(0).max(10_080).optional().meta({
          description: "minutes for the week's plan (180 by default)",
        }),
      }),
      response: z.string().meta({ description: 'text/calendar' }),
      errors: [404],
      handler: async ({ params, query, c }) => {
        const leader = await calendarFeedLeader(team.accounts, params.feed);
        // The same answer for a token never made, replaced or stopped: the address tells nothing.
        if (!leader) throw notFound('no calendar at this address: it may have been replaced or stopped');
        const store = team.storeFor(leader);
        const today = team.now().toISOString().slice(0, 10);
        const events =
          (await store.owner()) === undefined
            ? []
            : await reminders(store, {
                today,
                ...(query.budget !== undefined ? { budgetMinutes: query.budget } : {}),
              });
        c.header('content-type', 'text/calendar; charset=utf-8');
        c.header('content-disposition', 'inline; filename="threefold.ics"');
        // The address is the secret: nothing along the way keeps a copy.
        c.header('cache-control', 'no-store');
        c.header('referrer-policy', 'no-referrer');
        return c.body(calendarFeed(events, { now: team.now().toISOString() }));
      },
    }),
  ];
}
