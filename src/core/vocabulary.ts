/** The closed vocabularies of the `threefold/1` document (see shared/interchange.md). */
export const FORMS = ['operational', 'personal', 'strategic'] as const;
export type Form = (typeof FORMS)[number];

export const ORGANIZATION_KINDS = [
  'company',
  'association',
  'club',
  'community',
  'alumni',
  'public-body',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const SUPPORT_KINDS = [
  'letter',
  'people',
  'finance',
  'legal',
  'facilities',
  'introduction',
  'other',
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const ROLES = [
  'superior',
  'direct-report',
  'peer',
  'board',
  'customer',
  'supplier',
  'investor',
  'regulator',
  'mentor',
  'advisor',
  'sponsor',
  'role-model',
  'friend',
  'other',
] as const;
export type Role = (typeof ROLES)[number];

export const TIE_SOURCES = ['stated', 'observed', 'imported'] as const;
export type TieSource = (typeof TIE_SOURCES)[number];

export const INTERACTION_KINDS = [
  'meeting',
  'call',
  'message',
  'meal',
  'event',
  'introduction',
  'request',
  'favor',
  'other',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const DIRECTIONS = ['gave', 'received', 'mutual'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const VALUES = ['information', 'referral', 'support', 'resources', 'advice', 'none'] as const;
export type Value = (typeof VALUES)[number];

export const STANCES = ['champion', 'supportive', 'neutral', 'skeptical', 'opposed', 'unknown'] as const;
export type Stance = (typeof STANCES)[number];

/** Group kinds are not a closed list in the document; these are the ones the product knows. */
export const EXTERNAL_GROUP_KINDS = [
  'association',
  'club',
  'alumni',
  'community',
  'community-of-practice',
] as const;

export const COMMITMENT_PERIODS = ['week', 'month', 'quarter'] as const;
export type CommitmentPeriod = (typeof COMMITMENT_PERIODS)[number];

export const FORMAT = 'threefold/1' as const;

/** Limits of shared/interchange.md. */
export const LIMITS = {
  nameLength: 200,
  notesLength: 20_000,
  documentBytes: 200 * 1024 * 1024,
  people: 1_000_000,
} as const;
