import { closeSync, openSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { assess } from '../../core/analysis/assess.js';
import { resolveIdentities } from '../../core/identity/resolve.js';
import { LIMITS } from '../../core/vocabulary.js';
import type { ThreefoldDocument } from '../../document/schema.js';
import { validateDocument } from '../../document/validate.js';
import { invalidInput, notFound, ThreefoldError } from '../../errors.js';
import { EXPORT_FORMATS, type ExportFormat, exportAs, type NodeMeasures } from '../../io/exporters/index.js';
import { detectFormat, IMPORT_FORMATS, type ImportFormat, parseText } from '../../io/formats/index.js';
import { decodeText } from '../../io/formats/text.js';
import { exportDocument, importDocument } from '../../store/document.js';
import type { CliContext } from '../context.js';

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
export function importFormatted(
  ctx: CliContext,
  file: string,
  format: ImportFormat,
  opts: FormatImportOptions,
  json: boolean,
): void {
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
  const parsed = parseText(decodeText(readFileSync(file)), format, {
    asOf: ctx.date(opts.asOf, '--as-of'),
    ownerEmail: opts.ownerEmail,
    maxAttendees,
  });
  if (parsed.problems.length > 0 && !opts.skipInvalid) {
    const first = parsed.problems[0]!;
    throw invalidInput(
      `${file}: ${parsed.problems.length} record(s) cannot be imported, nothing was written; ${first.record}: ${first.reason} (--skip-invalid imports the rest)`,
      parsed.problems.slice(0, 50).map((p) => ({ path: p.record, message: p.reason })),
    );
  }
  const store = ctx.store();
  let existing: ThreefoldDocument;
  try {
    existing = exportDocument(store);
  } catch (err) {
    if (err instanceof ThreefoldError && err.code === 'not_found')
      throw notFound(
        'this database has no owner yet: run `threefold init --name ... --organization ...` first',
      );
    throw err;
  }
  const { fragment, report } = resolveIdentities(existing, parsed.fragment);
  const doc = validateDocument(
    { format: existing.format, owner: existing.owner, ...fragment },
    {
      people: new Set(existing.people.map((p) => p.id)),
      organizations: new Set((existing.organizations ?? []).map((o) => o.id)),
    },
  );
  const summary = opts.dryRun ? undefined : importDocument(store, doc, { mode: 'merge' });
  const skippedByReason = new Map<string, number>();
  for (const s of parsed.skipped) skippedByReason.set(s.reason, (skippedByReason.get(s.reason) ?? 0) + 1);
  const result = {
    file,
    format,
    dryRun: Boolean(opts.dryRun),
    people: { created: report.created.length, matched: report.matched.length },
    organizations: fragment.organizations.length,
    relationships: fragment.relationships.length,
    ties: fragment.ties.length,
    interactions: {
      new: fragment.interactions.length,
      alreadyThere: parsed.fragment.interactions.length - fragment.interactions.length,
    },
    matched: report.matched,
    unsure: report.unsure,
    skipped: [...skippedByReason].map(([reason, count]) => ({ reason, count })),
    invalid: parsed.problems,
    changes: summary?.changes,
  };
  if (json) {
    ctx.out.json(result);
    return;
  }
  const out = ctx.out;
  out.line(
    `${opts.dryRun ? 'would import' : 'imported'} ${file} (${format})${opts.dryRun ? ': nothing written (--dry-run)' : ''}`,
  );
  out.table(
    [
      ['people created', result.people.created],
      ['people matched to someone already there', result.people.matched],
      ['organisations created', result.organizations],
      ['relationships', result.relationships],
      ['ties', result.ties],
      ['interactions new', result.interactions.new],
      ['interactions already there', result.interactions.alreadyThere],
    ],
    ['', 'count'],
  );
  if (result.skipped.length > 0) {
    out.line();
    out.line('skipped:');
    for (const s of result.skipped) out.line(`  ${s.count} × ${s.reason}`);
  }
  if (parsed.problems.length > 0) {
    out.line();
    out.line(out.yellow(`left out (invalid, --skip-invalid): ${parsed.problems.length}`));
    for (const p of parsed.problems.slice(0, 20)) out.line(`  ${p.record}: ${p.reason}`);
    if (parsed.problems.length > 20) out.line(`  ... and ${parsed.problems.length - 20} more`);
  }
  if (report.unsure.length > 0) {
    out.line();
    out.line(`${report.unsure.length} new people look like someone already there (not merged):`);
    for (const u of report.unsure.slice(0, 20))
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
