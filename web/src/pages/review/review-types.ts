// The shapes of GET/POST /api/review (core/coach/review.ts and review-summary.ts).

export interface SnapshotRef {
  id: string;
  takenAt: string;
}

export interface FormSnapshot {
  relationships: number;
  depth: number;
  breadth: number;
  leverage: number;
  minutesRecent: number;
}

export interface ReviewSnapshot {
  asOf: string;
  ties: Record<string, number>;
  forms: Record<string, FormSnapshot>;
  reciprocity: { gave: number; received: number; mutual: number };
  trust: Record<string, { trust: number; support: number }>;
  commitments: Record<string, { kept: boolean }>;
  goals: Record<string, number>;
}

/** What one snapshot recorded, compactly (core/coach/review-summary.ts). */
export interface SnapshotSummary {
  forms: Record<string, FormSnapshot>;
  reciprocity: { gave: number; received: number; mutual: number };
  ties: { count: number; meanStrength: number };
  /** In support.trust-without-support when taken; null for snapshots from before it was recorded. */
  trustedWithoutSupport: number | null;
  /** Gone quiet then; null for snapshots from before it was recorded. */
  dormantTies: number | null;
  /** Not in the snapshot before; null for the first. */
  newTies: number | null;
  commitments: { kept: number; total: number };
}

/** A kept snapshot as GET /api/review lists it: its date and what it recorded. */
export interface SnapshotEntry extends SnapshotRef {
  asOf: string;
  summary: SnapshotSummary;
}

export interface TieChange {
  person: string;
  from: number;
  to: number;
}

export interface Comparison {
  from: string;
  to: string;
  newTies: string[];
  lostTies: string[];
  decayedTies: TieChange[];
  strengthenedTies: TieChange[];
  forms: Record<string, { depth: number; breadth: number; leverage: number; relationships: number }>;
  commitments: { kept: string[]; missed: string[] };
  reciprocity: { gave: number; received: number };
  trustConverted: string[];
  goals: Record<string, number>;
}

export interface ReviewResponse {
  /** Oldest first. */
  snapshots: SnapshotEntry[];
  current: ReviewSnapshot;
  currentSummary: SnapshotSummary;
  /** The last snapshot against the network now. */
  comparison: Comparison | null;
  /** The second-to-last snapshot against the last; null with fewer than two. */
  previousComparison: Comparison | null;
  /** The last 90 days of logged interactions against the 90 before. */
  history: HistoryReview;
  /** Names of the people `history` names, by id. */
  names: Record<string, string>;
  reflection: { question: string } | null;
}

export interface TakeSnapshotResponse {
  snapshot: SnapshotRef;
  comparison: Comparison | null;
}

/** One period of the history review (core/coach/history-review.ts). */
export interface PeriodActivity {
  from: string;
  to: string;
  interactions: number;
  minutes: number;
  people: number;
  percentByForm: Record<string, number>;
}

/** The review from logged interactions alone: no snapshot needed. */
export interface HistoryReview {
  period: PeriodActivity;
  before: PeriodActivity;
  newTies: string[];
  lostTies: string[];
  weakerTies: Array<{ person: string; before: number; now: number }>;
  activityRatio: number | null;
}
