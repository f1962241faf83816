import { type Assessment, assess, assessAwaitingBetweenness } from '../core/analysis/assess.js';
import { betweennessOptions, kernelsBesideBetweenness, recentShares } from '../core/analysis/measures.js';
import { DAY_MS, isoDay, toMs } from '../core/analysis/time.js';
import { buildNetworkView } from '../core/analysis/view.js';
import { brief } from '../core/coach/brief.js';
import { goalMap } from '../core/coach/goal-map.js';
import { reviewFromHistory } from '../core/coach/history-review.js';
import { type MoveNames, namesOfMoves } from '../core/coach/move-names.js';
import { type Move, movesFrom, plainReason } from '../core/coach/moves.js';
import { buildPathGraph } from '../core/coach/path-graph.js';
import { strongestPaths } from '../core/coach/paths.js';
import { plan, type WeeklyPlan } from '../core/coach/plan.js';
import { type Reflection, reflectionFor } from '../core/coach/reflection.js';
import {
  compareSnapshots,
  type Review,
  type Snapshot,
  takeSnapshot as snapshotOf,
} from '../core/coach/review.js';
import { type CoachContext, candidatesFrom, coachContext } from '../core/coach/suggest.js';
import { DEFAULT_CONFIG } from '../core/findings/config.js';
import { commitmentsKept } from '../core/findings/rules.js';
import type { CsrGraph as PathGraph } from '../core/graph/index.js';
import { notFound } from '../errors.js';
import { hiddenActions } from './actions.js';
import type { AnalysisInput, NetworkStore } from './port.js';

/** Below this many people, starting a worker thread for betweenness costs more than it saves. */
const BETWEENNESS_ASIDE_FROM_PEOPLE = 3000;

/**
 * The diagnosis of the stored network as of a date. Where the store can compute betweenness
 * on another thread (the embedded store), a large network's betweenness is computed there while
 * this thread reads and measures the rest, then joins the assessment.
 */
export async function assessNetwork(
  store: NetworkStore,
  asOf: string,
): Promise<{ assessment: Assessment; input: AnalysisInput }> {
  const counts = await store.counts();
  const aside =
    store.betweennessAside && counts.people >= BETWEENNESS_ASIDE_FROM_PEOPLE
      ? store.betweennessAside(betweennessOptions(DEFAULT_CONFIG))
      : undefined;
  const input = await store.analysisInput();
  const { network, compiled, revision } = input;
  if (!aside) return { assessment: assess(network, { asOf, compiled }), input };
  const view = buildNetworkView(network, asOf, {}, compiled);
  const finish = assessAwaitingBetweenness(view, kernelsBesideBetweenness(view));
  const computed = await aside;
  // The worker read the network in a transaction of its own: its result counts only for the same revision.
  return { assessment: finish(computed?.revision === revision ? computed.betweenness : undefined), input };
}

/** What the coach works from: the network's view and its measures, as of a date. */
export async function coachInput(store: NetworkStore, asOf: string): Promise<CoachContext> {
  const { network, compiled } = await store.analysisInput();
  return coachContext(network, asOf, undefined, compiled);
}

/**
 * The next moves, ranked: one per person, merged from the coach's candidate actions, leaving out
 * the candidates done, dismissed or snoozed as of `asOf` (all of them, with `includeHandled`).
 */
export async function suggestActions(
  store: NetworkStore,
  options: { asOf: string; limit?: number; includeHandled?: boolean },
): Promise<Move[]> {
  return (await suggestNamed(store, options)).moves;
}

/** The next moves with the names of the people and goals they refer to, from one read. */
export async function suggestNamed(
  store: NetworkStore,
  options: { asOf: string; limit?: number; includeHandled?: boolean },
): Promise<{ moves: Move[]; names: MoveNames }> {
  const context = await coachInput(store, options.asOf);
  const hidden = options.includeHandled ? undefined : await hiddenActions(store, options.asOf);
  const moves = movesFrom(context, candidatesFrom(context, hidden ? { hidden } : {}), {
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
  });
  return { moves, names: namesOfMoves(context.view, moves) };
}

/** The move a key names as of `asOf` (the merged candidates it stands for), if the coach makes it. */
export async function moveOf(store: NetworkStore, key: string, asOf: string): Promise<Move | undefined> {
  return (await suggestActions(store, { asOf })).find((m) => m.key === key);
}

/** The week's plan within a time budget, from the moves not yet handled, with a question to reflect on. */
export async function planWeek(
  store: NetworkStore,
  options: { week: string; budgetMinutes: number },
): Promise<WeeklyPlan<Move> & { reflection: Reflection | null; names: MoveNames }> {
  const context = await coachInput(store, options.week);
  const week = weekPlan(context, await hiddenActions(store, options.week), options);
  return {
    ...week,
    reflection: reflectionFor(context.view, context.findings),
    names: namesOfMoves(context.view, week.actions),
  };
}

