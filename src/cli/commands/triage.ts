import type { Command } from 'commander';
import { buildNetworkView } from '../../core/analysis/view.js';
import { type Triage, triage } from '../../core/coach/triage.js';
import { FORMS, type Form } from '../../core/vocabulary.js';
import { invalidInput, notFound } from '../../errors.js';
import { readAnalysisInput } from '../../store/analysis-read.js';
import { requireRecord, updateRecord } from '../../store/records.js';
import { type CliContext, wantsJson } from '../context.js';

function current(ctx: CliContext, asOf: string): Triage {
  const { network, compiled } = readAnalysisInput(ctx.store());
  // Triage reads the contacts alone: no kernel, no finding.
  return triage(buildNetworkView(network, asOf, {}, compiled));
}

function parseForms(value: string): Form[] {
  const forms = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const f of forms)
    if (!(FORMS as readonly string[]).includes(f))
      throw invalidInput(`--form: "${f}" is not operational, personal or strategic`);
  if (forms.length === 0) throw invalidInput('--form: name at least one form');
  return forms as Form[];
}

function parseDays(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw invalidInput(`--cadence: "${value}" is not a whole number of days`);
  return n;
}

export function register(program: Command, ctx: CliContext): void {
  const command = program
    .command('triage')
    .description(
      'sort imported contacts into groups (people you have met, more senior, by organisation, by title) and set form and cadence for a whole group at once',
    )
    .option('--as-of <date>', 'date to look from (default: today)')
    .action((opts: { asOf?: string }, cmd: Command) => {
      const t = current(ctx, ctx.date(opts.asOf, '--as-of'));
      if (wantsJson(cmd)) {
        ctx.out.json(t);
        return;
      }
      const { out } = ctx;
      if (t.untriaged === 0) {
        out.line('Every relationship has been set up: nothing to triage.');
        return;
      }
      out.line(
        out.bold(
          `${t.untriaged} of ${t.contacts} relationships are not set up yet; none of them is late. Decide, group by group, what each relationship is for.`,
        ),
      );
      out.line();
      t.groups.forEach((g, i) => {
        out.line(
          `${String(i + 1).padStart(2)}. ${out.bold(g.label)}: ${g.people.length} ${g.people.length === 1 ? 'person' : 'people'}`,
        );
        out.line(
          `    suggested: ${g.suggested.forms.join(' and ')} network, every ${g.suggested.cadenceDays} days`,
        );
        out.line(
          out.dim(
            `    threefold triage set ${i + 1} --form ${g.suggested.forms.join(',')} --cadence ${g.suggested.cadenceDays}`,
          ),
        );
      });
      if (t.firstMoves.length) {
        out.line();
        out.line(out.bold('First moves'));
        for (const m of t.firstMoves) out.line(`  • ${m.reason}`);
      }
    });

  command
    .command('set')
    .description('set form and cadence for every person of a group (its number or key), in one transaction')
    .argument('<group>', 'the group number shown by `threefold triage`, or its key from --json')
    .requiredOption('--form <forms>', 'operational, personal, strategic (comma-separated)')
    .requiredOption('--cadence <days>', 'days between contacts')
    .option('--strength <n>', 'tie strength 1..5 for all of them')
    .option('--as-of <date>', 'date to look from (default: today)')
    .action((group: string, opts: { form: string; cadence: string; strength?: string; asOf?: string }) => {
      const forms = parseForms(opts.form);
      const cadenceDays = parseDays(opts.cadence);
      const strength = opts.strength === undefined ? undefined : Number(opts.strength);
      if (strength !== undefined && !(Number.isInteger(strength) && strength >= 1 && strength <= 5))
        throw invalidInput(`--strength: "${opts.strength}" is not a whole number from 1 to 5`);
      const t = current(ctx, ctx.date(opts.asOf, '--as-of'));
      const n = Number(group);
      const chosen = Number.isInteger(n) ? t.groups[n - 1] : t.groups.find((g) => g.key === group);
      if (!chosen) throw notFound(`no triage group "${group}": run threefold triage to see them`);
      const store = ctx.store();
      // All or nothing: one transaction around the record-level writes.
      store.sqlite.transaction(() => {
        for (const person of chosen.people) {
          const record = requireRecord(store, 'relationships', person);
          updateRecord(store, 'relationships', person, {
            ...record,
            forms,
            cadenceDays,
            ...(strength === undefined ? {} : { strength }),
          });
        }
      })();
      ctx.out.line(
        `${chosen.label}: ${chosen.people.length} relationship${chosen.people.length === 1 ? '' : 's'} set to the ${forms.join(' and ')} network, every ${cadenceDays} days.`,
      );
    });
}
