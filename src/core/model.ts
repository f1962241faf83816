/**
 * The domain model the core works on: plain data in the shape of the `threefold/1` document.
 * The core never validates or loads it; edges hand it over already validated.
 */
export type {
  Commitment,
  Goal,
  Group,
  Interaction,
  Organization,
  Owner,
  Person,
  Relationship,
  Stakeholder,
  SupportRecord,
  ThreefoldDocument as Network,
  Tie,
} from '../document/schema.js';

/** The id the owner (the ego) takes in graphs and analysis output. */
export const OWNER_ID = 'owner';

/**
 * A person's contact details: how to reach them and what was noted about them. The analysis
 * and the coach never read them, so a store leaves them out of what it hands the analysis
 * (200,000 people's email lists cost a tenth of a second to decode).
 */
export const CONTACT_DETAILS = ['emails', 'phones', 'notes'] as const;

/** `person` without their contact details (`CONTACT_DETAILS`), as a store hands it to the analysis. */
export function withoutContactDetails<P extends object>(person: P): P {
  const lean = { ...person } as Record<string, unknown>;
  for (const field of CONTACT_DETAILS) delete lean[field];
  return lean as P;
}
