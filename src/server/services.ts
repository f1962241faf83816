import type { ThreefoldDocument } from '../document/schema.js';

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

export interface ExportResult {
  body: string | Uint8Array;
  contentType: string;
  extension: string;
}

/**
 * The core's functions the API calls, gathered in one place (wired in services-core.ts) so the
 * routes stay a thin edge and a test can see exactly what the server depends on.
 */
export interface Services {
  /** Today's date (YYYY-MM-DD) at the edge: the core never reads the clock. */
  today(): string;
  assess(doc: ThreefoldDocument, asOf: string): AssessmentLike;
  suggest(doc: ThreefoldDocument, opts: { asOf: string; limit: number }): { actions: CoachAction[] };
  paths(doc: ThreefoldDocument, opts: { to: string; k: number; asOf: string }): unknown;
  plan(doc: ThreefoldDocument, opts: { week: string; budget: number | undefined; asOf: string }): unknown;
  /** The measures kept in a snapshot, and the comparison of two of them. */
  snapshot(doc: ThreefoldDocument, asOf: string): unknown;
  compare(previous: unknown, current: unknown): unknown;
  sample(): ThreefoldDocument;
  /** Reads an uploaded file of any supported format into a document (format detection). */
  readFile(
    bytes: Uint8Array,
    filename: string | undefined,
    contentType: string | undefined,
  ): ThreefoldDocument;
  exportFormats(): readonly string[];
  exportAs(doc: ThreefoldDocument, format: string): ExportResult;
}

/** The parts of an assessment the map reads; the rest is passed through untouched. */
export interface AssessmentLike {
  people?: ReadonlyArray<{ id: string; [measure: string]: unknown }>;
  [key: string]: unknown;
}
