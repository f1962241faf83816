import type { Assessment } from '../analysis/assess.js';
import type { Form } from '../vocabulary.js';
import type { Move } from './moves.js';
import type { WeeklyPlan } from './plan.js';

/**
 * What a leader may share with a coach: the diagnosis (measures and findings), the week's plan,
 * and the names of the people in them. Without `names`, the coach sees numbers and kinds only:
 * no person, organisation or goal is named, and no sentence that might name one is passed on.
 */
export const SHARE_PARTS = ['diagnosis', 'plan', 'names'] as const;
export type SharePart = (typeof SHARE_PARTS)[number];

export interface SharedFinding {
  code: string;
  severity: string;
  form: Form | 'general';
  /** Without names, what it quotes of a goal or a commitment is left out. */
  title: string;
  /** Present only when names are shared: the explanation may name people. */
  explanation?: string;
  people: number;
  /** The people named, when names are shared. */
  names?: string[];
  measures: Record<string, number | string | boolean | null>;
}

export interface SharedDiagnosis {
  asOf: string;
  metrics: Omit<Assessment['metrics'], 'trustWithoutSupport' | 'goals' | 'dynamism'> & {
    dynamism: {
      newRelationships: number;
      dormant: number;
      recentWeeklyAverage: number;
      baselineWeeklyAverage: number;
    };
    trustWithoutSupport: { people: number; organizations: number };
    goals: Array<{
      title?: string;
      stanceScore: number;
      resistantShare: number;
      stakeholders: number;
      reachable: number;
      opposition: boolean;
    }>;
  };
  findings: SharedFinding[];
}

/**
 * A finding's measures with nothing that could name someone: a measure per person is keyed by
 * their id (`strength:p:claire-martin`, and ids are often made from names), and a text value may
 * quote one. Only the finding's own numbers stay.
 */
function namelessMeasures(measures: Readonly<Record<string, number | string | boolean | null>>) {
  const out: Record<string, number | boolean | null> = {};
  for (const [key, value] of Object.entries(measures))
    if (!key.includes(':') && typeof value !== 'string') out[key] = value;
  return out;
}

/** The diagnosis as a coach may see it; every list of people becomes a count unless names are shared. */
export function sharedDiagnosis(assessment: Assessment, names: boolean): SharedDiagnosis {
  const nameOf = new Map(assessment.people.map((p) => [p.id, p.name]));
  const { trustWithoutSupport, goals, dynamism, ...rest } = assessment.metrics;
  return {
    asOf: assessment.asOf,
    metrics: {
      ...rest,
      dynamism: {
        newRelationships: dynamism.newRelationships.length,
        dormant: dynamism.dormant.length,
        recentWeeklyAverage: dynamism.recentWeeklyAverage,
        baselineWeeklyAverage: dynamism.baselineWeeklyAverage,
      },
      trustWithoutSupport: {
        people: trustWithoutSupport.people.length,
        organizations: trustWithoutSupport.organizations.length,
      },
      goals: goals.map((g) => ({
        ...(names ? { title: g.title } : {}),
        stanceScore: g.stanceScore,
        resistantShare: g.resistantShare,
        stakeholders: g.stakeholders,
        reachable: g.reachable,
        opposition: g.opposition,
      })),
    },
    findings: assessment.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      form: f.form,
      // A title quotes a goal's or a commitment's own words, which may name people.
      title: names ? f.title : f.title.replace(/"[^"]*"/g, '(not shared)'),
      ...(names
        ? { explanation: f.explanation, names: f.evidence.people.map((id) => nameOf.get(id) ?? id) }
        : {}),
      people: f.evidence.people.length,
      measures: names ? f.evidence.measures : namelessMeasures(f.evidence.measures),
    })),
  };
}

export interface SharedPlan {
  week: string;
  budgetMinutes: number;
  minutes: number;
  percent: WeeklyPlan['percent'];
  moves: Array<{ kind: string; form: Form | null; minutes: number; people: number; headline?: string }>;
}

/** The week's plan as a coach may see it: the kinds, forms and minutes of each move; what and whom only with names. */
export function sharedPlan(plan: WeeklyPlan<Move>, names: boolean): SharedPlan {
  return {
    week: plan.week,
    budgetMinutes: plan.budgetMinutes,
    minutes: plan.minutes,
    percent: plan.percent,
    moves: plan.actions.map((m) => ({
      kind: m.kind,
      form: (m.form ?? null) as Form | null,
      minutes: m.minutes ?? 0,
      people: m.people?.length ?? 0,
      ...(names ? { headline: m.headline } : {}),
    })),
  };
}
