import { createReadStream, fstatSync, openSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  COLLABORATION_KINDS,
  type CollaborationKind,
  type CompanyContext,
  companyReport,
  importCollaborationFiles,
  importRosterFile,
  optOut,
  type ReportOptions,
  setRetention,
} from '../../app/company.js';
import type { CompanyStore } from '../../app/company-port.js';
import { analystName, companyDbPath, companyKey } from '../../config.js';
import { describeOrganisation } from '../../core/organisation/words.js';
import { invalidInput } from '../../errors.js';
import { newOrganisationKey, pseudonymiser } from '../../io/company/pseudonym.js';
import { openCompanyStore } from '../../store/company/sqlite-company-store.js';
import { organisationKernelsOnThreads } from '../../workers/organisation-kernels.js';
import { type CliContext, wantsJson } from '../context.js';

interface CompanyOptions {
  companyDb?: string;
  database?: string;
  keyFile?: string;
  analyst?: string;
}

/** Runs `use` on the company database with the key and the clock read here, at the edge. */
async function withCompany<T>(
  ctx: CliContext,
  cmd: Command,
  use: (c: CompanyContext) => Promise<T>,
): Promise<T> {
  const opts = cmd.optsWithGlobals<CompanyOptions>();
  const key = companyKey(opts.keyFile);
  const url = opts.database ?? process.env.THREEFOLD_DATABASE_URL;
  let store: CompanyStore;
  let close: () => Promise<void>;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url))
      throw invalidInput('--database: give a PostgreSQL connection string (postgres://user@host/db)', [
        { path: '--database', message: 'not a postgres:// URL' },
      ]);
    // PostgreSQL loads only when asked for.
    const { PostgresDatabase } = await import('../../store/postgres/database.js');
    const database = await PostgresDatabase.connect(url);
    store = database.company();
    close = () => database.close();
  } else {
    store = openCompanyStore(companyDbPath(opts.companyDb));
    close = () => store.close();
  }
  try {
    return await use({
      store,
      pseudonym: key === null ? null : pseudonymiser(key),
      analyst: analystName(opts.analyst),
      now: new Date().toISOString(),
      today: ctx.today(),
      kernels: organisationKernelsOnThreads,
    });
  } finally {
    await close();
  }
}

/** A file read as it streams in, a megabyte at a time: an edge list may be gigabytes. */
function streamText(file: string): AsyncIterable<string> {
  try {
    const fd = openSync(file, 'r');
    if (!fstatSync(fd).isFile()) throw new Error('not a file');
    return createReadStream('', { fd, encoding: 'utf8', highWaterMark: 1 << 20 });
  } catch {
    throw invalidInput(`cannot read ${file}`, [{ path: 'file', message: 'unreadable' }]);
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw invalidInput(`cannot read ${file}`, [{ path: 'file', message: 'unreadable' }]);
  }
}

function whole(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw invalidInput(`${option}: "${value}" is not a positive number`, [{ path: option, message: value }]);
  return n;
}

function reportOptions(
  ctx: CliContext,
  o: { asOf?: string; window?: string; minInteractions?: string; overload?: string },
): ReportOptions {
  const options: ReportOptions = { asOf: ctx.date(o.asOf, '--as-of') };
  const windowDays = whole(o.window, '--window');
  const minInteractions = whole(o.minInteractions, '--min-interactions');
  const overloadHours = whole(o.overload, '--overload-hours');
  if (windowDays !== undefined) options.windowDays = Math.round(windowDays);
  if (minInteractions !== undefined) options.minInteractions = minInteractions;
  if (overloadHours !== undefined) options.overloadMinutesPerWeek = overloadHours * 60;
  return options;
}

const withReportOptions = (c: Command) =>
  c
    .option('--as-of <date>', 'last day of the analysis (default: today)')
    .option('--window <days>', 'days of collaboration read (default 90)')
    .option('--min-interactions <n>', 'interactions that make a working tie (default 2)')
    .option('--overload-hours <h>', 'hours a week of collaboration that count as overload (default 20)');

