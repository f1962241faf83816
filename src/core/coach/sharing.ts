import type { Assessment } from '../analysis/assess.js';
import type { Form } from '../vocabulary.js';
import type { Move } from './moves.js';
import type { WeeklyPlan } from './plan.js';

/**
 * What a leader may share with a coach: the diagnosis (measures and findings), the week's plan,
 * and the names of the people in them. Without `names`, the coach sees numbers and kinds only:
 * no person or organisation is named, and no sentence that might name one is passed on.
 * Goals are shared one by one, as the leader chooses them: a goal not chosen never reaches the
 * coach (neither its title, its id, its measures, nor a finding about it); a chosen one comes
 * with its title and how its stakeholders stand, who they are only with `names`.
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
      title: string;
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

/** A goal as far as redaction needs it. */
export interface GoalRef {
  id: string;
  title: string;
}

const NOT_SHARED = '(a goal not shared)';

/** `text` with every quoted title of a goal not shared taken out ("…" is how findings and moves quote one). */
export function withoutGoals(text: string, hidden: readonly GoalRef[]): string {
  let out = text;
  for (const g of hidden) if (g.title) out = out.split(`"${g.title}"`).join(NOT_SHARED);
  return out;
}

/**
 * The diagnosis as a coach may see it: every list of people becomes a count unless names are
 * shared, and of the goals only those in `goals` (their ids) are there at all.
 */
export function sharedDiagnosis(
  assessment: Assessment,
  names: boolean,
  goals: ReadonlySet<string>,
): SharedDiagnosis {
  const nameOf = new Map(assessment.people.map((p) => [p.id, p.name]));
  const { trustWithoutSupport, goals: allGoals, dynamism, clusters, ...rest } = assessment.metrics;
  const hidden: GoalRef[] = allGoals
    .filter((g) => !goals.has(g.goal))
    .map((g) => ({ id: g.goal, title: g.title }));
  const sharedTitles = new Set(allGoals.filter((g) => goals.has(g.goal)).map((g) => g.title));
  const hiddenIds = new Set(hidden.map((g) => g.id));
  // A measure keyed by a goal not shared (`stance:<goal id>`), or valued with its id, goes.
  const measuresOf = (measures: Readonly<Record<string, number | string | boolean | null>>) => {
    const out: Record<string, number | string | boolean | null> = {};
    for (const [key, value] of Object.entries(measures)) {
      const subject = key.slice(key.indexOf(':') + 1);
      if (
        (key.includes(':') && hiddenIds.has(subject)) ||
        (typeof value === 'string' && hiddenIds.has(value))
      )
        continue;
      out[key] = typeof value === 'string' ? withoutGoals(value, hidden) : value;
    }
    return out;
  };
  // A finding about a goal not shared goes altogether: even its kind tells something of the goal.
  const findings = assessment.findings.filter((f) => f.evidence.goals.every((id) => goals.has(id)));
  return {
    asOf: assessment.asOf,
    metrics: {
      ...rest,
      // A cluster is named from what its members share (an organisation, a group): numbers only
      // without names.
      clusters: names ? clusters : { ...clusters, names: clusters.names.map((_, i) => `Cluster ${i + 1}`) },
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
      goals: allGoals
        .filter((g) => goals.has(g.goal))
        .map((g) => ({
          title: g.title,
          stanceScore: g.stanceScore,
          resistantShare: g.resistantShare,
          stakeholders: g.stakeholders,
          reachable: g.reachable,
          opposition: g.opposition,
        })),
    },
    findings: findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      form: f.form,
      // A title quotes a goal's or a commitment's own words, which may name people: without names
      // only a chosen goal's title stays.
      title: names
        ? withoutGoals(f.title, hidden)
        : f.title.replace(/"([^"]*)"/g, (quote, inner: string) =>
            sharedTitles.has(inner) ? quote : '(not shared)',
          ),
      ...(names
        ? {
            explanation: withoutGoals(f.explanation, hidden),
            names: f.evidence.people.map((id) => nameOf.get(id) ?? id),
          }
        : {}),
      people: f.evidence.people.length,
      measures: names ? measuresOf(f.evidence.measures) : namelessMeasures(f.evidence.measures),
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

/**
 * The week's plan as a coach may see it: the kinds, forms and minutes of each move; what and whom
 * only with names, and even then without the titles of the goals in `hidden`.
 */
export function sharedPlan(plan: WeeklyPlan<Move>, names: boolean, hidden: readonly GoalRef[]): SharedPlan {
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
      ...(names ? { headline: withoutGoals(m.headline, hidden) } : {}),
    })),
  };
}
