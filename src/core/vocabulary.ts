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

/**
 * Limits of shared/interchange.md: the one set every importer, the document schema and the
 * exporters use, so whatever imports also exports and imports again.
 */
export const LIMITS = {
  nameLength: 200,
  notesLength: 20_000,
  documentBytes: 200 * 1024 * 1024,
  people: 1_000_000,
  /** Ties and interactions: more than a 200 MB document can hold, so only absurd files meet them. */
  ties: 5_000_000,
  interactions: 5_000_000,
} as const;

/** The collections whose size is limited, and their limits. */
export const COLLECTION_LIMITS = {
  people: LIMITS.people,
  ties: LIMITS.ties,
  interactions: LIMITS.interactions,
} as const;

/**
 * The first collection that would hold more than its limit, in words, or undefined: `sizes`
 * are the numbers of records a network would hold after an import.
 */
export function overLimit(
  sizes: Partial<Record<keyof typeof COLLECTION_LIMITS, number>>,
  limits: Readonly<Record<keyof typeof COLLECTION_LIMITS, number>> = COLLECTION_LIMITS,
): string | undefined {
  for (const [name, limit] of Object.entries(limits)) {
    const n = sizes[name as keyof typeof COLLECTION_LIMITS] ?? 0;
    if (n > limit) return `${n} ${name}, more than the ${limit} a network can hold`;
  }
  return undefined;
}
