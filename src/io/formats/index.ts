import { invalidInput } from '../../errors.js';
import { parseContactsCsv } from './contacts-csv.js';
import { detectFormat } from './detect.js';
import { parseGexf } from './gexf.js';
import { parseGraphml } from './graphml.js';
import { parseIcs } from './ics.js';
import { parseLinkedin } from './linkedin.js';
import { decodeText } from './text.js';
import { IMPORT_FORMATS, type ImportFormat, type ParseOptions, type ParseResult } from './types.js';
import { parseVcard } from './vcard.js';

export { detectFormat } from './detect.js';
export * from './types.js';

/** Reads a file in any format but `json` (the document has its own reader) into a fragment. */
export function parseFile(
  bytes: Uint8Array,
  options: ParseOptions & { format?: ImportFormat; fileName?: string } = {},
): ParseResult {
  const text = decodeText(bytes);
  if (options.format && !IMPORT_FORMATS.includes(options.format))
    throw invalidInput(`--format: "${options.format}" is not one of ${IMPORT_FORMATS.join(', ')}`);
  const format = options.format ?? detectFormat(text, options.fileName);
  if (!format) {
    throw invalidInput(
      `cannot tell the format of ${options.fileName ?? 'the file'}: give --format (${IMPORT_FORMATS.join('|')})`,
    );
  }
  return parseText(text, format, options);
}

export function parseText(text: string, format: ImportFormat, options: ParseOptions = {}): ParseResult {
  switch (format) {
    case 'linkedin':
      return parseLinkedin(text, options.progress);
    case 'vcard':
      return parseVcard(text, options.progress);
    case 'google':
    case 'outlook':
      return parseContactsCsv(text, format, options.progress);
    case 'ics':
      return parseIcs(text, options);
    case 'gexf':
      return parseGexf(text);
    case 'graphml':
      return parseGraphml(text);
    case 'json':
      throw invalidInput('a threefold/1 document is read by readDocumentFile, not parseText');
  }
}
