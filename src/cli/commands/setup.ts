import type { Command } from 'commander';
import { sampleNetwork } from '../../core/sample/index.js';
import { COLLECTIONS } from '../../document/merge.js';
import { invalidInput } from '../../errors.js';
import { importDocument, isEmpty } from '../../store/document.js';
import { countRecords, getOwner, setOwner } from '../../store/records.js';
import { type CliContext, wantsJson } from '../context.js';

export function stats(ctx: CliContext): Record<string, unknown> {
  const store = ctx.store();
  const counts: Record<string, number> = {};
  for (const c of COLLECTIONS) counts[c] = countRecords(store, c);
  return { database: store.path, owner: getOwner(store) ?? null, counts };
}

function printStats(ctx: CliContext, summary: Record<string, unknown>): void {
  const { out } = ctx;
  const owner = summary.owner as { name: string; title?: string; organization: string; unit?: string } | null;
  out.line(`${out.bold('threefold')}  ${out.dim(String(summary.database))}`);
  if (owner) {
    const role = [owner.title, owner.unit].filter(Boolean).join(', ');
    out.line(`owner: ${out.bold(owner.name)}${role ? ` (${role})` : ''} at ${owner.organization}`);
  } else
    out.line(
      out.yellow('no owner yet: run `threefold init --name NAME --organization ID` or `threefold demo`'),
    );
  const counts = summary.counts as Record<string, number>;
  out.table(
    Object.entries(counts).map(([k, v]) => [k, v]),
    ['collection', 'records'],
  );
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .description('set the owner: the leader whose network this is (or load the sample network)')
    .option('--name <name>', "the owner's name")
    .option('--organization <id>', 'id of the home organisation (its people count as internal)')
    .option('--unit <unit>', 'function or business unit')
    .option('--title <title>', 'job title')
    .option('--level <n>', 'seniority 1..6', (v) => Number(v))
    .option('--interests <list>', 'personal interests (comma-separated)')
    .option('--sample', 'load the sample network instead (into an empty database)')
    .action((opts: Record<string, string | number | boolean | undefined>, command: Command) => {
      const store = ctx.store();
      if (opts.sample) {
        const summary = importDocument(store, sampleNetwork({ asOf: ctx.today() }), { mode: 'new' });
        if (wantsJson(command)) ctx.out.json(summary);
        else ctx.out.line('loaded the sample network');
        return;
      }
      if (!opts.name || !opts.organization) {
        throw invalidInput('init needs --name and --organization (or --sample)', [
          { path: opts.name ? '--organization' : '--name', message: 'required' },
        ]);
      }
      const owner = setOwner(store, {
        ...getOwner(store),
        name: opts.name,
        organization: opts.organization,
        ...(opts.unit !== undefined ? { unit: opts.unit } : {}),
        ...(opts.title !== undefined ? { title: opts.title } : {}),
        ...(opts.level !== undefined ? { level: opts.level } : {}),
        ...(opts.interests !== undefined
          ? {
              interests: String(opts.interests)
                .split(',')
                .map((s) => s.trim()),
            }
          : {}),
      });
      if (wantsJson(command)) ctx.out.json(owner);
      else ctx.out.line(`owner set: ${ctx.out.bold(owner.name)} (${store.path})`);
    });

  program
    .command('demo')
    .description('load the sample network if the database is empty, then show its summary')
    .action((_opts: unknown, command: Command) => {
      const store = ctx.store();
      const loaded = isEmpty(store.sqlite);
      if (loaded) importDocument(store, sampleNetwork({ asOf: ctx.today() }), { mode: 'new' });
      const summary = stats(ctx);
      if (wantsJson(command)) {
        ctx.out.json({ loadedSample: loaded, ...summary });
        return;
      }
      ctx.out.line(
        loaded
          ? ctx.out.green('Loaded the sample network: a leader in transition.')
          : 'Your database already holds a network.',
      );
      printStats(ctx, summary);
      ctx.out.line();
      ctx.out.line(
        `next: ${ctx.out.cyan('threefold assess')}, ${ctx.out.cyan('threefold suggest')}, ${ctx.out.cyan('threefold serve')}`,
      );
    });

  program
    .command('stats')
    .description('what the database holds')
    .action((_opts: unknown, command: Command) => {
      const summary = stats(ctx);
      if (wantsJson(command)) ctx.out.json(summary);
      else printStats(ctx, summary);
    });
}
