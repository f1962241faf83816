import {
  DEFAULT_MIN_INTERACTIONS,
  DEFAULT_OVERLOAD_MINUTES_PER_WEEK,
  DEFAULT_WINDOW_DAYS,
  dayNumber,
  type OrganisationData,
  type OrganisationOptions,
} from './model.js';
import { type IndexedRoster, indexRoster } from './roster.js';
import { type WindowTies, windowTies } from './ties.js';

/** Everything the report reads that is cheap to compute: the roster indexed, the window's ties. */
export interface PreparedOrganisation extends WindowTies {
  data: OrganisationData;
  roster: IndexedRoster;
  asOf: string;
  asOfDay: number;
  window: { from: number; to: number; days: number };
  minInteractions: number;
  overloadMinutesPerWeek: number;
  betweennessSamples: number;
  seed: number;
}

export function prepareOrganisation(
  data: OrganisationData,
  options: OrganisationOptions,
): PreparedOrganisation {
  const roster = indexRoster(data.people);
  const asOfDay = dayNumber(options.asOf);
  const days = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const minInteractions = options.minInteractions ?? DEFAULT_MIN_INTERACTIONS;
  const window = { from: asOfDay - days + 1, to: asOfDay, days };
  const ties = windowTies(roster.ids, roster.index, data.collaboration, data.time, {
    ...window,
    minInteractions,
  });
  return {
    ...ties,
    data,
    roster,
    asOf: options.asOf.slice(0, 10),
    asOfDay,
    window,
    minInteractions,
    overloadMinutesPerWeek: options.overloadMinutesPerWeek ?? DEFAULT_OVERLOAD_MINUTES_PER_WEEK,
    betweennessSamples: options.betweennessSamples ?? 1000,
    seed: options.seed ?? 1,
  };
}
