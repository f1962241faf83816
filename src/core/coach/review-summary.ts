import { DEFAULT_CONFIG } from '../findings/config.js';
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
   * Relationships and organisations trusted highly (trust at or above the findings' `highTrust`)
   * with support at or below `lowSupport`. A snapshot keeps neither dates of support nor which
   * ids are organisations, so this is the stated part of `support.trust-without-support` only.
   */
  trustedWithoutSupport: number;
  commitments: { kept: number; total: number };
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

export function summarizeSnapshot(s: Snapshot): SnapshotSummary {
  const forms = {} as Snapshot['forms'];
  for (const f of FORMS) forms[f] = { ...s.forms[f] };
  const strengths = Object.values(s.ties);
  const sum = strengths.reduce((a, b) => a + b, 0);
  const commitments = Object.values(s.commitments);
  return {
    forms,
    reciprocity: { ...s.reciprocity },
    ties: { count: strengths.length, meanStrength: strengths.length ? round3(sum / strengths.length) : 0 },
    trustedWithoutSupport: Object.values(s.trust).filter(
      (t) => t.trust >= DEFAULT_CONFIG.highTrust && t.support <= DEFAULT_CONFIG.lowSupport,
    ).length,
    commitments: { kept: commitments.filter((c) => c.kept).length, total: commitments.length },
  };
}
