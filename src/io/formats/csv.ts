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

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** One field above this many characters is a broken file, not a contact. */
const MAX_FIELD = 1_000_000;

export function unreadable(line: number, reason: string): Error {
  return invalidInput(`CSV cannot be read at line ${line}: ${reason}`, [
    { path: `line ${line}`, message: reason },
  ]);
}

/** Line breaks (CRLF, LF or CR) in text[from, to). */
export function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

/**
 * Parses CSV text (RFC 4180: quoted fields with `""`, line breaks inside quotes, CRLF, LF or CR)
 * starting at `fromLine` (1-based; the lines before, such as LinkedIn's `Notes:` preamble, are
 * not read as CSV). Empty lines are skipped; rows of the wrong width are returned as they are,
 * for the caller to report. A broken quote is an error naming its line. Hand-written because
 * it was most of the cost of a large import: several times faster than a general parser.
 * `firstLine` is the number of the text's first line, when the text is a piece of a larger file.
 */
export function readCsv(text: string, fromLine: number, delimiter: string, firstLine = 1): CsvRow[] {
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = firstLine;
  while (line < fromLine && i < n) {
    const c = text.charCodeAt(i++);
    if (c === LF || c === CR) {
      if (c === CR && text.charCodeAt(i) === LF) i++;
      line++;
    }
  }
  const rows: CsvRow[] = [];
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first === LF || first === CR) {
      i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      continue;
    }
    const cells: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        const openedAt = line;
        let start = i + 1;
        value = '';
        for (;;) {
          const q = text.indexOf('"', start);
          if (q < 0) throw unreadable(openedAt, 'a quoted field never closes');
          line += countBreaks(text, start, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(start, q + 1);
            start = q + 2;
            continue;
          }
          value += text.slice(start, q);
          i = q + 1;
          break;
        }
        const c = text.charCodeAt(i);
        if (i < n && c !== d && c !== LF && c !== CR)
          throw unreadable(line, 'a closing quote is followed by more text in the same field');
      } else {
        let j = i;
        for (; j < n; j++) {
          const c = text.charCodeAt(j);
          if (c === d || c === LF || c === CR) break;
          if (c === QUOTE) throw unreadable(line, 'a quote inside a field that does not start with one');
        }
        value = text.slice(i, j);
        i = j;
      }
      if (value.length > MAX_FIELD) throw unreadable(line, `a field longer than ${MAX_FIELD} characters`);
      cells.push(value);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      i++;
      if (c === d) continue;
      if (c === CR && text.charCodeAt(i) === LF) i++;
      break;
    }
    rows.push({ line, cells });
    line++;
  }
  return rows;
}

/** Lines of text, keeping the 1-based number of each. */
export function lines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}
