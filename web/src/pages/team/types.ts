// The shapes of the team server's answers the pages read (see /api/openapi.json, tag "team").
import type { CohortSummary } from '../../../../src/core/programme/cohort';
import type { FormMeasures } from '../overview/assess-types';
import type { SnapshotSummary } from '../review/review-types';

export type Role = 'leader' | 'coach' | 'admin';

export interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface SessionInfo {
  account: Account;
  csrf: string;
  expires: string;
}

export type SharePart = 'diagnosis' | 'plan' | 'names';

export interface Share {
  coach: { name: string; email: string };
  parts: SharePart[];
  /** The ids of the goals shared. */
  goals: string[];
  since: string;
}

export interface CoachNote {
  id: string;
  at: string;
  coach: { name: string; email: string };
  text: string;
}

export interface CoachedLeader {
  id: string;
  name: string;
  email: string;
  parts: SharePart[];
  /** How many goals the leader shares. */
  goals: number;
  since: string;
}

export interface SharedFinding {
  code: string;
  severity: string;
  form: string;
  title: string;
  explanation?: string;
  people: number;
  names?: string[];
}

export interface SharedDiagnosis {
  asOf: string;
  metrics: { forms: Record<string, FormMeasures>; goals: SharedGoal[] };
  findings: SharedFinding[];
}

export interface SharedGoal {
  title: string;
  stanceScore: number;
  resistantShare: number;
  stakeholders: number;
  reachable: number;
  opposition: boolean;
}

export interface SharedMove {
  kind: string;
  form: string | null;
  minutes: number;
  people: number;
  headline?: string;
}

export interface SharedPlan {
  week: string;
  budgetMinutes: number;
  minutes: number;
  moves: SharedMove[];
}

export interface LeaderView {
  leader: { id: string; name: string; email: string };
  parts: SharePart[];
  goals: number;
  diagnosis?: SharedDiagnosis;
  trend?: Array<{ asOf: string; summary: SnapshotSummary }>;
  plan?: SharedPlan;
  notes: CoachNote[];
}

export interface ProgrammeSummary {
  id: string;
  name: string;
  leaders: number;
}

export type CohortMeasure = 'depth' | 'breadth' | 'leverage' | 'timeShare';

/** A cohort in aggregate: the core's summary (src/core/programme/cohort.ts) for one programme on one day. */
export interface Cohort extends CohortSummary {
  programme: { id: string; name: string };
  asOf: string;
}

export interface CohortJob {
  id: string;
  state: 'waiting' | 'running' | 'done' | 'failed';
  result?: Cohort;
  error?: string;
}

export interface PeerGroupsProposal {
  groups: Array<Array<{ name: string; unit?: string; function?: string; sector?: string }>>;
  diversity: Record<'unit' | 'function' | 'sector', number>;
  ceiling: Record<'unit' | 'function' | 'sector', number>;
  /** Leaders placed together first because their units rarely work together. */
  placedTogether?: PlacedTogether[];
}

export interface PlacedTogether {
  group: number;
  names: [string, string];
  units: [string, string];
  why: 'silo' | 'no ties';
}
