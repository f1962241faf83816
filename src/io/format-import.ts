import { type IdentityReport, resolveIdentities } from '../core/identity/resolve.js';
import { overLimit } from '../core/vocabulary.js';
import { type MergeSummary, recordKey } from '../document/merge.js';
import type { ThreefoldDocument } from '../document/schema.js';
import { validateDocument } from '../document/validate.js';
import { invalidInput } from '../errors.js';
import type { ImportFormat, ParseResult, Problem } from './formats/types.js';

/** The collections a contacts, calendar or graph file can add to. */
export const FORMAT_COLLECTIONS = [
  'people',
  'organizations',
  'relationships',
  'ties',
  'interactions',
] as const;
export type FormatCollection = (typeof FORMAT_COLLECTIONS)[number];

/**
 * What an import does to one collection: `created` new records, `matched` records already
 * there and left as they were, `merged` records already there that gained something (an e-mail,
 * a stronger tie), `skipped` records of the file left out (on purpose or, with --skip-invalid,
 * because they could not be read).
 */
export interface CollectionCounts {
  created: number;
  matched: number;
  merged: number;
  skipped: number;
}

/** The summary the CLI (`threefold import --json`) and the API (`POST /api/import`) answer. */
export interface FormatImportSummary {
  file: string;
  format: ImportFormat;
  dryRun: boolean;
  collections: Record<FormatCollection, CollectionCounts>;
  people: { created: number; matched: number };
  organizations: number;
  relationships: number;
  ties: number;
  interactions: { new: number; alreadyThere: number };
  matched: IdentityReport['matched'];
  unsure: IdentityReport['unsure'];
  skipped: { collection: FormatCollection; reason: string; count: number }[];
  invalid: Problem[];
  /** What the write changed (absent on a dry run). */
  changes?: MergeSummary | undefined;
}

/**
 * What merging `incoming` into `existing` does to one collection, as the store's merge counts it
 * (same key and same JSON: matched; same key, other JSON: merged), without building the merged
 * network: into an empty collection everything is created.
 */
function countChanges(
  existing: ThreefoldDocument,
  incoming: ThreefoldDocument,
  collection: FormatCollection,
): Omit<CollectionCounts, 'skipped'> {
  const before = (existing[collection] ?? []) as Record<string, unknown>[];
  const adding = (incoming[collection] ?? []) as Record<string, unknown>[];
  if (before.length === 0) return { created: adding.length, matched: 0, merged: 0 };
  const old = new Map(before.map((r) => [recordKey(collection, r), r]));
  const counts = { created: 0, matched: 0, merged: 0 };
  for (const r of adding) {
    const was = old.get(recordKey(collection, r));
    if (!was) counts.created++;
    else if (JSON.stringify(was) === JSON.stringify(r)) counts.matched++;
    else counts.merged++;
  }
  return counts;
}

/** The records a skip or a problem was about, from the format and the record's label. */
function collectionOf(format: ImportFormat, record: string): FormatCollection {
  if (format === 'ics') return 'interactions';
  if (format === 'gexf' || format === 'graphml') return /^node\b/i.test(record) ? 'people' : 'ties';
  return 'people';
}

/** The owner's address for a calendar: given, else the first e-mail the owner record carries. */
export function ownerEmailOf(doc: ThreefoldDocument | undefined, given?: string): string | undefined {
  if (given) return given;
  const emails = (doc?.owner as { emails?: unknown } | undefined)?.emails;
  return Array.isArray(emails) && typeof emails[0] === 'string' ? emails[0] : undefined;
}

/**
 * Turns a parsed file into the document to merge into `existing`: identities resolved against
 * the people already there, references checked, and the summary of what the merge will do.
 * Throws `invalid_input` naming the first bad record unless `skipInvalid`. Pure: the caller
 * writes `doc` with a `merge` import (or nothing, on a dry run).
 */
export function planFormatImport(
  existing: ThreefoldDocument,
  parsed: ParseResult,
  opts: { file: string; dryRun?: boolean | undefined; skipInvalid?: boolean | undefined },
): { doc: ThreefoldDocument; summary: FormatImportSummary } {
  if (parsed.problems.length > 0 && !opts.skipInvalid) {
    const first = parsed.problems[0]!;
    throw invalidInput(
      `${opts.file}: ${parsed.problems.length} record(s) cannot be imported, nothing was written; ${first.record}: ${first.reason} (--skip-invalid imports the rest)`,
      parsed.problems.slice(0, 50).map((p) => ({ path: p.record, message: p.reason })),
    );
  }
  const { fragment, report } = resolveIdentities(existing, parsed.fragment);
  const doc = validateDocument(
    { format: existing.format, owner: existing.owner, ...fragment },
    {
      people: new Set(existing.people.map((p) => p.id)),
      organizations: new Set((existing.organizations ?? []).map((o) => o.id)),
    },
  );
  const alreadyThere = parsed.fragment.interactions.length - fragment.interactions.length;
  const collections = {} as Record<FormatCollection, CollectionCounts>;
  for (const c of FORMAT_COLLECTIONS) collections[c] = { ...countChanges(existing, doc, c), skipped: 0 };
  // The network after the import must stay within the document's limits, or it could not be
  // exported and imported again.
  const over = overLimit({
    people: existing.people.length + collections.people.created,
    ties: (existing.ties?.length ?? 0) + collections.ties.created,
    interactions: (existing.interactions?.length ?? 0) + collections.interactions.created,
  });
  if (over) throw invalidInput(`${opts.file}: nothing was written; the network would hold ${over}`);
  collections.interactions.matched += alreadyThere;
  const reasons = new Map<string, { collection: FormatCollection; reason: string; count: number }>();
  for (const s of parsed.skipped) {
    const collection = collectionOf(parsed.format, s.record);
    collections[collection].skipped++;
    const key = `${collection}\u0000${s.reason}`;
    const entry = reasons.get(key) ?? { collection, reason: s.reason, count: 0 };
    entry.count++;
    reasons.set(key, entry);
  }
  for (const p of parsed.problems) collections[collectionOf(parsed.format, p.record)].skipped++;
  return {
    doc,
    summary: {
      file: opts.file,
      format: parsed.format,
      dryRun: Boolean(opts.dryRun),
      collections,
      people: { created: report.created.length, matched: report.matched.length },
      organizations: fragment.organizations.length,
      relationships: fragment.relationships.length,
      ties: fragment.ties.length,
      interactions: { new: fragment.interactions.length, alreadyThere },
      matched: report.matched,
      unsure: report.unsure,
      skipped: [...reasons.values()],
      invalid: parsed.problems,
    },
  };
}
