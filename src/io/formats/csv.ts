import { parse } from 'csv-parse/sync';
import { invalidInput } from '../../errors.js';

export interface CsvRow {
  /** 1-based line in the file where the record starts. */
  line: number;
  cells: string[];
}

/** The delimiter of a header line: `;` when Excel in a European locale re-saved the file. */
export function guessDelimiter(header: string): ',' | ';' | '\t' {
  const count = (c: string) => header.split(c).length - 1;
  const semi = count(';');
  const tab = count('\t');
  const comma = count(',');
  if (tab > comma && tab > semi) return '\t';
  return semi > comma ? ';' : ',';
}

/**
 * Parses CSV text starting at `fromLine` (1-based). A broken quote is an error naming its line;
 * rows of the wrong width are returned as they are, for the caller to report.
 */
export function readCsv(text: string, fromLine: number, delimiter: string): CsvRow[] {
  try {
    const records = parse(text, {
      delimiter,
      from_line: fromLine,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      info: true,
      max_record_size: 1_000_000,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    // info.lines is the line where the record ends; a quoted newline makes a record span lines.
    return records.map((r) => ({ line: r.info.lines, cells: r.record }));
  } catch (err) {
    const e = err as { lines?: number; message?: string; code?: string };
    const opened = e.code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(text, delimiter) : undefined;
    const line = opened ?? e.lines;
    const where = line !== undefined ? `line ${line}` : 'the file';
    throw invalidInput(`CSV cannot be read at ${where}: ${String(e.message ?? err).split('\n')[0]}`, [
      { path: where, message: String(e.message ?? err) },
    ]);
  }
}

/** The line where a quoted field opens and never closes (csv-parse reports the end of the file). */
function unclosedQuoteLine(text: string, delimiter: string): number | undefined {
  let line = 1;
  let inQuote = false;
  let openedAt = 0;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuote) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuote = false;
      } else if (ch === '\n') line++;
      continue;
    }
    if (ch === '"' && fieldStart) {
      inQuote = true;
      openedAt = line;
    }
    if (ch === '\n') line++;
    fieldStart = ch === delimiter || ch === '\n' || ch === '\r';
  }
  return inQuote ? openedAt : undefined;
}

/** Lines of text, keeping the 1-based number of each. */
export function lines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}
