import { FORMS } from '../vocabulary.js';
import type { Snapshot } from './review.js';

/**
 * The few numbers a review's trend lines need from one snapshot, read from what the snapshot
 * recorded (never recomputed from today's network, which has changed since).
 */
export interface SnapshotSummary {
  forms: Snapshot['forms'];
  reciprocity: Snapshot['reciprocity'];
  ties: { count: number; meanStrength: number };
  /**
   * How many relationships and organisations were in `support.trust-without-support` (trust 4
   * or more, support 1 or less, none received lately) when the snapshot was taken; null for a
   * snapshot from before it was recorded, since its `trust` map cannot tell unstated support
   * from none and would overcount.
   */
  trustedWithoutSupport: number | null;
  /** Relationships gone quiet then; null for a snapshot from before it was recorded. */
  dormantTies: number | null;
  /** Relationships that were not in the snapshot before; null for the first snapshot. */
  newTies: number | null;
  commitments: { kept: number; total: number };
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** `previous`: the snapshot before this one, which new ties are counted against. */
export function summarizeSnapshot(s: Snapshot, previous?: Snapshot): SnapshotSummary {
  const forms = {} as Snapshot['forms'];
  for (const f of FORMS) forms[f] = { ...s.forms[f] };
  const strengths = Object.values(s.ties);
  const sum = strengths.reduce((a, b) => a + b, 0);
  const commitments = Object.values(s.commitments);
  return {
    forms,
    reciprocity: { ...s.reciprocity },
    ties: { count: strengths.length, meanStrength: strengths.length ? round3(sum / strengths.length) : 0 },
    trustedWithoutSupport: s.trustWithoutSupport?.length ?? null,
    dormantTies: s.dormant?.length ?? null,
    newTies: previous ? Object.keys(s.ties).filter((id) => !(id in previous.ties)).length : null,
    commitments: { kept: commitments.filter((c) => c.kept).length, total: commitments.length },
  };
}
