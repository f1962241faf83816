import type { Command } from 'commander';
import { completeAction, markAction, reopenAction } from '../../app/actions.js';
import { moveOf, pathsTo } from '../../app/analysis.js';
import type { ActionStateName } from '../../app/port.js';
import { recentShares } from '../../core/analysis/measures.js';
import { DAY_MS, isoDay, toMs } from '../../core/analysis/time.js';
import { brief } from '../../core/coach/brief.js';
import { goalMap } from '../../core/coach/goal-map.js';
import { reviewFromHistory } from '../../core/coach/history-review.js';
import { movesFrom, plainReason } from '../../core/coach/moves.js';
import { plan } from '../../core/coach/plan.js';
import { reflectionFor } from '../../core/coach/reflection.js';
import { compareSnapshots, type Snapshot, takeSnapshot } from '../../core/coach/review.js';
import { candidatesFrom, coachContext } from '../../core/coach/suggest.js';
import { triage } from '../../core/coach/triage.js';
import { commitmentsKept } from '../../core/findings/rules.js';
import { routeWords, strengthWords } from '../../core/strength-words.js';
import { FORMS } from '../../core/vocabulary.js';
import { invalidInput } from '../../errors.js';
import { readAnalysisInput } from '../../store/analysis-read.js';
import { personNames } from '../../store/path-read.js';
import { hiddenActions, latestSnapshotBefore, saveSnapshot } from '../../store/snapshots.js';
import { type CliContext, wantsJson } from '../context.js';

/** How a form reads in a sentence. */
const FORM_WORDS = {
  operational: 'operational network',
  personal: 'personal network',
  strategic: 'strategic network',
} as const;

const positiveInt = (option: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw invalidInput(`${option}: "${value}" is not a positive whole number`);
  return n;
};

