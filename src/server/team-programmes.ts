import { z } from 'zod';
import {
  cohortJob,
  cohortOf,
  createProgramme,
  inviteToProgramme,
  leaveProgramme,
  participate,
  peerGroupsOf,
  programmesOf,
  requestCohort,
  runBy,
} from '../app/programmes.js';
import { conflict } from '../errors.js';
import { type Route, route } from './route.js';
import { DateParam } from './routes/context.js';
import { currentSession, type Team } from './team.js';

const ProgrammeId = z.object({ id: z.string().uuid() });
const Programme = z.object({ id: z.string(), name: z.string(), leaders: z.number() });

/** Leadership programmes: an admin's cohort, seen in aggregate only, and mixed peer groups. */
export function programmeRoutes(team: Team): Route[] {
  const me = () => currentSession().account;
  const queue = () => {
    if (!team.jobs) throw conflict('this server runs no job queue');
    return team.jobs;
  };
  return [
    route({
      method: 'get',
      path: '/api/programmes',
      operationId: 'listProgrammes',
      summary: 'The programmes you run (an admin) or take part in (a leader)',
      tag: 'programmes',
      response: z.object({ programmes: z.array(Programme) }),
      handler: async () => ({
        programmes: (await programmesOf(team.accounts, me())).map(({ id, name, leaders }) => ({
          id,
          name,
          leaders,
        })),
      }),
    }),
    route({
      method: 'post',
      path: '/api/programmes',
      operationId: 'createProgramme',
      summary: 'Start a programme (an admin)',
      tag: 'programmes',
      body: z.strictObject({ name: z.string() }),
      status: 201,
      response: Programme,
      handler: async ({ body }) => {
        const { id, name, leaders } = await createProgramme(team.accounts, me(), body.name);
        return { id, name, leaders };
      },
    }),
    route({
      method: 'post',
      path: '/api/programmes/{id}/invitations',
      operationId: 'inviteToProgramme',
      summary: 'Invite a leader into the programme by link',
      tag: 'programmes',
      params: ProgrammeId,
      body: z.strictObject({ email: z.string().optional() }),
      status: 201,
      response: z.object({ link: z.string(), token: z.string(), expires: z.string() }),
      errors: [404],
      handler: async ({ params, body }) => {
        const { token, invitation } = await inviteToProgramme(
          team.accounts,
          me(),
          params.id,
          body,
          team.now(),
        );
        return { link: `/#invite=${token}`, token, expires: invitation.expires };
      },
    }),
    route({
      method: 'put',
      path: '/api/programmes/{id}/me',
      operationId: 'participate',
      summary: 'Tell the programme your unit, function and sector (for mixed peer groups)',
      tag: 'programmes',
      params: ProgrammeId,
      body: z.strictObject({
        unit: z.string().optional(),
        function: z.string().optional(),
        sector: z.string().optional(),
      }),
      response: z.looseObject({}),
      errors: [404],
      handler: ({ params, body }) => participate(team.accounts, me(), params.id, body),
    }),
    route({
      method: 'delete',
      path: '/api/programmes/{id}/me',
      operationId: 'leaveProgramme',
      summary: 'Leave the programme: no result counts you from then on',
      tag: 'programmes',
      params: ProgrammeId,
      status: 204,
      errors: [404],
      handler: async ({ params }) => {
        await leaveProgramme(team.accounts, me(), params.id);
      },
    }),
    route({
      method: 'get',
      path: '/api/programmes/{id}/cohort',
      operationId: 'cohort',
      summary:
        'The cohort in aggregate (never fewer than five leaders): forms, findings by frequency, commitments',
      tag: 'programmes',
      params: ProgrammeId,
      query: z.object({ asOf: DateParam.optional() }),
      response: z.looseObject({}),
      errors: [404],
      handler: ({ params, query }) =>
        cohortOf(
          team.accounts,
          me(),
          params.id,
          team.storeFor,
          query.asOf ?? team.now().toISOString().slice(0, 10),
        ),
    }),
    route({
      method: 'post',
      path: '/api/programmes/{id}/cohort/jobs',
      operationId: 'requestCohort',
      summary: "Queue the cohort's computation for a worker (large cohorts); read it by the job's id",
      tag: 'programmes',
      params: ProgrammeId,
      body: z.strictObject({ asOf: DateParam.optional() }),
      status: 201,
      response: z.object({ job: z.string() }),
      errors: [404, 409],
      handler: ({ params, body }) =>
        requestCohort(
          team.accounts,
          queue(),
          me(),
          params.id,
          body.asOf ?? team.now().toISOString().slice(0, 10),
        ),
    }),
    route({
      method: 'get',
      path: '/api/programmes/{id}/cohort/jobs/{job}',
      operationId: 'cohortJob',
      summary: "A cohort job's state (waiting, running, done, failed) and, once done, the cohort",
      tag: 'programmes',
      params: z.object({ id: z.string().uuid(), job: z.string().uuid() }),
      response: z.looseObject({}),
      errors: [404, 409],
      handler: ({ params }) => cohortJob(team.accounts, queue(), me(), params.id, params.job),
    }),
    route({
      method: 'get',
      path: '/api/programmes/{id}/peer-groups',
      operationId: 'peerGroups',
      summary:
        'Peer groups that mix units, functions and sectors, with how mixed they are; with organisation=1, leaders of units that rarely work together (the organisation analysis) placed together first',
      tag: 'programmes',
      params: ProgrammeId,
      query: z.object({
        size: z.coerce.number().int().min(2).max(50).optional(),
        organisation: z
          .enum(['0', '1'])
          .optional()
          .meta({ description: "1: use the organisation analysis's silos (team servers with its data)" }),
      }),
      response: z.looseObject({}),
      errors: [403, 404],
      handler: async ({ params, query }) => {
        // The programme must be this admin's before the organisation's data is read for it.
        await runBy(team.accounts, me(), params.id);
        const bridges = query.organisation === '1' && team.unitBridges ? await team.unitBridges() : [];
        return peerGroupsOf(team.accounts, me(), params.id, query.size ?? 5, bridges);
      },
    }),
  ];
}
