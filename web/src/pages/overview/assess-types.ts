// The parts of GET /api/assess the overview reads (the `threefold assess --json` contract).

export type Severity = 'critical' | 'warning' | 'info';

export interface Finding {
  code: string;
  severity: string;
  form?: string | null;
  title: string;
  explanation: string;
  evidence: {
    people?: string[];
    organizations?: string[];
    goals?: string[];
    measures?: Record<string, unknown>;
  };
  actions: string[];
}

export interface FormMeasures {
  relationships: number;
  inferred?: number;
  minutesRecent: number;
  shareOfMinutesRecent: number;
  /** Whole percentages adding up to 100 across the forms (as `assess` and `plan` show them). */
  percentOfMinutesRecent?: number;
  shareOfRelationships: number;
  depth: number;
  breadth: number;
  leverage: number;
}

export interface AssessPerson {
  id: string;
  name: string;
  [measure: string]: unknown;
}

export interface Assessment {
  asOf: string;
  metrics: {
    owner: {
      constraint: number | null;
      effectiveSize: number | null;
      efficiency: number | null;
      hierarchy: number | null;
      betweenness: number | null;
      degree: number;
    };
    eiIndex: number | null;
    contacts: { internal: number; external: number; total: number };
    forms: Record<string, FormMeasures>;
    diversity: Record<string, number | null>;
    reach: { direct: number; twoStep: number; throughIntermediaries: number; peopleKnown: number };
    clusters?: { count: number; modularity: number; spannedByOwner: number };
    dynamism?: {
      newRelationships: string[];
      dormant: string[];
      weekly: { week: string; interactions: number; minutes: number }[];
      recentWeeklyAverage: number;
      baselineWeeklyAverage: number;
    };
    reciprocity?: { gave: number; received: number; mutual: number };
    goals?: { goal: string; title: string; [extra: string]: unknown }[];
    [extra: string]: unknown;
  };
  people: AssessPerson[];
  findings: Finding[];
}
