import type { Interaction, Organization, Person, Relationship, Tie } from '../../document/schema.js';

/** Every format `threefold import` reads; `json` is the threefold/1 document itself. */
export const IMPORT_FORMATS = [
  'json',
  'linkedin',
  'vcard',
  'google',
  'outlook',
  'ics',
  'gexf',
  'graphml',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * What a parser makes of a file: pieces of a threefold/1 document whose ids are local to the
 * file (identity resolution gives them their final ids against the existing network).
 */
export interface Fragment {
  people: Person[];
  organizations: Organization[];
  relationships: Relationship[];
  ties: Tie[];
  interactions: Interaction[];
}

/** A record the parser could not read: the import fails on it unless --skip-invalid. */
export interface Problem {
  /** Where: `line 12`, `vCard 3`, `event "abc@google.com"`, `node "n4"`. */
  record: string;
  reason: string;
}

/** A record left out on purpose (hidden LinkedIn profile, cancelled meeting): not an error. */
export interface Skip {
  record: string;
  reason: string;
}

export interface ParseResult {
  format: ImportFormat;
  fragment: Fragment;
  problems: Problem[];
  skipped: Skip[];
}

export interface ParseOptions {
  /** Calendar events on or after this date (YYYY-MM-DD) are in the future and not imported. */
  asOf?: string;
  /** The owner's address: their attendance is not a person, their declines skip the meeting. */
  ownerEmail?: string;
  /** Meetings with more attendees than this are skipped (default 25). */
  maxAttendees?: number;
  /** Attendees who declined are not counted as having met anyone (an organisation's calendars). */
  dropDeclinedAttendees?: boolean;
  /** Told how many records are read so far, of how many (for a progress bar). */
  progress?: ((done: number, total: number) => void) | undefined;
}

export function emptyFragment(): Fragment {
  return { people: [], organizations: [], relationships: [], ties: [], interactions: [] };
}

export function newResult(format: ImportFormat): ParseResult {
  return { format, fragment: emptyFragment(), problems: [], skipped: [] };
}
