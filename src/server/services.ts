import type { ThreefoldDocument } from '../document/schema.js';
import type { FormatImportSummary } from '../io/format-import.js';
import type { ImportFormat, ParseOptions, ParseResult } from '../io/formats/types.js';

/** A suggested action as the coach returns it (`threefold suggest --json`). */
export interface CoachAction {
  kind: string;
  people?: string[];
  organizations?: string[];
  goal?: string | null | undefined;
  form?: string | null | undefined;
  minutes?: number;
  score?: number;
  reason?: string;
  [extra: string]: unknown;
}

export type Upload =
  | { format: 'json'; doc: ThreefoldDocument }
  | { format: Exclude<ImportFormat, 'json'>; parsed: ParseResult };

export interface ExportResult {
  body: string | Uint8Array;
  contentType: string;
  extension: string;
}

/**
 * The edge's own helpers the API calls besides the use cases of src/app (the clock, file
 * formats, the sample), gathered in one place (wired in services-core.ts) so a test can set
 * the date.
 */
export interface Services {
  /** Today's date (YYYY-MM-DD) at the edge: the core never reads the clock. */
  today(): string;
  compare(previous: unknown, current: unknown): unknown;
  /** The compact numbers of one snapshot that the review's trends show. */
  summarize(snapshot: unknown, previous?: unknown): unknown;
  sample(): ThreefoldDocument;
  /**
   * Reads an uploaded file with the CLI's format detection: a threefold/1 document, or the
   * parsed records of a LinkedIn, vCard, address-book CSV, calendar, GEXF or GraphML file.
   */
  readFile(
    bytes: Uint8Array,
    filename: string | undefined,
    options: ParseOptions & { format?: ImportFormat | undefined; contentType?: string | undefined },
  ): Upload;
  /** Resolves the parsed records against the network (see src/io/format-import.ts). */
  planImport(
    existing: ThreefoldDocument,
    parsed: ParseResult,
    opts: { file: string; dryRun: boolean; skipInvalid: boolean },
  ): { doc: ThreefoldDocument; summary: FormatImportSummary };
  exportFormats(): readonly string[];
  /** The network in an export format; GEXF and GraphML carry the measures as of `asOf`. */
  exportAs(doc: ThreefoldDocument, format: string, asOf: string): ExportResult;
}

/** The parts of an assessment the map reads; the rest is passed through untouched. */
export interface AssessmentLike {
  people?: ReadonlyArray<{ id: string; [measure: string]: unknown }>;
  [key: string]: unknown;
}
