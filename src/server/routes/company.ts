import { existsSync, statSync } from 'node:fs';
import { z } from 'zod';
import { companyReport } from '../../app/company.js';
import type { OrganisationReport } from '../../core/organisation/report.js';
import { describeOrganisation } from '../../core/organisation/words.js';
import { notFound } from '../../errors.js';
import { openCompanyStore } from '../../store/company/sqlite-company-store.js';
import { organisationKernelsOnThreads } from '../../workers/organisation-kernels.js';
import { type Route, route } from '../route.js';
import { asOfOr, DateParam, type RouteContext } from './context.js';

/** The company database the server reads the organisation's analysis from, if any. */
export interface CompanySource {
  dbPath: string;
}

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

/** The data's version: the database file and its write-ahead log change on every write. */
function version(path: string): string {
  const stamp = (p: string) => (existsSync(p) ? `${statSync(p).mtimeMs}:${statSync(p).size}` : '-');
  return `${stamp(path)}/${stamp(`${path}-wal`)}`;
}

/**
 * The organisation analysis (`threefold company`) for the web: aggregates only, as the CLI's
 * report. A server without a company database answers that there is none.
 */
export function companyRoutes(ctx: RouteContext, source: CompanySource | undefined): Route[] {
  const cache = new Map<string, Promise<OrganisationReport>>();
  const available = () => source !== undefined && existsSync(source.dbPath);
  return [
    route({
      method: 'get',
      path: '/api/company',
      operationId: 'companyStatus',
      summary: 'Whether this server has organisation data to analyse',
      tag: 'company',
      response: z.object({ available: z.boolean() }),
      handler: () => ({ available: available() }),
    }),
    route({
      method: 'get',
      path: '/api/company/report',
      operationId: 'companyReport',
      summary:
        'The organisation in aggregate: units, silos, brokers, overload, new leaders (groups of 5 or more)',
      tag: 'company',
      query: ReportQuery,
      errors: [404],
      response: z.object({ report: z.looseObject({ shown: z.boolean() }), sections: z.array(Section) }),
      handler: async ({ query }) => {
        if (!source || !available())
          throw notFound(
            'no organisation data here: an analyst imports a roster with `threefold company roster`',
          );
        const asOf = asOfOr(ctx, query.asOf);
        const options = { asOf, ...(query.window ? { windowDays: query.window } : {}) };
        const key = `${version(source.dbPath)}|${asOf}|${query.window ?? ''}`;
        let report = cache.get(key);
        if (!report) {
          cache.clear();
          const store = openCompanyStore(source.dbPath);
          report = companyReport(
            {
              store,
              pseudonym: null,
              analyst: 'web',
              now: new Date().toISOString(),
              today: ctx.services.today(),
              kernels: organisationKernelsOnThreads,
            },
            options,
          ).finally(() => store.close());
          report.catch(() => cache.delete(key));
          cache.set(key, report);
        }
        const r = await report;
        return { report: r, sections: describeOrganisation(r) };
      },
    }),
  ];
}