function context(ctx: CliContext, asOf: string) {
  const { network, compiled } = readAnalysisInput(ctx.store());
  return coachContext(network, asOf, undefined, compiled);
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('suggest')
    .description(
      'the next actions, ranked: reconnect, strengthen, introduce, ask, give, reach, hook, request-support, join',
    )
    .option('--as-of <date>', 'date to plan from (default: today)')
    .option('--limit <n>', 'how many actions', positiveInt('--limit'), 15)
    .option('--explain', 'show what each score is made of')
    .action((opts: { asOf?: string; limit: number; explain?: boolean }, command: Command) => {
      const asOf = ctx.date(opts.asOf, '--as-of');
      const c = context(ctx, asOf);
      const moves = movesFrom(c, candidatesFrom(c, { hidden: hiddenActions(ctx.store(), asOf) }), {
        limit: opts.limit,
      });
      const sorting = triage(c.view);
      if (wantsJson(command)) {
        ctx.out.json({
          actions: moves.map(({ explain, ...a }) => (opts.explain ? { ...a, explain } : a)),
          triage: { needed: sorting.needed, untriaged: sorting.untriaged, firstMoves: sorting.firstMoves },
        });
        return;
      }
      if (sorting.needed) {
        ctx.out.line(
          ctx.out.bold(
            `${sorting.untriaged} of your ${sorting.contacts} relationships are not set up yet: sort them with \`threefold triage\`. First moves meanwhile:`,
          ),
        );
        for (const m of sorting.firstMoves) ctx.out.line(`  • ${m.reason}`);
        if (moves.length) ctx.out.line();
      } else if (moves.length === 0) ctx.out.line('Nothing to suggest: every relationship is in good shape.');
      moves.forEach((m, i) => {
        ctx.out.line(
          `${String(i + 1).padStart(2)}. ${ctx.out.bold(m.headline)} ${ctx.out.dim(`(${FORM_WORDS[m.form]}, ${m.minutes} min)`)}`,
        );
        ctx.out.line(`    ${m.reason}`);
        if (m.talkingPoints.length) ctx.out.line(`    To talk about: ${m.talkingPoints.join('; ')}.`);
        if (opts.explain)
          ctx.out.line(
            ctx.out.dim(
              `    priority ${m.score} = ${Object.entries(m.explain)
                .map(([k, v]) => `${k} ${v.toFixed(2)}`)
                .join(
                  ' × ',
                )}${m.merged.length > 1 ? `, plus a share of ${m.merged.length - 1} related suggestion${m.merged.length === 2 ? '' : 's'}` : ''}`,
            ),
          );
      });
    });

  program
    .command('action')
    .description(
      'mark a suggested action done (with what happened), dismissed, or snoozed until a date; open undoes the mark',
    )
    .argument('<key>', 'the action key (from suggest --json)')
    .argument('<state>', 'done | dismissed | snoozed | open')
    .option('--until <date>', 'for snoozed: when it comes back')
    .option('--with <ids>', 'done: log the interaction it was, with these people (comma-separated)')
    .option('--date <date>', 'done: when it happened (default: today)')
    .option(
      '--kind <kind>',
      'done: meeting | call | message | meal | event | introduction | request | favor | other',
    )
    .option('--minutes <n>', 'done: your time spent', (v) => Number(v))
    .option('--direction <direction>', 'done: gave | received | mutual')
    .option('--notes <text>', 'done: what came of it, the next step')
    .option('--introduced <a,b>', 'done: the two people you introduced (they now know each other)')
    .action(
      async (
        key: string,
        state: string,
        opts: {
          until?: string;
          with?: string;
          date?: string;
          kind?: string;
          minutes?: number;
          direction?: 'gave' | 'received' | 'mutual';
          notes?: string;
          introduced?: string;
        },
        command: Command,
      ) => {
        const network = await ctx.network();
        if (state === 'open') {
          await reopenAction(network, key);
          ctx.out.line(`${key}: open again`);
          return;
        }
        const list = (v: string) =>
          v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
        const introduced = opts.introduced ? list(opts.introduced) : undefined;
        if (introduced && introduced.length !== 2)
          throw invalidInput('--introduced: name the two people introduced, as A,B', [
            { path: '--introduced', message: 'two ids' },
          ]);
        const outcome = opts.with
          ? {
              date: ctx.date(opts.date, '--date'),
              people: list(opts.with),
              kind: opts.kind,
              minutes: opts.minutes,
              direction: opts.direction,
              notes: opts.notes,
            }
          : undefined;
        // A move stands for every candidate merged into it: marking it marks them all, so the
        // same person does not come back next week under another kind of action.
        const move = await moveOf(network, key, ctx.today());
        const also = move?.merged.slice(1) ?? [];
        // The leader reads the move, not its key.
        const label = move?.headline ?? key;
        if (state === 'done' && (outcome || introduced)) {
          const done = await completeAction(network, {
            key,
            also,
            at: new Date().toISOString(),
            ...(outcome ? { outcome } : {}),
            ...(introduced ? { introduced: introduced as [string, string] } : {}),
          });
          if (wantsJson(command)) ctx.out.json(done);
          else
            ctx.out.line(
              `${label}: done${done.interaction ? '; the interaction is logged' : ''}${done.tie ? '; the two now know each other' : ''}`,
            );
          return;
        }
        if (outcome || introduced)
          throw invalidInput('--with and --introduced go with done', [{ path: 'state', message: 'done' }]);
        const until = opts.until ? ctx.date(opts.until, '--until') : undefined;
        const marked = await markAction(network, {
          key,
          also,
          state: state as ActionStateName,
          at: new Date().toISOString(),
          until,
        });
        if (wantsJson(command)) ctx.out.json(marked);
        else ctx.out.line(`${label}: ${state}${until ? ` until ${until}` : ''}`);
      },
    );

  program
    .command('path')
    .description('the strongest chains of introductions from you to a person (Yen k-shortest paths)')
    .requiredOption('--to <id>', 'the person to reach')
    .option('--k <n>', 'how many alternatives', positiveInt('--k'), 3)
    .option('--as-of <date>', 'date for tie strengths (default: today)')
    .action(async (opts: { to: string; k: number; asOf?: string }, command: Command) => {
      // The same use case as the API's: a lean read of the graph and its tie strengths only.
      const store = ctx.store();
      const { paths } = await pathsTo(await ctx.network(), {
        to: opts.to,
        k: opts.k,
        asOf: ctx.date(opts.asOf, '--as-of'),
      });
      if (wantsJson(command)) {
        ctx.out.json({ paths });
        return;
      }
      const names = personNames(
        store,
        paths.flatMap((p) => p.people),
      );
      const name = (id: string) => (id === 'owner' ? 'you' : (names.get(id) ?? id));
      paths.forEach((p, i) => {
        ctx.out.line(`${i + 1}. ${['you', ...p.people.map(name)].join(' → ')}`);
        ctx.out.line(
          ctx.out.dim(
            `   ${routeWords(p.strength)}; weakest link ${name(p.weakest.from)} – ${name(p.weakest.to)}`,
          ),
        );
      });
    });

  program
    .command('plan')
    .description("this week's plan: actions within a time budget, balanced across the three forms")
    .option('--week <date>', 'a day of the week to plan (default: today)')
    .option('--budget <minutes>', 'time budget in minutes', positiveInt('--budget'), 180)
    .action((opts: { week?: string; budget: number }, command: Command) => {
      const week = ctx.date(opts.week, '--week');
      const c = context(ctx, week);
      const moves = movesFrom(c, candidatesFrom(c, { hidden: hiddenActions(ctx.store(), week) }));
      const result = plan(moves, {
        week,
        budgetMinutes: opts.budget,
        minutesByForm: recentShares(c.measures.forms),
      });
      const reflection = reflectionFor(c.view, c.findings);
      if (wantsJson(command)) {
        ctx.out.json({
          ...result,
          actions: result.actions.map(({ explain: _explain, ...a }) => a),
          reflection,
        });
        return;
      }
      ctx.out.line(
        ctx.out.bold(`Plan for the week of ${week}: ${result.minutes} of ${result.budgetMinutes} minutes`),
      );
      for (const a of result.actions) {
        ctx.out.line(`  • ${a.headline} ${ctx.out.dim(`(${FORM_WORDS[a.form]}, ${a.minutes} min)`)}`);
        ctx.out.line(`    ${a.reason}`);
      }
      for (const note of result.notes) ctx.out.line(ctx.out.yellow(note));
      ctx.out.line();
      ctx.out.table(
        FORMS.map((f) => [f, `${result.percent[f].plan}%`, `${result.percent[f].last90Days}%`]),
        ['form', 'this week', 'last 90 days'],
      );
      if (reflection) {
        ctx.out.line();
        ctx.out.line(ctx.out.bold('To reflect on this week'));
        ctx.out.line(`  ${reflection.question}`);
      }
    });

  program
    .command('review')
    .description(
      'the periodic review: what changed, from your logged interactions over any period, and against the last snapshot (stores a new one)',
    )
    .option('--since <date>', 'start of the period to review (default: 90 days before --as-of)')
    .option('--as-of <date>', 'the date of this review (default: today)')
    .option('--snapshot', 'only store a snapshot, without comparing')
    .action((opts: { since?: string; asOf?: string; snapshot?: boolean }, command: Command) => {
      const asOf = ctx.date(opts.asOf, '--as-of');
      const since = opts.since ? ctx.date(opts.since, '--since') : isoDay(toMs(asOf) - 90 * DAY_MS);
      if (since > asOf) throw invalidInput(`--since: ${since} is after the review date ${asOf}`);
      const c = context(ctx, asOf);
      const store = ctx.store();
      // A snapshot from the same day is no trend: compare only with one from an earlier day.
      const previous = latestSnapshotBefore(store, isoDay(Math.min(toMs(since), toMs(asOf) - DAY_MS)));
      const snapshot = takeSnapshot(c.view, c.measures, commitmentsKept(c.view));
      saveSnapshot(store, { takenAt: new Date().toISOString(), asOf, data: snapshot });
      if (opts.snapshot) {
        if (wantsJson(command)) ctx.out.json({ stored: true, review: null, message: 'snapshot stored' });
        else ctx.out.line('snapshot stored');
        return;
      }
      const history = reviewFromHistory(c.view, since);
      const review = previous ? compareSnapshots(previous.data as Snapshot, snapshot) : null;
      const reflection = reflectionFor(c.view, c.findings, { history });
      if (wantsJson(command)) {
        ctx.out.json({ stored: true, history, review, reflection });
        return;
      }
      const name = (id: string) => c.view.people.get(id)?.name ?? id;
      const names = (ids: string[]) => (ids.length ? ids.map(name).join(', ') : 'none');
      const { out } = ctx;
      const { period: now, before } = history;
      out.line(out.bold(`Review of ${now.from} to ${now.to}, from your logged interactions`));
      out.line(
        `interactions: ${now.interactions} (${before.interactions} in the ${Math.round((toMs(now.to) - toMs(now.from)) / DAY_MS) + 1} days before); minutes: ${now.minutes} (before: ${before.minutes})`,
      );
      if (history.activityRatio !== null && history.activityRatio <= 0.5)
        out.line(
          out.yellow(
            `Your networking fell to ${Math.round(history.activityRatio * 100)} % of the period before.`,
          ),
        );
      else if (history.activityRatio !== null && history.activityRatio >= 1.5)
        out.line(
          out.green(
            `Your networking rose to ${Math.round(history.activityRatio * 100)} % of the period before.`,
          ),
        );
      out.table(
        FORMS.map((f) => [f, `${now.percentByForm[f]}%`, `${before.percentByForm[f]}%`]),
        ['time per form', 'this period', 'period before'],
      );
      out.line(`new relationships: ${names(history.newTies)}`);
      out.line(`gone quiet: ${names(history.lostTies)}`);
      out.line(
        `seen less often: ${history.weakerTies.map((w) => `${name(w.person)} (${w.before} times before, ${w.now} now)`).join(', ') || 'none'}`,
      );
      out.line(
        `help given ${now.gave} (before ${before.gave}), received ${now.received} (before ${before.received}), asked for ${now.asked} (before ${before.asked}); introductions made ${now.introductions} (before ${before.introductions})`,
      );
      out.line();
      if (!review) {
        out.line(
          'Snapshot stored: the next review will also compare depth, breadth and leverage with today.',
        );
      } else {
        out.line(out.bold(`Since the snapshot of ${review.from}`));
        out.line(
          `tie strengths: weaker ${review.decayedTies.map((d) => `${name(d.person)} ${d.from}→${d.to}`).join(', ') || 'none'}; stronger ${review.strengthenedTies.map((d) => `${name(d.person)} ${d.from}→${d.to}`).join(', ') || 'none'}`,
        );
        out.table(
          FORMS.map((f) => [
            f,
            review.forms[f].relationships,
            review.forms[f].depth,
            review.forms[f].breadth,
            review.forms[f].leverage,
          ]),
          ['form (change)', 'relationships', 'depth', 'breadth', 'leverage'],
        );
        const commitment = (id: string) =>
          (c.view.network.commitments ?? []).find((x) => x.id === id)?.text ?? id;
        out.line(
          `commitments kept: ${review.commitments.kept.map(commitment).join(', ') || 'none'}; missed: ${review.commitments.missed.map(commitment).join(', ') || 'none'}`,
        );
        const orgName = (id: string) =>
          (c.view.network.organizations ?? []).find((o) => o.id === id)?.name ?? name(id);
        out.line(`trust turned into support: ${review.trustConverted.map(orgName).join(', ') || 'none'}`);
      }
      if (reflection) {
        out.line();
        out.line(out.bold('To reflect on'));
        out.line(`  ${reflection.question}`);
      }
    });

  program
    .command('brief')
    .description('prepare a meeting: what you know of each attendee and an opening line')
    .option('--people <ids>', 'attendee ids, comma-separated')
    .option('--as-of <date>', 'date of the meeting (default: today)')
    .action((opts: { people?: string; asOf?: string }, command: Command) => {
      if (!opts.people)
        throw invalidInput('brief needs --people ID,ID', [{ path: '--people', message: 'required' }]);
      const c = context(ctx, ctx.date(opts.asOf, '--as-of'));
      const result = brief(
        c.view,
        opts.people
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
      if (wantsJson(command)) {
        ctx.out.json({ attendees: result });
        return;
      }
      for (const a of result) {
        ctx.out.line(
          ctx.out.bold(
            `${a.name}${a.title ? `, ${a.title}` : ''}${a.organization ? ` (${a.organization})` : ''}`,
          ),
        );
        ctx.out.line(
          `  ${a.relationship ? `tie ${strengthWords(a.relationship.strength)}, ${a.relationship.forms.join('/')}, last contact ${a.relationship.lastContact ?? 'never'}` : 'no relationship yet'}`,
        );
        if (a.sharedInterests.length) ctx.out.line(`  shared interests: ${a.sharedInterests.join(', ')}`);
        if (a.sharedGroups.length) ctx.out.line(`  shared groups: ${a.sharedGroups.join(', ')}`);
        for (const k of a.knowsWhomYouNeed) ctx.out.line(`  knows ${k.name}: ${k.why}`);
        ctx.out.line(`  opening: ${a.opening}`);
        if (a.ask) ctx.out.line(`  ask: ${a.ask}`);
      }
    });
}

/** `threefold goal show ID`: the stakeholder map and the moves. */
export function printGoalMap(ctx: CliContext, goalId: string, asOf: string, json: boolean): void {
  const map = goalMap(context(ctx, asOf), goalId);
  if (json) {
    ctx.out.json({ ...map, moves: map.moves.map(({ explain: _e, ...a }) => a) });
    return;
  }
  const { out } = ctx;
  out.line(out.bold(`${map.goal.title}${map.goal.due ? ` (due ${map.goal.due})` : ''}`));
  out.line(`support weighted by influence ${map.stanceScore.toFixed(2)} (−1 all opposed … +1 all champions)`);
  out.table(
    map.stakeholders.map((s) => [
      s.name,
      s.influence,
      s.stance,
      s.strength ?? '–',
      s.bestPath
        ? `${routeWords(s.bestPath.strength)} (${s.bestPath.people.length} step${s.bestPath.people.length === 1 ? '' : 's'})`
        : 'unreachable',
      s.idle ? 'idle' : '',
    ]),
    ['stakeholder', 'influence', 'stance', 'tie', 'best chain of introductions', ''],
  );
  if (map.moves.length) out.line(out.bold('moves'));
  for (const m of map.moves) out.line(`  • ${plainReason(m.reason)}`);
}