/** The week's plan from a coach context already built (the calendar feed builds one too). */
export function weekPlan(
  context: CoachContext,
  hidden: ReadonlySet<string>,
  options: { week: string; budgetMinutes: number },
): WeeklyPlan<Move> {
  return plan(movesFrom(context, candidatesFrom(context, { hidden })), {
    week: options.week,
    budgetMinutes: options.budgetMinutes,
    minutesByForm: recentShares(context.measures.forms),
  });
}

/**
 * The review the interaction history gives without any snapshot: the last `days` against the
 * `days` before, the ties that started, went quiet or weakened (with their names), and the one
 * question for the leader it suggests.
 */
export async function historyReviewOf(store: NetworkStore, asOf: string, days = 90) {
  const context = await coachInput(store, asOf);
  const history = reviewFromHistory(context.view, isoDay(toMs(asOf) - (days - 1) * DAY_MS));
  const ids = [...history.newTies, ...history.lostTies, ...history.weakerTies.map((w) => w.person)];
  const names: Record<string, string> = {};
  for (const id of ids) names[id] = context.view.people.get(id)?.name ?? id;
  return { history, names, reflection: reflectionFor(context.view, context.findings, { history }) };
}

/** The measures a review snapshot keeps, as the network gives them on `asOf`. */
export async function snapshotNow(store: NetworkStore, asOf: string): Promise<Snapshot> {
  const context = await coachInput(store, asOf);
  return snapshotOf(context.view, context.measures, commitmentsKept(context.view));
}

/** Takes and keeps a review snapshot, compared with the last one kept before it. */
export async function takeSnapshot(
  store: NetworkStore,
  options: { asOf: string; takenAt: string; data?: Snapshot },
): Promise<{ snapshot: { id: string; takenAt: string; asOf: string }; comparison: Review | null }> {
  const earlier = (await store.listSnapshots()).filter((s) => s.asOf <= options.asOf);
  const previous = earlier.at(-1);
  const data = options.data ?? (await snapshotNow(store, options.asOf));
  const saved = await store.saveSnapshot(options.takenAt, options.asOf, data);
  return {
    snapshot: { id: saved.id, takenAt: saved.takenAt, asOf: saved.asOf },
    comparison: previous ? compareSnapshots(previous.data as Snapshot, data) : null,
  };
}

/** The graph the strongest paths are searched on, as of a date. */
export async function pathGraphOf(store: NetworkStore, asOf: string): Promise<PathGraph> {
  return buildPathGraph(await store.pathInput(asOf));
}

/** The strongest chains of introductions from the owner to a person. */
export async function pathsTo(
  store: NetworkStore,
  options: { to: string; k: number; asOf: string },
  /** The graph of ties as of `asOf`, when the caller keeps one (the server, per data version). */
  kept?: PathGraph,
) {
  const graph = kept ?? (await pathGraphOf(store, options.asOf));
  const target = graph.index.get(options.to);
  if (target === undefined || target === 0) throw notFound(`no person "${options.to}"`);
  const paths = strongestPaths(graph, 0, target, options.k);
  if (paths.length === 0) {
    const name = (await store.personNames([options.to])).get(options.to) ?? options.to;
    throw notFound(
      `no chain of known ties leads from you to ${name}: record who knows them (threefold tie add) or join a group they belong to`,
    );
  }
  return { paths };
}

/** Preparing a meeting: for each attendee what you know, common ground, whom they know that you need. */
export async function meetingBrief(
  store: NetworkStore,
  options: { people: readonly string[]; asOf: string },
) {
  const context = await coachInput(store, options.asOf);
  const orgs = new Map((context.view.network.organizations ?? []).map((o) => [o.id, o.name]));
  return {
    attendees: brief(context.view, options.people).map((a) => ({
      ...a,
      organization: a.organization === null ? null : (orgs.get(a.organization) ?? a.organization),
    })),
  };
}

/** A goal's stakeholder map and the moves that serve it, in the leader's words. */
export async function goalMoves(store: NetworkStore, options: { goal: string; asOf: string }) {
  // A goal this network does not hold is not found, whether or not the network has an owner yet.
  if (!(await store.get('goals', options.goal))) throw notFound(`no goal "${options.goal}"`);
  const context = await coachInput(store, options.asOf);
  const map = goalMap(context, options.goal);
  const moves = map.moves.map(({ explain: _explain, reason, ...m }) => ({
    ...m,
    reason: plainReason(reason),
  }));
  return { ...map, moves, names: namesOfMoves(context.view, moves) };
}
