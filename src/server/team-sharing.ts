import { z } from 'zod';
import { leadersOf, leaderView, leaveNote, revokeShare, shareWith } from '../app/sharing.js';
import { SHARE_PARTS } from '../core/coach/sharing.js';
import { type Route, route } from './route.js';
import { DateParam } from './routes/context.js';
import { currentSession, type Team } from './team.js';

const Person = z.object({ name: z.string(), email: z.string() });
const ShareBody = z.strictObject({
  coach: z.string().meta({ description: "the coach's e-mail address" }),
  parts: z.array(z.enum(SHARE_PARTS)).meta({ description: 'what to share; names only with the others' }),
  goals: z.array(z.string()).optional().meta({
    description: 'the ids of the goals to share (none when absent); the others never reach the coach',
  }),
});
const ShareResponse = z.object({
  coach: Person,
  parts: z.array(z.string()),
  goals: z.array(z.string()),
  since: z.string(),
});

/** A leader shares chosen parts with a coach; the coach reads them and leaves notes. */
export function sharingRoutes(team: Team): Route[] {
  const me = () => currentSession().account;
  return [
    route({
      method: 'get',
      path: '/api/shares',
      operationId: 'listShares',
      summary: 'What you share with which coach',
      tag: 'team',
      response: z.object({ shares: z.array(ShareResponse) }),
      handler: async () => ({
        shares: (await team.accounts.sharesOf(me().id)).map((s) => ({
          coach: { name: s.coach.name, email: s.coach.email },
          parts: s.parts,
          goals: s.goals,
          since: s.since,
        })),
      }),
    }),
    route({
      method: 'put',
      path: '/api/shares',
      operationId: 'share',
      summary: 'Share chosen parts and goals with a coach (an empty list of parts stops sharing)',
      tag: 'team',
      body: ShareBody,
      response: ShareResponse,
      errors: [404],
      handler: async ({ body }) => {
        const s = await shareWith(team.accounts, me(), team.storeFor(me().id), body, team.now());
        return {
          coach: { name: s.coach.name, email: s.coach.email },
          parts: s.parts,
          goals: s.goals,
          since: s.since,
        };
      },
    }),
    route({
      method: 'delete',
      path: '/api/shares/{coach}',
      operationId: 'revokeShare',
      summary: 'Stop sharing with a coach, at once',
      tag: 'team',
      params: z.object({ coach: z.string() }),
      status: 204,
      errors: [404],
      handler: async ({ params }) => {
        await revokeShare(team.accounts, me(), params.coach);
      },
    }),
    route({
      method: 'get',
      path: '/api/notes',
      operationId: 'coachNotes',
      summary: 'The notes your coaches left you',
      tag: 'team',
      response: z.object({ notes: z.array(z.looseObject({})) }),
      handler: async () => ({ notes: await team.accounts.notesFor(me().id) }),
    }),
    route({
      method: 'get',
      path: '/api/coaching',
      operationId: 'coachedLeaders',
      summary: 'The leaders who share with you (a coach), and what each shares',
      tag: 'team',
      response: z.object({
        leaders: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            email: z.string(),
            parts: z.array(z.string()),
            goals: z.number().meta({ description: 'how many goals the leader shares with you' }),
            since: z.string(),
          }),
        ),
      }),
      handler: async () => ({
        leaders: (await leadersOf(team.accounts, me())).map((l) => ({
          id: l.leader.id,
          name: l.leader.name,
          email: l.leader.email,
          parts: l.parts,
          goals: l.goals.length,
          since: l.since,
        })),
      }),
    }),
    route({
      method: 'get',
      path: '/api/coaching/{leader}',
      operationId: 'coachedLeader',
      summary: "What one leader shares with you: diagnosis and trend, the week's plan, your notes",
      tag: 'team',
      params: z.object({ leader: z.string().uuid() }),
      query: z.object({ asOf: DateParam.optional() }),
      response: z.looseObject({}),
      errors: [404],
      handler: ({ params, query }) =>
        leaderView(team.accounts, me(), params.leader, team.storeFor(params.leader), {
          asOf: query.asOf ?? team.now().toISOString().slice(0, 10),
        }),
    }),
    route({
      method: 'post',
      path: '/api/coaching/{leader}/notes',
      operationId: 'leaveNote',
      summary: 'Leave a note the leader sees',
      tag: 'team',
      params: z.object({ leader: z.string().uuid() }),
      body: z.strictObject({ text: z.string() }),
      status: 201,
      response: z.looseObject({}),
      errors: [404],
      handler: ({ params, body }) => leaveNote(team.accounts, me(), params.leader, body.text, team.now()),
    }),
  ];
}
