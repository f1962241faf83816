import { notFound } from '../../errors.js';
import { daysBetween } from '../analysis/time.js';
import type { Stance } from '../vocabulary.js';
import { type Action, written } from './actions.js';
import { strongestPaths } from './paths.js';
import { type CoachContext, candidatesFrom } from './suggest.js';

export interface StakeholderView {
  person: string;
  name: string;
  influence: number;
  stance: Stance;
  /** Stated strength of the owner's relationship, null without one. */
  strength: number | null;
  /** Strength of the best chain of introductions (1 hop when a relationship exists), null when unreachable. */
  bestPath: { people: string[]; strength: number } | null;
  /** Not contacted within the ally-idle window. */
  idle: boolean;
}

export interface GoalMap {
  goal: { id: string; title: string; due: string | null };
  stanceScore: number;
  stakeholders: StakeholderView[];
  moves: Action[];
}

/** The stakeholder map of one goal: influence by stance, ties, paths, who is idle, and the moves. */
export function goalMap(ctx: CoachContext, goalId: string): GoalMap {
  const { view, measures } = ctx;
  const goal = (view.network.goals ?? []).find((g) => g.id === goalId);
  if (!goal) throw notFound(`no goal "${goalId}"`);
  const stakeholders = (goal.stakeholders ?? [])
    .map((s) => {
      const contact = view.contactById.get(s.person);
      const [path] = strongestPaths(view.graph, 0, view.graph.index.get(s.person)!, 1);
      const last = view.interactionsOf.get(s.person)?.at(-1)?.date;
      return {
        person: s.person,
        name: view.people.get(s.person)?.name ?? s.person,
        influence: s.influence,
        stance: s.stance,
        strength: contact?.statedStrength ?? null,
        bestPath: path ? { people: path.people, strength: path.strength } : null,
        idle: last === undefined || daysBetween(last, view.asOfMs) > view.config.allyIdleDays,
      };
    })
    .sort((a, b) => b.influence - a.influence);
  const people = new Set(stakeholders.map((s) => s.person));
  // The goal's actions with their reasons written: not those of every candidate.
  const moves = candidatesFrom(ctx)
    .filter((a) => a.goal === goalId || a.people.some((p) => people.has(p)))
    .slice(0, 8)
    .map(written);
  return {
    goal: { id: goal.id, title: goal.title, due: goal.due ?? null },
    stanceScore: measures.goals.find((g) => g.goal === goalId)?.stanceScore ?? 0,
    stakeholders,
    moves,
  };
}
