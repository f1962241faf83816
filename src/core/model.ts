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
