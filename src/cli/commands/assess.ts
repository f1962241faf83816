import type { Command } from 'commander';
import {
  type Assessment,
  assessInPiecesAwaitingBetweenness,
  personMeasures,
} from '../../core/analysis/assess.js';
import { betweennessOptions, kernelsBesideBetweenness, measure } from '../../core/analysis/measures.js';
import { buildNetworkView } from '../../core/analysis/view.js';
import { DEFAULT_CONFIG } from '../../core/findings/config.js';
import type { ActionKind } from '../../core/findings/types.js';
import { FORMS } from '../../core/vocabulary.js';
import { notFound } from '../../errors.js';
import { readAnalysisInput } from '../../store/analysis-read.js';
import { betweennessKeptOrAside } from '../../store/kept-kernels.js';
import { type CliContext, wantsJson } from '../context.js';
import { ListInPieces, type Output } from '../output.js';

/** Below this many people, starting a worker thread costs more than it saves. */
const WORKER_FROM_PEOPLE = 3000;

const fmt = (x: number | null | undefined, digits = 2) =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits);

/** The one-screen report: the three forms side by side, findings by severity, key measures. */
export function printAssessment(
  out: Output,
  a: Omit<Assessment, 'people'>,
  names: (id: string) => string,
): void {
  const { metrics: m } = a;
  out.line(out.bold(`Network diagnosis as of ${a.asOf}`));
  out.line();
  out.table(
    [
      ['relationships', ...FORMS.map((f) => String(m.forms[f].relationships))],
      [
        'time, last 90 days',
        ...FORMS.map((f) => `${m.forms[f].percentOfMinutesRecent}% (${m.forms[f].minutesRecent} min)`),
      ],
      ['depth', ...FORMS.map((f) => fmt(m.forms[f].depth))],
      ['breadth', ...FORMS.map((f) => fmt(m.forms[f].breadth))],
      ['leverage', ...FORMS.map((f) => fmt(m.forms[f].leverage))],
    ],
    ['', ...FORMS],
  );
  out.line();
  const colour = { critical: out.red, warning: out.yellow, info: out.cyan } as const;
  if (a.findings.length === 0) out.line(out.green('No findings: a balanced network.'));
  for (const f of a.findings) {
    out.line(`${colour[f.severity](SEVERITY_WORDS[f.severity].padEnd(8))} ${out.bold(f.title)}`);
    const people = f.evidence.people.slice(0, 5).map(names);
    if (people.length)
      out.line(
        `         ${people.join(', ')}${f.evidence.people.length > 5 ? ` +${f.evidence.people.length - 5}` : ''}`,
      );
    out.line(`         ${out.dim(`what helps: ${f.actions.map((k) => ACTION_WORDS[k]).join(', ')}`)}`);
  }
  out.line();
  const o = m.owner;
  out.line(out.bold('Key measures'));
  out.line(
    `  how closely your contacts know one another ${fmt(o.constraint)} (0 to 1; lower means more open) · contacts who bring something the others do not ${fmt(o.effectiveSize, 1)} of ${o.degree} (${fmt(o.efficiency)})`,
  );
  out.line(
    `  how often you sit between people who are not otherwise linked ${fmt(o.betweenness, 3)}${m.method.betweenness.exact ? '' : ` (estimated, ±${fmt(m.method.betweenness.errorBound, 3)})`} · balance of outside against inside ties ${fmt(m.eiIndex)} (${m.contacts.internal} inside, ${m.contacts.external} outside; -1 all inside, +1 all outside)`,
  );
  out.line(
    `  people within two steps of you ${m.reach.twoStep} · variety of sectors ${fmt(m.diversity.sector)} and of organisations ${fmt(m.diversity.organization)} (0 to 1) · circles of your network you are part of ${m.clusters.spannedByOwner} of ${m.clusters.count}`,
  );
  out.line(
    `  help given ${m.reciprocity.gave}, received ${m.reciprocity.received} · relationships gone quiet ${m.dynamism.dormant.length} · new in 180 days ${m.dynamism.newRelationships.length}`,
  );
}

const SEVERITY_WORDS = { critical: 'URGENT', warning: 'WATCH', info: 'NOTE' } as const;

/** The coach's action kinds as a leader would say them. */
const ACTION_WORDS: Record<ActionKind, string> = {
  reconnect: 'get back in touch',
  strengthen: 'one-to-one time',
  introduce: 'introduce people',
  ask: 'ask',
  give: 'give',
  reach: 'get introduced',
  hook: 'meet over a shared interest',
  'request-support': 'ask for concrete support',
  join: 'join a group',
};

export function register(program: Command, ctx: CliContext): void {
  program
    .command('assess')
    .description('diagnose the network form by form: measures and findings')
    .option('--as-of <date>', 'the date to assess as of (default: today)')
    .action(async (opts: { asOf?: string }, command: Command) => {
      const asOf = ctx.date(opts.asOf, '--as-of');
      const store = ctx.store();
      // On a large network, betweenness runs on another thread while this one reads.
      const large =
        (store.sqlite.prepare('SELECT count(*) FROM people').pluck().get() as number) >= WORKER_FROM_PEOPLE;
      const aside = large ? betweennessKeptOrAside(store, betweennessOptions(DEFAULT_CONFIG)) : undefined;
      const { network, compiled, revision } = readAnalysisInput(store);
      // Everything but betweenness is computed here (while the worker, if any, finishes), then
      // betweenness joins it; the people's measures are made a slice at a time as JSON is written.
      const view = buildNetworkView(network, asOf, {}, compiled);
      const finish = assessInPiecesAwaitingBetweenness(view, kernelsBesideBetweenness(view));
      const computed = aside ? await aside : undefined;
      const { outline, people } = finish(computed?.revision === revision ? computed.betweenness : undefined);
      if (wantsJson(command)) {
        ctx.out.json({
          asOf: outline.asOf,
          metrics: outline.metrics,
          people: new ListInPieces(people.count, people),
          findings: outline.findings,
        });
        return;
      }
      const byId = new Map(network.people.map((p) => [p.id, p.name]));
      printAssessment(ctx.out, outline, (id) => byId.get(id) ?? id);
    });
}

/** One person's measures and why they matter to the owner (for `threefold person ID`). */
export function personInsight(ctx: CliContext, id: string, asOf: string): Record<string, unknown> {
  const { network, compiled } = readAnalysisInput(ctx.store());
  const view = buildNetworkView(network, asOf, {}, compiled);
  const index = view.graph.index.get(id);
  if (index === undefined || index === 0) throw notFound(`no person "${id}"`);
  const m = measure(view);
  const measures = personMeasures(view, m, index);
  const why: string[] = [];
  const contact = view.contactById.get(id);
  if (contact?.powerful) why.push('has power over your work or goals');
  if (contact?.bridge) why.push('knows people both inside and outside your organisation');
  if (measures.influence > 0) why.push(`holds influence ${measures.influence} over one of your goals`);
  if (contact && contact.cadenceState !== 'ok' && contact.cadenceState !== 'unknown')
    why.push(`contact is ${contact.cadenceState} (cadence ${contact.cadenceDays} days)`);
  if (!contact && measures.distance !== null)
    why.push(
      `not yet a relationship: ${measures.distance} introduction${measures.distance === 2 ? '' : 's'} away`,
    );
  if (measures.betweenness > 0.05) why.push('often sits between people who would not otherwise be linked');
  return { ...measures, why };
}
