import { assess } from '../core/analysis/assess.js';
import type { ThreefoldDocument } from '../document/schema.js';
import { invalidInput } from '../errors.js';
import { EXPORT_FORMATS, exportAs, type NodeMeasures } from '../io/exporters/index.js';
import {
  detectFormat,
  IMPORT_FORMATS,
  type ImportFormat,
  type ParseOptions,
  parseText,
} from '../io/formats/index.js';
import { decodeText } from '../io/formats/text.js';
import type { ExportResult, Upload } from './services.js';

/**
 * Reads an upload the way `threefold import` reads a file: the format from the content (the
 * name only breaks ties), then the same parser. A file that looks like nothing but is named
 * `.json` or sent as JSON goes to the document reader, whose error names the line and column.
 */
export function readUpload(
  bytes: Uint8Array,
  filename: string | undefined,
  options: ParseOptions & { format?: ImportFormat | undefined; contentType?: string | undefined },
  readJson: (bytes: Uint8Array, filename: string | undefined) => ThreefoldDocument,
): Upload {
  const text = decodeText(bytes);
  let format: ImportFormat | undefined = options.format ?? detectFormat(text, filename ?? '');
  if (!format && (/\.json$/i.test(filename ?? '') || /json/i.test(options.contentType ?? '')))
    format = 'json';
  if (!format) {
    throw invalidInput(
      `cannot tell the format of ${filename ?? 'the upload'} from its content: give format (${IMPORT_FORMATS.join('|')})`,
      [{ path: 'query.format', message: `one of ${IMPORT_FORMATS.join(', ')}` }],
    );
  }
  if (format === 'json') return { format, doc: readJson(bytes, filename) };
  return { format, parsed: parseText(text, format, options) };
}

/** What each export is sent as: content type and file extension. */
const EXPORT_TYPES: Record<string, { contentType: string; extension: string }> = {
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  vcard: { contentType: 'text/vcard; charset=utf-8', extension: 'vcf' },
  csv: { contentType: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  kumu: { contentType: 'application/json; charset=utf-8', extension: 'kumu.json' },
};

/** `threefold` is the document's own name for `json`; both are accepted. */
export const API_EXPORT_FORMATS: readonly string[] = ['threefold', ...EXPORT_FORMATS];

/** The network in `format`; GEXF and GraphML carry the measures as of `asOf`, as the CLI's do. */
export function exportFile(doc: ThreefoldDocument, format: string, asOf: string): ExportResult {
  const f = format === 'threefold' ? 'json' : format;
  const type = EXPORT_TYPES[f];
  if (!type || !(EXPORT_FORMATS as readonly string[]).includes(f)) {
    throw invalidInput(`query.format: unknown format "${format}"`, [
      { path: 'query.format', message: `one of ${API_EXPORT_FORMATS.join(', ')}` },
    ]);
  }
  if (f === 'json') return { body: `${JSON.stringify(doc, null, 2)}\n`, ...type };
  let measures: Map<string, NodeMeasures> | undefined;
  if (f === 'gexf' || f === 'graphml') {
    measures = new Map();
    for (const p of assess(doc, { asOf }).people) measures.set(p.id, p);
  }
  return {
    body: exportAs(f as Exclude<(typeof EXPORT_FORMATS)[number], 'json'>, doc, { measures, date: asOf }),
    ...type,
  };
}
