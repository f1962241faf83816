/**
 * Every threshold of the diagnostic in one place (documented in docs/findings.md). Callers
 * override any of them: `assess(network, { asOf, config: { closedConstraint: 0.6 } })`.
 */
export interface DiagnosticConfig {
  /** Days of the "recent" window for time shares and minutes by form. */
  recentDays: number;
  /** strategic.underused: strategic share of relationships or of recent minutes below this. */
  strategicShareMin: number;
  /** network.inward: E-I index below this (with at least `minContacts` contacts). */
  inwardEi: number;
  minContacts: number;
  /** operational.blind-spot: stated strength at or below this is weak. */
  weakStrength: number;
  /** operational.blind-spot: goal stakeholders of at least this influence hold power. */
  powerfulInfluence: number;
  /** Days without contact after which a powerful person is out of touch (when no cadence). */
  blindSpotDays: number;
  /** operational.formal-only: window, and the meeting size (owner included) that counts as formal. */
  formalOnlyDays: number;
  formalMeetingSize: number;
  /** operational.shallow: share of prescribed relationships that are strong (>= strongStrength) below this. */
  depthMin: number;
  strongStrength: number;
  minPrescribed: number;
  /** personal.narrow: Blau heterogeneity of external contacts' organisations below this, or one organisation holding more than `dominantShare`. */
  narrowBlau: number;
  dominantShare: number;
  minExternal: number;
  /** personal.low-reach: people reached only through an intermediary, as a share of the people not known directly. */
  reachShareMin: number;
  /** strategic.closed: Burt's constraint above this, or efficiency below `closedEfficiency` with at least `closedMinContacts` contacts. */
  closedConstraint: number;
  closedEfficiency: number;
  closedMinContacts: number;
  /** strategic.no-upward: a working tie has at least this stated strength or a contact within `recentDays`. */
  workingStrength: number;
  /** goal.unreachable: stakeholders of at least this influence must be reachable. */
  reachableInfluence: number;
  /** goal.allies-idle: days without contact after which an ally is idle. */
  allyIdleDays: number;
  /** dynamism.stale: share of dormant relationships above this (with at least `minContacts`). */
  staleShare: number;
  /** Days without contact that make a relationship dormant when it has no cadence. */
  dormantDays: number;
  /** dynamism.lapse: the last `lapseRecentWeeks` weeks against the `lapseBaselineWeeks` before them. */
  lapseRecentWeeks: number;
  lapseBaselineWeeks: number;
  lapseDrop: number;
  /** Baseline networking interactions per week below which a drop is noise. */
  lapseMinWeekly: number;
  /** dynamism.no-new: days within which some relationship should be new. */
  newDays: number;
  /** commitment.missed: periods looked at. */
  commitmentPeriods: number;
  /** reciprocity.taking: received / gave above this with at least `reciprocityMinExchanges`. */
  takingRatio: number;
  reciprocityMinExchanges: number;
  /** reciprocity.never-asks: within `exchangeWindowDays`, at least `neverAsksMinExchanges` exchanges (help given, received or asked for), at least `neverAsksGaveShare` of them given, at most `neverAsksMaxTaken` received or asked. */
  exchangeWindowDays: number;
  neverAsksMinExchanges: number;
  neverAsksGaveShare: number;
  neverAsksMaxTaken: number;
  /** exchange.only-when-needed: at least this many interactions, all of them requests. */
  onlyRequestsMin: number;
  /** support.trust-without-support: trust at or above, support at or below, none in `supportDays`. */
  highTrust: number;
  lowSupport: number;
  supportDays: number;
  /** time.operational-heavy: operational share of recent minutes at or above this (with `heavyMinMinutes`). */
  operationalHeavyShare: number;
  heavyMinMinutes: number;
  /** Betweenness: exact up to this many nodes, else sampled with `betweennessSamples` sources. */
  exactBetweennessUpTo: number;
  betweennessSamples: number;
  /** Seed of every random choice (Louvain order, betweenness sources). */
  seed: number;
}

export const DEFAULT_CONFIG: DiagnosticConfig = {
  recentDays: 90,
  strategicShareMin: 0.15,
  inwardEi: -0.6,
  minContacts: 5,
  weakStrength: 2,
  powerfulInfluence: 4,
  blindSpotDays: 90,
  formalOnlyDays: 180,
  formalMeetingSize: 4,
  depthMin: 0.4,
  strongStrength: 4,
  minPrescribed: 3,
  narrowBlau: 0.5,
  dominantShare: 0.6,
  minExternal: 3,
  reachShareMin: 0.25,
  closedConstraint: 0.5,
  closedEfficiency: 0.35,
  closedMinContacts: 5,
  workingStrength: 3,
  reachableInfluence: 3,
  allyIdleDays: 60,
  staleShare: 0.4,
  dormantDays: 180,
  lapseRecentWeeks: 6,
  lapseBaselineWeeks: 26,
  lapseDrop: 0.5,
  lapseMinWeekly: 0.5,
  newDays: 180,
  commitmentPeriods: 6,
  takingRatio: 3,
  reciprocityMinExchanges: 5,
  exchangeWindowDays: 365,
  neverAsksMinExchanges: 10,
  neverAsksGaveShare: 0.8,
  neverAsksMaxTaken: 1,
  onlyRequestsMin: 2,
  highTrust: 4,
  lowSupport: 1,
  supportDays: 365,
  operationalHeavyShare: 0.8,
  heavyMinMinutes: 120,
  exactBetweennessUpTo: 4000,
  betweennessSamples: 64,
  seed: 1,
};
