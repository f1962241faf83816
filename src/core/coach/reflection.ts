import type { NetworkView } from '../analysis/view.js';
import type { Finding } from '../findings/types.js';
import type { HistoryReview } from './history-review.js';

/** The barriers that keep leaders from networking, which a reflection question works on. */
export type Barrier = 'reluctance-to-ask' | 'no-time' | 'only-when-in-need' | 'looking-ahead';

export interface Reflection {
  barrier: Barrier;
  /** One question for the leader, in plain words, naming what the data shows. */
  question: string;
  /** The finding codes it was chosen from (for --json). */
  from: string[];
}

const has = (findings: readonly Finding[], code: string) => findings.find((f) => f.code === code);

/**
 * One question for the week or the review, chosen from what the data shows: a leader who gives
 * but never asks is asked about asking; one whose networking collapsed under today's work is
 * asked about time; one who gets in touch only to ask is asked about giving first. Otherwise a
 * question about what lies ahead. Null when the network is empty.
 */
export function reflectionFor(
  view: NetworkView,
  findings: readonly Finding[],
  extra: { history?: HistoryReview } = {},
): Reflection | null {
  if (view.contacts.length === 0) return null;
  const name = (id: string | undefined) => (id ? (view.people.get(id)?.name ?? id) : undefined);

  const neverAsks = has(findings, 'reciprocity.never-asks');
  if (neverAsks) {
    const ally = (view.network.goals ?? [])
      .flatMap((g) => g.stakeholders ?? [])
      .filter((s) => (s.stance === 'champion' || s.stance === 'supportive') && view.contactById.has(s.person))
      .sort((a, b) => b.influence - a.influence)[0];
    const gave = neverAsks.evidence.measures.gave;
    return {
      barrier: 'reluctance-to-ask',
      question: `You helped others ${gave} times this year and hardly ever asked for anything back. If ${name(ally?.person) ?? 'someone who trusts you'} needed a hand, would you feel used, or glad to be asked? What stops you from giving them that chance?`,
      from: ['reciprocity.never-asks'],
    };
  }

  const ratio = extra.history?.activityRatio;
  const lapse = has(findings, 'dynamism.lapse');
  const heavy = has(findings, 'time.operational-heavy');
  if (lapse || heavy || (ratio !== null && ratio !== undefined && ratio <= 0.5)) {
    const share = heavy?.evidence.measures.operationalShareOfMinutes;
    const what =
      typeof share === 'number'
        ? `${Math.round(share * 100)} % of your networking time went to today's work`
        : 'your networking dropped sharply while the day-to-day took over';
    return {
      barrier: 'no-time',
      question: `Lately ${what}. When this busy spell ends, who will you wish you had stayed close to, and which half hour this week could go to one of them instead?`,
      from: [lapse?.code, heavy?.code].filter((c): c is string => c !== undefined),
    };
  }

  const onlyAsks = has(findings, 'exchange.only-when-needed') ?? has(findings, 'reciprocity.taking');
  if (onlyAsks) {
    const who = name(onlyAsks.evidence.people[0]);
    return {
      barrier: 'only-when-in-need',
      question: `${who ? `${who} has` : 'Some people have'} heard from you mostly when you needed something. What could you send ${who ? 'them' : 'one of them'} this week that asks for nothing in return?`,
      from: [onlyAsks.code],
    };
  }

  return {
    barrier: 'looking-ahead',
    question:
      'Think of the decision that will matter most to you a year from now. Who will be in the room, and which of them would call you first to hear your view?',
    from: [],
  };
}
