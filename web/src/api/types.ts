// The shapes the app reads from the API (see /api/openapi.json for the full contract).

export interface Status {
  version: string;
  dataVersion: string;
  empty: boolean;
  hasOwner: boolean;
  counts: Record<
    | 'people'
    | 'organizations'
    | 'relationships'
    | 'ties'
    | 'interactions'
    | 'groups'
    | 'goals'
    | 'commitments',
    number
  >;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  next: number | null;
}

export interface Person {
  id: string;
  name: string;
  emails?: string[];
  phones?: string[];
  organization?: string;
  title?: string;
  unit?: string;
  sector?: string;
  region?: string;
  internal?: boolean;
  tags?: string[];
  needs?: string[];
  offers?: string[];
  notes?: string;
  [extra: string]: unknown;
}

export interface Relationship {
  person: string;
  forms?: string[];
  strength?: number;
  trust?: number;
  support?: number;
  since?: string;
  cadenceDays?: number;
  roles?: string[];
  prescribed?: boolean;
  notes?: string;
  [extra: string]: unknown;
}

export interface Tie {
  a: string;
  b: string;
  strength?: number;
  source?: string;
  [extra: string]: unknown;
}

export interface Interaction {
  id: string;
  date: string;
  people: string[];
  kind?: string;
  minutes?: number;
  forms?: string[];
  initiatedBy?: string;
  notes?: string;
  [extra: string]: unknown;
}

export interface Organization {
  id: string;
  name: string;
  kind?: string;
  sector?: string;
  [extra: string]: unknown;
}

export interface Goal {
  id: string;
  title: string;
  due?: string;
  stakeholders?: { person: string; stance?: string; influence?: number }[];
  [extra: string]: unknown;
}

export interface MapNode {
  id: string;
  name: string;
  form: string | null;
  forms: string[];
  internal: boolean;
  organization: string | null;
  unit: string | null;
  sector: string | null;
  /** Absent when unknown. */
  measures: Record<string, number | undefined>;
  x: number;
  y: number;
}

export interface NetworkMap {
  version: string;
  asOf: string;
  nodes: MapNode[];
  /** [source, target, strength]: positions in `nodes` and the stated strength 1..5. */
  edges: [number, number, number][];
  /** Each cluster's name, by the `cluster` measure's number. */
  clusters: string[];
  /** An ego view (`view=ego`): how many people each step out holds and how many are shown. */
  view?: {
    steps: number;
    /** Everyone in the network, you aside. */
    people: number;
    contacts: { total: number; shown: number };
    secondStep: { total: number; shown: number };
  };
  /**
   * An ego view: `whole` when placed as on the whole map; `provisional` while the whole layout of
   * this data version is under way (people keep their earlier places, newcomers are placed beside them),
   * and for a path (`through`) asked for on such a view, which keeps its places.
   */
  layout?: 'whole' | 'provisional';
  /** With `through`: the strongest path to that person (people after you), all on this view. */
  path?: { people: string[]; strength: number };
}

export interface CoachAction {
  key: string;
  state: 'open' | 'done' | 'dismissed' | 'snoozed';
  kind: string;
  people?: string[];
  organizations?: string[];
  goal?: string | null;
  form?: string | null;
  minutes?: number;
  score?: number;
  reason?: string;
  [extra: string]: unknown;
}

export interface PathResult {
  paths: { people: string[]; strength: number; hops: number; [extra: string]: unknown }[];
}
