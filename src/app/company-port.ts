import type { OrganisationData } from '../core/organisation/model.js';
import type { ShownSizes } from '../core/organisation/privacy.js';
import type { CollaborationRead } from '../io/company/records.js';
import type { RosterRead } from '../io/company/roster.js';

export interface RosterImported {
  people: number;
  added: number;
  /** People no longer on the roster, removed with all their collaboration. */
  removed: number;
  /** Rows of people who opted out, left out. */
  optedOut: number;
}

export interface CollaborationImported {
  rows: number;
  /** Rows naming someone who is not on the roster (an outside address, a leaver): left out. */
  notOnRoster: number;
  /** Rows older than the retention limit: left out. */
  tooOld: number;
  /** Calendar meetings an earlier import already counted (the same meeting from another mailbox): left out. */
  meetingsSeen: number;
}

export interface CollaborationImportOptions {
  /**
   * The rows are calendar meetings (each row carries its meeting's key): a meeting an earlier
   * import counted is left out, and the others add to what is stored instead of replacing it,
   * so one meeting exported from five mailboxes makes its ties once.
   */
  meetings?: boolean;
}

export interface QueryLogEntry {
  at: string;
  analyst: string;
  query: string;
  detail: string;
}

/**
 * Where an organisation's collaboration metadata is kept: pseudonyms, units and counts, never
 * an id, an address or a subject. Every import is one transaction: it writes all or nothing.
 */
export interface CompanyStore {
  importRoster(read: RosterRead): Promise<RosterImported>;
  /**
   * One import of rows arriving in batches (a file read as it streams in): each batch is staged
   * in its own short transaction, apart from the data, and the whole is made visible in one
   * transaction once the last batch is read. When reading a batch throws (a bad row), the staged
   * rows are dropped and nothing is written. Rows of the import that share pair, day and channel
   * are summed, and replace what an earlier import wrote for them.
   */
  importCollaborationBatches(
    batches: AsyncIterable<CollaborationRead> | Iterable<CollaborationRead>,
    oldestDay: string,
    options?: CollaborationImportOptions,
  ): Promise<CollaborationImported>;
  /** Everything from `fromDay` on (YYYY-MM-DD), people who opted out excluded. */
  read(fromDay: string): Promise<OrganisationData>;
  /** The roster pseudonym of someone known by the pseudonym of their id or address. */
  personOf(alias: string): Promise<string | null>;
  /** Removes the person and everything about them, and keeps them out of later imports. */
  optOut(person: string, on: string): Promise<boolean>;
  /** Deletes collaboration before `day`; answers the rows deleted. */
  purgeBefore(day: string): Promise<number>;
  retentionDays(): Promise<number>;
  setRetentionDays(days: number): Promise<void>;
  /** People on the roster now. */
  people(): Promise<number>;
  /**
   * The unit sizes the last report showed (`shownSizesAfter`), so the next one withholds units
   * that changed too little to be compared safely; null before the first report.
   */
  shownSizes(): Promise<ShownSizes | null>;
  setShownSizes(sizes: ShownSizes): Promise<void>;
  /** Moves with every write, so a report can be kept until the data changes. */
  dataVersion(): Promise<string>;
  logQuery(entry: QueryLogEntry): Promise<void>;
  queryLog(limit: number): Promise<QueryLogEntry[]>;
  close(): Promise<void>;
}

/** Collaboration older than two years is deleted unless the organisation sets another limit. */
export const DEFAULT_RETENTION_DAYS = 730;
