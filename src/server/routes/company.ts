import { z } from 'zod';
import {
  type CompanyContext,
  companyReport,
  companyReportJob,
  ownPicture,
  requestCompanyReport,
} from '../../app/company.js';
import type { OrganisationReport } from '../../core/organisation/report.js';
import { describeOrganisation, describePicture } from '../../core/organisation/words.js';
import { conflict, notFound } from '../../errors.js';
import { organisationKernelsOnThreads } from '../../workers/organisation-kernels.js';
import type { CompanySource } from '../company-source.js';
import { type Route, route } from '../route.js';
import { asOfOr, DateParam, type RouteContext } from './context.js';

const ReportQuery = z.object({
  asOf: DateParam.optional().meta({ description: 'last day of the analysis; today by default' }),
  window: z.coerce
    .number()
    .int()
    .min(7)
    .max(730)
    .optional()
    .meta({ description: 'days of collaboration read (90)' }),
});

const Section = z.object({ title: z.string(), lines: z.array(z.string()) });
const NONE = 'no organisation data here: an analyst imports a roster with `threefold company roster`';

/**
 * The organisation analysis (`threefold company`) for the web: the report in aggregate (as the
 * CLI's), and on a team server each person's own picture. Without a source, there is none.
 */
export function companyRoutes(ctx: RouteContext, source: CompanySource | undefined): Route[] {
  const cache = new Map<string, Promise<OrganisationReport>>();
  const available = async () => source !== undefined && (await source.available());
  const withStore = async <T>(use: (c: CompanyContext) => Promise<T>): Promise<T> => {
    const { store, close } = source!.open();
    try {
      return await use({
        store,
        pseudonym: source!.pseudonym,
        analyst: source!.self() ?? 'web',
        now: new Date().toISOString(),
        today: ctx.services.today(),
        kernels: organisationKernelsOnThreads,
      });
    } finally {
      await close();
    }
  };
  return [
    route({
      method: 'get',
      path: '/api/company',
      operationId: 'companyStatus',
      summary: 'Whether this server has organisation data to analyse',
      tag: 'company',
      response: z.object({ available: z.boolean() }),
      handler: async () => ({ available: await available() }),
    }),
    route({
      method: 'get',
      path: '/api/company/report',
      operationId: 'companyReport',
      summary:
        'The organisation in aggregate: units, silos, brokers, overload, new leaders (groups of 5 or more)',
      tag: 'company',
      query: ReportQuery,
      errors: [403, 404],
      response: z.object({ report: z.looseObject({ shown: z.boolean() }), sections: z.array(Section) }),
      handler: async ({ query }) => {
        if (!source || !(await available())) throw notFound(NONE);
        source.mayReadReport();
        const asOf = asOfOr(ctx, query.asOf);
        const options = { asOf, ...(query.window ? { windowDays: query.window } : {}) };
        const key = `${await source.version()}|${asOf}|${query.window ?? ''}`;
        let report = cache.get(key);
        if (report) {
          // Every query is logged, also one answered from the report already computed.
          await withStore((c) =>
            c.store.logQuery({
              at: c.now,
              analyst: c.analyst,
              query: 'report',
              detail: JSON.stringify(options),
            }),
          );
        } else {
          cache.clear();
          report = withStore((c) => companyReport(c, options));
          report.catch(() => cache.delete(key));
          cache.set(key, report);
        }
        const r = await report;
        return { report: r, sections: describeOrganisation(r) };
      },
    }),
    route({
      method: 'post',
      path: '/api/company/report/jobs',
      operationId: 'requestCompanyReport',
      summary: 'Queue the organisation report as a job (team servers: a large organisation takes minutes)',
      tag: 'company',
      query: ReportQuery,
      status: 201,
      errors: [403, 404, 409],
      response: z.object({ job: z.string() }),
      handler: async ({ query }) => {
        const asker = source?.asker();
        if (!source?.queue || !asker) throw conflict('this server runs no job queue');
        if (!(await available())) throw notFound(NONE);
        source.mayReadReport();
        return requestCompanyReport(source.queue, asker, {
          asOf: asOfOr(ctx, query.asOf),
          ...(query.window ? { windowDays: query.window } : {}),
        });
      },
    }),
    route({
      method: 'get',
      path: '/api/company/report/jobs/{job}',
      operationId: 'companyReportJob',
      summary: 'A report job: waiting, running, done (with the report and its words) or failed',
      tag: 'company',
      params: z.object({ job: z.string() }),
      errors: [403, 404, 409],
      response: z.looseObject({ id: z.string(), state: z.string() }),
      handler: async ({ params }) => {
        const asker = source?.asker();
        if (!source?.queue || !asker) throw conflict('this server runs no job queue');
        source.mayReadReport();
        const status = await companyReportJob(source.queue, asker, params.job);
        const report = status.result as OrganisationReport | undefined;
        return report ? { ...status, sections: describeOrganisation(report) } : status;
      },
    }),
    route({
      method: 'get',
      path: '/api/company/me',
      operationId: 'companyOwnPicture',
      summary:
        "The signed-in person's own place in the organisation (team servers with the organisation's key)",
      tag: 'company',
      query: ReportQuery,
      errors: [404],
      response: z.object({ picture: z.looseObject({ ties: z.number() }), lines: z.array(z.string()) }),
      handler: async ({ query }) => {
        const self = source?.self();
        if (!source || self === undefined || !source.pseudonym || !(await available()))
          throw notFound('no organisation picture on this server');
        const asOf = asOfOr(ctx, query.asOf);
        const picture = await withStore((c) =>
          ownPicture(c, self, self, { asOf, ...(query.window ? { windowDays: query.window } : {}) }),
        );
        return { picture, lines: describePicture(picture) };
      },
    }),
  ];
}