export function register(program: Command, ctx: CliContext): void {
  const company = program
    .command('company')
    .description(
      "an organisation's network from HR and collaboration metadata: silos, brokers, overload, new leaders (ids pseudonymised with the organisation's key)",
    )
    .option(
      '--company-db <file>',
      'company database (default: company.db beside the network, or THREEFOLD_COMPANY_DB)',
    )
    .option(
      '--database <url>',
      "a team server's PostgreSQL database instead of the file (or THREEFOLD_DATABASE_URL)",
    )
    .option('--key-file <file>', "the organisation's key (or THREEFOLD_COMPANY_KEY_FILE)")
    .option('--analyst <name>', 'who runs the query, for the log (default: the account)');

  company
    .command('key')
    .description('print a new random organisation key (keep it in a file only the organisation can read)')
    .action(() => ctx.out.line(newOrganisationKey()));

  company
    .command('roster <file>')
    .description(
      'import the HR roster (CSV: id, unit, function, level, location, manager, start date, e-mail); it replaces the last one',
    )
    .action(async (file: string, _o: unknown, cmd: Command) => {
      const r = await withCompany(ctx, cmd, (c) => importRosterFile(c, readText(file)));
      if (wantsJson(cmd)) return ctx.out.json(r);
      ctx.out.line(
        `${r.people} people on the roster (${r.added} new, ${r.removed} no longer there and removed with their collaboration).`,
      );
      if (r.optedOut > 0) ctx.out.line(`${r.optedOut} who opted out were left out.`);
    });

  company
    .command('collaboration <files...>')
    .description(
      'import collaboration metadata: edge list CSVs (default), network survey CSVs, or calendar exports (one per mailbox: a meeting in several counts once); the files are one import, written whole or not at all',
    )
    .option('--kind <kind>', `${COLLABORATION_KINDS.join(', ')} (default edges)`, 'edges')
    .option(
      '--channel <channel>',
      'channel of an edge list without a channel column: meeting, mail, chat, call',
    )
    .option('--date <date>', 'date of a survey whose file has no date column')
    .action(async (files: string[], o: { kind: string; channel?: string; date?: string }, cmd: Command) => {
      if (!(COLLABORATION_KINDS as readonly string[]).includes(o.kind))
        throw invalidInput(`--kind: "${o.kind}" is not one of ${COLLABORATION_KINDS.join(', ')}`, [
          { path: '--kind', message: o.kind },
        ]);
      const options: { channel?: string; surveyDate?: string } = {};
      if (o.channel) options.channel = o.channel;
      if (o.date) options.surveyDate = ctx.date(o.date, '--date');
      const sources = files.map((file) => ({ name: file, text: streamText(file) }));
      const r = await withCompany(ctx, cmd, (c) =>
        importCollaborationFiles(c, o.kind as CollaborationKind, sources, options),
      );
      if (wantsJson(cmd)) return ctx.out.json(r);
      ctx.out.line(`${r.rows} rows of collaboration kept.`);
      if (r.notOnRoster > 0) ctx.out.line(`${r.notOnRoster} rows name someone not on the roster: left out.`);
      if (r.tooOld > 0) ctx.out.line(`${r.tooOld} rows are older than the retention limit: left out.`);
      if (r.duplicates + r.meetingsSeen > 0)
        ctx.out.line(
          `${r.duplicates + r.meetingsSeen} meetings were already counted from another export: counted once.`,
        );
      if (r.broadcasts > 0)
        ctx.out.line(`${r.broadcasts} meetings of more than 25 people count as broadcasts: no ties.`);
    });

  withReportOptions(company.command('report'))
    .description(
      'the organisation in aggregate: units, silos, brokers, overload, new leaders (groups of 5 or more only)',
    )
    .action(
      async (
        o: { asOf?: string; window?: string; minInteractions?: string; overload?: string },
        cmd: Command,
      ) => {
        const r = await withCompany(ctx, cmd, (c) => companyReport(c, reportOptions(ctx, o)));
        if (wantsJson(cmd)) return ctx.out.json(r);
        for (const section of describeOrganisation(r)) {
          ctx.out.line(ctx.out.bold(section.title));
          for (const line of section.lines) ctx.out.line(`  ${line}`);
          ctx.out.line();
        }
      },
    );

  company
    .command('opt-out')
    .description('remove a person from every result and every later import')
    .requiredOption('--employee <id>', 'their employee id or work address')
    .action(async (o: { employee: string }, cmd: Command) => {
      const r = await withCompany(ctx, cmd, (c) => optOut(c, o.employee));
      if (wantsJson(cmd)) return ctx.out.json(r);
      ctx.out.line(
        r.found
          ? 'Removed, with all their collaboration; later imports leave them out.'
          : 'Not on the roster; later imports will leave them out.',
      );
    });

  company
    .command('retention <days>')
    .description('keep collaboration this many days (default 730); older rows are deleted now')
    .action(async (days: string, _o: unknown, cmd: Command) => {
      const r = await withCompany(ctx, cmd, (c) => setRetention(c, Number(days)));
      if (wantsJson(cmd)) return ctx.out.json(r);
      ctx.out.line(`Collaboration is kept ${r.days} days; ${r.purged} older rows deleted.`);
    });

  company
    .command('log')
    .description('every query and import run on the company database, oldest first')
    .option('--limit <n>', 'the last n entries', '50')
    .action(async (o: { limit: string }, cmd: Command) => {
      const entries = await withCompany(ctx, cmd, (c) => c.store.queryLog(Number(o.limit) || 50));
      if (wantsJson(cmd)) return ctx.out.json(entries);
      for (const e of entries) ctx.out.line(`${e.at}  ${e.analyst}  ${e.query}`);
    });
}
