import type { CoachContext } from '../coach/suggest.js';
import { findingKindTitle } from '../findings/kinds.js';
import { commitmentsKept } from '../findings/rules.js';
import { FORMS, type Form } from '../vocabulary.js';

/**
 * A programme sees its cohort in aggregate only: no number about fewer than `MIN_GROUP` leaders
 * is ever given, so no one leader's diagnosis can be read off the programme's page.
 */
export const MIN_GROUP = 5;

/** What one leader's diagnosis adds to the cohort's picture: numbers and finding codes, no names. */
export interface MemberSummary {
  forms: Record<Form, { depth: number; breadth: number; leverage: number; timeShare: number }>;
  findings: ReadonlyArray<{ code: string; form: string; severity: string }>;
  commitments: { kept: number; total: number };
}

export interface CohortSummary {
  leaders: number;
  /** False when the cohort is too small to show anything; `reason` says why. */
  shown: boolean;
  reason?: string;
  /** When nothing is shown: the fewest leaders a cohort is shown for. */
  minimum?: number;
  forms?: Record<
    Form,
    Record<'depth' | 'breadth' | 'leverage' | 'timeShare', { mean: number; median: number }>
  >;
  /**
   * Each kind of finding with the number and share of leaders it was found for, most frequent
   * first; its title is the kind's, never one leader's (which may quote their goal).
   */
  findings?: Array<{
    code: string;
    title: string;
    form: string;
    severity: string;
    leaders: number;
    share: number;
  }>;
  commitments?: { leadersWithCommitments: number; kept: number; total: number };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function meanAndMedian(values: number[]): { mean: number; median: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { mean: round3(values.reduce((a, b) => a + b, 0) / values.length), median: round3(median) };
}

export function cohortSummary(members: readonly MemberSummary[], minGroup = MIN_GROUP): CohortSummary {
  const n = members.length;
  if (n < minGroup)
    return {
      leaders: n,
      shown: false,
      reason: `a cohort is shown only when at least ${minGroup} leaders take part`,
      minimum: minGroup,
    };
  const forms = {} as NonNullable<CohortSummary['forms']>;
  for (const form of FORMS) {
    const of = (k: 'depth' | 'breadth' | 'leverage' | 'timeShare') =>
      meanAndMedian(members.map((m) => m.forms[form][k]));
    forms[form] = {
      depth: of('depth'),
      breadth: of('breadth'),
      leverage: of('leverage'),
      timeShare: of('timeShare'),
    };
  }
  const found = new Map<
    string,
    { code: string; title: string; form: string; severity: string; leaders: number }
  >();
  for (const m of members) {
    // A finding counts once per leader, however many times it was raised for them.
    for (const code of new Set(m.findings.map((f) => f.code))) {
      const f = m.findings.find((x) => x.code === code)!;
      const entry = found.get(code) ?? {
        code,
        title: findingKindTitle(code),
        form: f.form,
        severity: f.severity,
        leaders: 0,
      };
      entry.leaders++;
      found.set(code, entry);
    }
  }
  const findings = [...found.values()]
    .map((f) => ({ ...f, share: round3(f.leaders / n) }))
    .sort((a, b) => b.leaders - a.leaders || (a.code < b.code ? -1 : 1));
  const withCommitments = members.filter((m) => m.commitments.total > 0);
  return {
    leaders: n,
    shown: true,
    forms,
    findings,
    commitments: {
      leadersWithCommitments: withCommitments.length,
      kept: members.reduce((s, m) => s + m.commitments.kept, 0),
      total: members.reduce((s, m) => s + m.commitments.total, 0),
    },
  };
}

/** One leader's part of the cohort's picture, from their coach context. */
export function memberSummaryOf(context: CoachContext): MemberSummary {
  const forms = {} as MemberSummary['forms'];
  for (const form of FORMS) {
    const m = context.measures.forms[form];
    forms[form] = {
      depth: m.depth,
      breadth: m.breadth,
      leverage: m.leverage,
      timeShare: m.shareOfMinutesRecent,
    };
  }
  const kept = Object.values(commitmentsKept(context.view));
  return {
    forms,
    findings: context.findings.map((f) => ({ code: f.code, form: f.form, severity: f.severity })),
    commitments: { kept: kept.filter(Boolean).length, total: kept.length },
  };
}
