// The shapes of GET/POST /api/review (core/coach/review.ts) and the trend rows the charts read.

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
  snapshots: SnapshotRef[];
  current: ReviewSnapshot;
  comparison: Comparison | null;
}

export interface TakeSnapshotResponse {
  snapshot: SnapshotRef;
  comparison: Comparison | null;
}
