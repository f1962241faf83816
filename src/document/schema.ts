import { z } from 'zod';
import {
  COMMITMENT_PERIODS,
  DIRECTIONS,
  FORMAT,
  FORMS,
  INTERACTION_KINDS,
  LIMITS,
  ORGANIZATION_KINDS,
  ROLES,
  STANCES,
  SUPPORT_KINDS,
  TIE_SOURCES,
  VALUES,
} from '../core/vocabulary.js';
import { isIsoDate } from './dates.js';

/**
 * zod schemas for the `threefold/1` document, exactly as shared/interchange.md defines it.
 * Objects are loose: unknown fields survive validation so the store can keep them as extras
 * and export them again (the page asks that they be kept or ignored, never fatal).
 */

export const IsoDate = z
  .string()
  .refine(isIsoDate, { message: 'must be an ISO 8601 date such as 2026-03-01 or 2026-03-01T09:30:00Z' })
  .meta({ format: 'date-time', description: 'ISO 8601 date or date-time' });

const Id = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.nameLength, `must be at most ${LIMITS.nameLength} characters`);
const Name = z
  .string()
  .refine((s) => s.trim().length > 0, { message: 'must not be empty' })
  .max(LIMITS.nameLength, `must be at most ${LIMITS.nameLength} characters`);
const Text = z.string().max(LIMITS.nameLength, `must be at most ${LIMITS.nameLength} characters`);
const Notes = z.string().max(LIMITS.notesLength, `must be at most ${LIMITS.notesLength} characters`);
const Strength = z.number().int('must be a whole number').min(1).max(5);
const Scale05 = z.number().int('must be a whole number').min(0).max(5);
const Level = z.number().int('must be a whole number').min(1).max(6);
const Form = z.enum(FORMS);
const TextList = z.array(Text);

export const SupportRecordSchema = z.looseObject({
  date: IsoDate,
  kind: z.enum(SUPPORT_KINDS),
  note: Notes.optional(),
});

export const OwnerSchema = z.looseObject({
  name: Name,
  organization: Id,
  unit: Text.optional(),
  title: Text.optional(),
  level: Level.optional(),
  interests: TextList.optional(),
});

export const OrganizationSchema = z.looseObject({
  id: Id,
  name: Name,
  kind: z.enum(ORGANIZATION_KINDS).optional(),
  sector: Text.optional(),
  trust: Scale05.optional(),
  support: z.array(SupportRecordSchema).optional(),
});

export const PersonSchema = z.looseObject({
  id: Id,
  name: Name,
  emails: TextList.optional(),
  phones: TextList.optional(),
  organization: Id.optional(),
  unit: Text.optional(),
  title: Text.optional(),
  level: Level.optional(),
  sector: Text.optional(),
  region: Text.optional(),
  interests: TextList.optional(),
  offers: TextList.optional(),
  needs: TextList.optional(),
  tags: TextList.optional(),
  notes: Notes.optional(),
});

export const RelationshipSchema = z.looseObject({
  person: Id,
  forms: z.array(Form).optional(),
  roles: z.array(z.enum(ROLES)).optional(),
  prescribed: z.boolean().optional(),
  strength: Strength.optional(),
  trust: Scale05.optional(),
  support: Scale05.optional(),
  since: IsoDate.optional(),
  cadenceDays: z.number().int().min(1).max(3650).optional(),
  introducedBy: Id.optional(),
});

export const TieSchema = z.looseObject({
  a: Id,
  b: Id,
  strength: Strength.optional(),
  source: z.enum(TIE_SOURCES).optional(),
});

export const GroupSchema = z.looseObject({
  id: Id,
  name: Name,
  kind: Text.optional(),
  members: z.array(Id).optional(),
  ownerIsMember: z.boolean().optional(),
});

export const InteractionSchema = z.looseObject({
  id: Id,
  date: IsoDate,
  kind: z.enum(INTERACTION_KINDS).optional(),
  people: z.array(Id).min(1, 'must name at least one person'),
  minutes: z.number().min(0).max(100_000).optional(),
  forms: z.array(Form).optional(),
  direction: z.enum(DIRECTIONS).optional(),
  value: z.array(z.enum(VALUES)).optional(),
  notes: Notes.optional(),
});

export const StakeholderSchema = z.looseObject({
  person: Id,
  influence: z.number().int().min(1).max(5),
  stance: z.enum(STANCES),
});

export const GoalSchema = z.looseObject({
  id: Id,
  title: Name,
  due: IsoDate.optional(),
  stakeholders: z.array(StakeholderSchema).optional(),
});

export const CommitmentSchema = z.looseObject({
  id: Id,
  text: Name,
  form: Form.optional(),
  kind: z.enum(INTERACTION_KINDS).optional(),
  /** Only interactions with one of these people count (with `roles` or `groups`: any of them). */
  people: z.array(Id).max(1000).optional(),
  /** Only interactions with someone whose relationship has one of these roles count. */
  roles: z.array(z.enum(ROLES)).optional(),
  /** Only interactions with a member of one of these groups count. */
  groups: z.array(Id).max(1000).optional(),
  per: z.enum(COMMITMENT_PERIODS).optional(),
  target: z.number().int().min(1).max(1000).optional(),
  since: IsoDate.optional(),
});

export const DocumentSchema = z
  .looseObject({
    format: z.literal(FORMAT, { error: `must be exactly "${FORMAT}"` }),
    owner: OwnerSchema,
    organizations: z.array(OrganizationSchema).optional(),
    people: z.array(PersonSchema).max(LIMITS.people, `a document holds at most ${LIMITS.people} people`),
    relationships: z.array(RelationshipSchema).optional(),
    ties: z.array(TieSchema).max(LIMITS.ties, `a document holds at most ${LIMITS.ties} ties`).optional(),
    groups: z.array(GroupSchema).optional(),
    interactions: z
      .array(InteractionSchema)
      .max(LIMITS.interactions, `a document holds at most ${LIMITS.interactions} interactions`)
      .optional(),
    goals: z.array(GoalSchema).optional(),
    commitments: z.array(CommitmentSchema).optional(),
  })
  .meta({
    title: 'threefold/1',
    description: "A leader's whole network: owner, people, relationships, ties, interactions, goals.",
  });

export type SupportRecord = z.infer<typeof SupportRecordSchema>;
export type Owner = z.infer<typeof OwnerSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Relationship = z.infer<typeof RelationshipSchema>;
export type Tie = z.infer<typeof TieSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type Interaction = z.infer<typeof InteractionSchema>;
export type Stakeholder = z.infer<typeof StakeholderSchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type Commitment = z.infer<typeof CommitmentSchema>;
export type ThreefoldDocument = z.infer<typeof DocumentSchema>;
