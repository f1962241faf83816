import type { CsrGraph } from '../core/graph/index.js';
import type { KernelOptions, OrganisationKernels } from '../core/organisation/kernels.js';
import { organisationKernels } from '../core/organisation/kernels.js';
import { dateOfDay, dayNumber } from '../core/organisation/model.js';
import { type PersonalPicture, personalPicture } from '../core/organisation/personal.js';
import { prepareOrganisation } from '../core/organisation/prepare.js';
import { type OrganisationReport, organisationReport, shownSizesAfter } from '../core/organisation/report.js';
import { forbidden, invalidInput, notFound, ThreefoldError } from '../errors.js';
import { readCalendarMetadata } from '../io/company/calendar.js';
import { readCollaborationStream } from '../io/company/collaboration.js';
import type { CollaborationRead } from '../io/company/records.js';
import { readRoster } from '../io/company/roster.js';
import { readSurveyStream } from '../io/company/survey.js';
import type { CollaborationImported, CompanyStore, RosterImported } from './company-port.js';
import { COMPANY_REPORT_JOB, type JobQueue, type JobStatus } from './jobs.js';

/** What every company use case runs with; the edge supplies the clock and the key. */
export interface CompanyContext {
  store: CompanyStore;
  /** The organisation's keyed hash (io/company/pseudonym.ts); null when no key was given. */
  pseudonym: ((id: string) => string) | null;
  /** Who runs the query, for the log. */
  analyst: string;
  /** Now, as an ISO timestamp, and today. */
  now: string;
  today: string;
  /** How the costly kernels are computed: in line by default, on worker threads at the edge. */
  kernels?: (g: CsrGraph, options: KernelOptions) => Promise<OrganisationKernels>;
}

export const COLLABORATION_KINDS = ['edges', 'survey', 'calendar'] as const;
export type CollaborationKind = (typeof COLLABORATION_KINDS)[number];

/** Trends read six months back and new leaders 90 days: the analysis never needs more. */
const READ_BACK_DAYS = 186;

function keyed(ctx: CompanyContext): (id: string) => string {
  if (!ctx.pseudonym)
    throw invalidInput('this needs the organisation key (--key-file or THREEFOLD_COMPANY_KEY_FILE)', [
      { path: 'key', message: 'missing' },
    ]);
  return ctx.pseudonym;
}

async function oldestKept(ctx: CompanyContext): Promise<string> {
  return dateOfDay(dayNumber(ctx.today) - (await ctx.store.retentionDays()));
}

export async function importRosterFile(ctx: CompanyContext, text: string): Promise<RosterImported> {
  const result = await ctx.store.importRoster(readRoster(text, keyed(ctx)));
  await ctx.store.logQuery({
    at: ctx.now,
    analyst: ctx.analyst,
    query: 'import roster',
    detail: JSON.stringify(result),
  });
  return result;
}

/**
 * A file's whole text, or its text as it is read (a file read stream): large edge lists stream.
 * Named, its errors say which file of several they are in.
 */
export type CollaborationSource =
  | string
  | AsyncIterable<string>
  | { name: string; text: string | AsyncIterable<string> };

const textOf = (source: CollaborationSource) =>
  typeof source === 'object' && 'name' in source ? source.text : source;

/** An error of a named source's reading, saying which file it is in. */
function inFile(source: CollaborationSource, err: unknown): unknown {
  if (!(err instanceof ThreefoldError) || typeof source !== 'object' || !('name' in source)) return err;
  return new ThreefoldError(
    err.code,
    `${source.name}: ${err.message}`,
    err.details.map((d) => ({ ...d, path: `${source.name}${d.path ? `, ${d.path}` : ''}` })),
  );
}

async function* naming<T>(source: CollaborationSource, read: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* read;
  } catch (err) {
    throw inFile(source, err);
  }
}

async function* chunksOf(source: CollaborationSource): AsyncIterable<string> {
  const text = textOf(source);
  if (typeof text === 'string') yield text;
  else yield* text;
}

async function wholeText(source: CollaborationSource): Promise<string> {
  if (typeof source === 'string') return source;
  if ('name' in source) return wholeText(source.text);
  let text = '';
  for await (const chunk of source) text += chunk;
  return text;
}

/**
 * One import of one or more files of a kind: edge lists and surveys are read as they stream
 * in and written in batches, calendars (a few megabytes each) whole. Rows of all the files
 * are summed as one import; a bad row in any file writes nothing. The same meeting in several
 * calendar exports (one per mailbox) makes its ties once, in this import and in later ones.
 */
export async function importCollaborationFiles(
  ctx: CompanyContext,
  kind: CollaborationKind,
  sources: readonly CollaborationSource[],
  options: { channel?: string; surveyDate?: string; batchRows?: number } = {},
): Promise<CollaborationImported & { skipped: number; broadcasts: number; duplicates: number }> {
  const pseudonym = keyed(ctx);
  const oldest = await oldestKept(ctx);
  await ctx.store.purgeBefore(oldest);
  let skipped = 0;
  let broadcasts = 0;
  let duplicates = 0;
  let imported: CollaborationImported;
  if (kind === 'calendar') {
    const seen = new Set<string>();
    const reads: CollaborationRead[] = [];
    for (const source of sources) {
      let read: ReturnType<typeof readCalendarMetadata>;
      try {
        read = readCalendarMetadata(await wholeText(source), pseudonym, ctx.today, seen);
      } catch (err) {
        throw inFile(source, err);
      }
      skipped += read.skipped.length;
      broadcasts += read.broadcasts;
      duplicates += read.duplicates;
      reads.push(read);
    }
    imported = await ctx.store.importCollaborationBatches(reads, oldest, { meetings: true });
  } else {
    const batchRows = options.batchRows;
    async function* batches(): AsyncGenerator<CollaborationRead> {
      for (const source of sources) {
        const read =
          kind === 'edges'
            ? readCollaborationStream(chunksOf(source), pseudonym, options, batchRows)
            : readSurveyStream(chunksOf(source), pseudonym, options.surveyDate, batchRows);
        for await (const batch of naming(source, read)) {
          skipped += batch.skipped.length;
          yield batch;
        }
      }
    }
    imported = await ctx.store.importCollaborationBatches(batches(), oldest);
  }
  const result = { ...imported, skipped, broadcasts, duplicates };
  await ctx.store.logQuery({
    at: ctx.now,
    analyst: ctx.analyst,
    query: `import ${kind}`,
    detail: JSON.stringify(result),
  });
  return result;
}

