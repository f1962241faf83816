import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importPlanned } from '../../app/network.js';
import { assess } from '../../core/analysis/assess.js';
import { LIMITS } from '../../core/vocabulary.js';
import type { ThreefoldDocument } from '../../document/schema.js';
import { conflict, invalidInput, notFound, ThreefoldError } from '../../errors.js';
import { EXPORT_FORMATS, type ExportFormat, exportAs, type NodeMeasures } from '../../io/exporters/index.js';
import {
  FORMAT_COLLECTIONS,
  type FormatImportSummary,
  ownerEmailOf,
  planFormatImport,
} from '../../io/format-import.js';
import { detectFormat, IMPORT_FORMATS, type ImportFormat, parseText } from '../../io/formats/index.js';
import { decodeText } from '../../io/formats/text.js';
import { exportDocument, type ImportSummary } from '../../store/document.js';
import type { CliContext } from '../context.js';
import type { Output } from '../output.js';
import { type ProgressStream, progressBar } from '../progress.js';

export interface FormatImportOptions {
  format?: string;
  dryRun?: boolean;
  skipInvalid?: boolean;
  ownerEmail?: string;
  asOf?: string;
  maxAttendees?: string;
}

function checkedFormat(format: string | undefined): ImportFormat | undefined {
  if (format === undefined) return undefined;
  const f = format.toLowerCase();
  if (!(IMPORT_FORMATS as readonly string[]).includes(f))
    throw invalidInput(`--format: "${format}" is not one of ${IMPORT_FORMATS.join(', ')}`);
  return f as ImportFormat;
}

/** The format of `file`: --format when given, else read from its first bytes. */
export function chooseImportFormat(file: string, format: string | undefined): ImportFormat {
  const given = checkedFormat(format);
  if (given) return given;
  let head: Buffer;
  try {
    const fd = openSync(file, 'r');
    head = Buffer.alloc(16_384);
    const n = readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    head = head.subarray(0, n);
  } catch {
    throw notFound(`no such file: ${file}`);
  }
  const detected = detectFormat(decodeText(head), file);
  if (!detected) {
    throw invalidInput(
      `cannot tell the format of ${file} from its content: give --format (${IMPORT_FORMATS.join('|')})`,
    );
  }
  return detected;
}

/**
 * Imports a LinkedIn, vCard, contacts CSV, calendar or graph file into the network: parse,
 * resolve identities against the people already there, then one merge transaction. Any bad
 * record stops everything (nothing written) unless `--skip-invalid`.
 */
export async function importFormatted(
  ctx: CliContext,
  file: string,
  format: ImportFormat,
  opts: FormatImportOptions,
  json: boolean,
  stream: ProgressStream = process.stderr,
): Promise<void> {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw notFound(`no such file: ${file}`);
  }
  if (size > LIMITS.documentBytes) throw new ThreefoldError('too_large', `${file} is larger than 200 MB`);
  const maxAttendees = opts.maxAttendees === undefined ? undefined : Number(opts.maxAttendees);
  if (maxAttendees !== undefined && (!Number.isInteger(maxAttendees) || maxAttendees < 1))
    throw invalidInput('--max-attendees must be a whole number of at least 1');
  const store = ctx.store();
  let existing: ThreefoldDocument;
  try {
    existing = exportDocument(store);
  } catch (err) {
    if (err instanceof ThreefoldError && err.code === 'conflict')
      throw conflict(
        'this database has no owner yet: run `threefold init --name ... --organization ...` first',
      );
    throw err;
  }
  // Never in --json mode: scripts read standard error too.
  const bar = json ? undefined : progressBar(stream, `reading ${basename(file)}`);
  let summary: FormatImportSummary;
  try {
    const parsed = parseText(decodeText(readFileSync(file)), format, {
      asOf: ctx.date(opts.asOf, '--as-of'),
      ownerEmail: ownerEmailOf(existing, opts.ownerEmail),
      maxAttendees,
      progress: bar?.update,
    });
    bar?.step('matching people already there');
    const planned = planFormatImport(existing, parsed, {
      file,
      dryRun: opts.dryRun,
      skipInvalid: opts.skipInvalid,
    });
    summary = planned.summary;
    if (!opts.dryRun) {
      bar?.step('writing (one transaction)');
      const written = (await importPlanned(await ctx.network(), existing, planned.doc, 'merge', {
        at: new Date().toISOString(),
      })) as ImportSummary;
      summary.changes = written.changes;
    }
  } finally {
    bar?.done();
  }
  if (json) ctx.out.json(summary);
  else printSummary(ctx.out, summary);
}

/** The summary for a person: one row per collection, then what was left out and why. */
export function printSummary(out: Output, summary: FormatImportSummary): void {
  const { file, format, dryRun } = summary;
  out.line(
    `${dryRun ? 'would import' : 'imported'} ${file} (${format})${dryRun ? ': nothing written (--dry-run)' : ''}`,
  );
  out.table(
    FORMAT_COLLECTIONS.map((c) => {
      const n = summary.collections[c];
      return [c, n.created, n.matched, n.merged, n.skipped];
    }),
    ['', 'created', 'matched', 'merged', 'skipped'],
  );
  if (summary.skipped.length > 0) {
    out.line();
    out.line('skipped:');
    for (const s of summary.skipped) out.line(`  ${s.count} × ${s.collection}: ${s.reason}`);
  }
  const invalid = summary.invalid;
  if (invalid.length > 0) {
    out.line();
    out.line(out.yellow(`left out (invalid, --skip-invalid): ${invalid.length}`));
    for (const p of invalid.slice(0, 20)) out.line(`  ${p.record}: ${p.reason}`);
    if (invalid.length > 20) out.line(`  ... and ${invalid.length - 20} more`);
  }
  if (summary.unsure.length > 0) {
    out.line();
    out.line(`${summary.unsure.length} new people look like someone already there (not merged):`);
    for (const u of summary.unsure.slice(0, 20))
      out.line(`  ${u.name} (${u.id}) ~ ${u.existingName} (${u.existing}): ${u.reason}`);
    out.line(
      '  review them with `threefold people duplicates`, merge with `threefold people merge KEEP DROP`',
    );
  }
}

/** `threefold export --format gexf|graphml|vcard|csv|kumu`; gexf and graphml carry the measures. */
export function exportFormatted(
  ctx: CliContext,
  opts: { out?: string; format?: string; asOf?: string },
): void {
  const format = (opts.format ?? '').toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format) || format === 'json')
    throw invalidInput(`--format: "${opts.format}" is not one of ${EXPORT_FORMATS.join(', ')}`);
  const doc = exportDocument(ctx.store());
  const asOf = ctx.date(opts.asOf, '--as-of');
  let measures: Map<string, NodeMeasures> | undefined;
  if (format === 'gexf' || format === 'graphml') {
    measures = new Map();
    for (const p of assess(doc, { asOf }).people) measures.set(p.id, p);
  }
  const text = exportAs(format as Exclude<ExportFormat, 'json'>, doc, { measures, date: asOf });
  if (opts.out) {
    writeFileSync(opts.out, text);
    ctx.err.line(`wrote ${opts.out}`);
  } else process.stdout.write(text);
}
