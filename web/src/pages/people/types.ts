// Shapes this page reads from /api/assess (the `threefold assess --json` contract); kept here
// rather than in api/types.ts because only the people pages need the per-person entries.

export interface AssessCadence {
  days: number;
  state: 'ok' | 'due' | 'overdue' | 'dormant' | 'unknown';
  lastContact: string | null;
  daysSinceContact: number | null;
}

export interface AssessPerson {
  id: string;
  name: string;
  internal: boolean;
  contact: boolean;
  forms: string[];
  formsInferred: boolean;
  statedStrength: number | null;
  strength: number | null;
  constraint: number | null;
  effectiveSize: number | null;
  efficiency: number | null;
  hierarchy: number | null;
  betweenness: number | null;
  degree: number | null;
  cluster: number | null;
  distance: number | null;
  cadence: AssessCadence | null;
  bridge: boolean;
  influence: number | null;
}

export interface Assessment {
  asOf: string;
  people: AssessPerson[];
  metrics?: { clusters?: { names?: string[] } };
}

export interface Owner {
  name: string;
  organization?: string;
  [extra: string]: unknown;
}

/** GET /api/path: `hops` is the list of steps with their strengths (api/types.ts has it as a number). */
export interface PathHop {
  from: string;
  to: string;
  strength: number;
}

export interface PersonPaths {
  paths: { people: string[]; strength: number; hops: PathHop[] }[];
}