export interface ReportOptions {
  asOf: string;
  windowDays?: number;
  minInteractions?: number;
  overloadMinutesPerWeek?: number;
}

async function prepared(ctx: CompanyContext, options: ReportOptions) {
  const oldest = await oldestKept(ctx);
  await ctx.store.purgeBefore(oldest);
  const window = options.windowDays ?? 90;
  const from = dateOfDay(dayNumber(options.asOf) - Math.max(window, READ_BACK_DAYS));
  const data = await ctx.store.read(from > oldest ? from : oldest);
  const p = prepareOrganisation(data, options);
  const kernelOptions = { betweennessSamples: p.betweennessSamples, seed: p.seed };
  const kernels = await (ctx.kernels ?? (async (g, o) => organisationKernels(g, o)))(p.graph, kernelOptions);
  return { p, kernels };
}

/** The organisation in aggregate, for an analyst or admin: logged, groups of five or more only. */
export async function companyReport(
  ctx: CompanyContext,
  options: ReportOptions,
): Promise<OrganisationReport> {
  await ctx.store.logQuery({
    at: ctx.now,
    analyst: ctx.analyst,
    query: 'report',
    detail: JSON.stringify(options),
  });
  const { p, kernels } = await prepared(ctx, options);
  // Compared with what the last report showed, so that no unit's figures move by one person's.
  const previous = await ctx.store.shownSizes();
  const report = organisationReport(p, kernels, previous);
  await ctx.store.setShownSizes(shownSizesAfter(p, previous));
  return report;
}

/**
 * One person's own picture. Only that person may read it: the edge passes who is asking
 * (`asking`, an id or address of theirs) and the id whose picture is wanted, and they must be
 * the same person.
 */
export async function ownPicture(
  ctx: CompanyContext,
  asking: string,
  employee: string,
  options: ReportOptions,
): Promise<PersonalPicture> {
  const pseudonym = keyed(ctx);
  const person = await ctx.store.personOf(pseudonym(employee));
  const requester = await ctx.store.personOf(pseudonym(asking));
  if (person === null) throw notFound('nobody with that id or address is on the roster (or they opted out)');
  if (requester !== person) throw forbidden("a person's own measures are shown to that person only");
  await ctx.store.logQuery({
    at: ctx.now,
    analyst: ctx.analyst,
    query: 'own picture',
    detail: JSON.stringify(options),
  });
  const { p, kernels } = await prepared(ctx, options);
  return personalPicture(p, kernels, p.roster.index.get(person)!);
}

/** Removes a person from every result from now on, and from every later import. */
export async function optOut(ctx: CompanyContext, employee: string): Promise<{ found: boolean }> {
  const pseudonym = keyed(ctx);
  const person = (await ctx.store.personOf(pseudonym(employee))) ?? pseudonym(employee);
  const found = await ctx.store.optOut(person, ctx.today);
  await ctx.store.logQuery({ at: ctx.now, analyst: ctx.analyst, query: 'opt-out', detail: '{}' });
  return { found };
}

export async function setRetention(
  ctx: CompanyContext,
  days: number,
): Promise<{ days: number; purged: number }> {
  if (!Number.isInteger(days) || days < 30 || days > 3650)
    throw invalidInput('retention: a whole number of days from 30 to 3650', [
      { path: 'days', message: String(days) },
    ]);
  await ctx.store.setRetentionDays(days);
  const purged = await ctx.store.purgeBefore(await oldestKept(ctx));
  await ctx.store.logQuery({
    at: ctx.now,
    analyst: ctx.analyst,
    query: 'retention',
    detail: JSON.stringify({ days }),
  });
  return { days, purged };
}

/** Queues the report for an admin (`asker`: their account id and address, for the job and the log). */
export async function requestCompanyReport(
  queue: JobQueue,
  asker: { id: string; email: string },
  options: ReportOptions,
): Promise<{ job: string }> {
  return {
    job: await queue.enqueue(COMPANY_REPORT_JOB, { asker: asker.id, analyst: asker.email, ...options }),
  };
}

/** A report job's state and, once done, the report: only for the account that asked. */
export async function companyReportJob(
  queue: JobQueue,
  asker: { id: string },
  job: string,
): Promise<JobStatus> {
  const status = await queue.status(COMPANY_REPORT_JOB, job);
  if (!status || status.data.asker !== asker.id) throw notFound('no such report job of yours');
  return status;
}

/** What a worker runs for a report job, logged under the analyst who asked. */
export function runCompanyReportJob(
  ctx: Omit<CompanyContext, 'analyst'>,
  data: Record<string, unknown>,
): Promise<OrganisationReport> {
  const options: ReportOptions = { asOf: String(data.asOf) };
  if (typeof data.windowDays === 'number') options.windowDays = data.windowDays;
  return companyReport({ ...ctx, analyst: String(data.analyst) }, options);
}
