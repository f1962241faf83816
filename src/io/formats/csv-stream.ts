import { type CsvRow, countBreaks, readCsv, unreadable } from './csv.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/**
 * Text held while waiting for a record to end. A field is at most a million characters (csv.ts),
 * so this much without the end of a record is a quote that never closes: it is parsed, to name
 * the line, instead of holding the rest of the file.
 */
const MAX_PENDING = 16 * 1024 * 1024;

/**
 * Where the last whole record of `text` ends (the index after its line break), or -1. A break
 * counts when an even number of quotes precede it: `""` inside a quoted field opens and closes.
 * A CR at the very end may be the first half of a CRLF split between chunks, so it is left.
 */
function lastRecordEnd(text: string): number {
  const last = text.length - 1;
  if (text.indexOf('"') === -1) {
    const lf = text.lastIndexOf('\n');
    let cr = text.lastIndexOf('\r');
    if (cr === last) cr = text.lastIndexOf('\r', last - 1);
    const at = Math.max(lf, cr);
    return at === -1 ? -1 : at + 1;
  }
  let quoted = false;
  let end = -1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || (c === CR && i < last))) end = i + 1;
  }
  return end;
}

/**
 * Reads a CSV file arriving in chunks (a file read stream), a piece of whole records at a time,
 * with the lines of the whole file: memory holds one chunk and one piece, whatever the file's
 * size. `header` receives the first line (without a BOM) and answers the delimiter; it may throw.
 * The rows are those `readCsv` would give from line 2 of the whole text, and so are the errors.
 */
export async function* readCsvStream(
  chunks: AsyncIterable<string>,
  header: (line: string) => string,
): AsyncGenerator<CsvRow[]> {
  let buffer = '';
  let line = 1;
  let delimiter: string | undefined;
  let started = false;
  const piece = (text: string): CsvRow[] => {
    const rows = readCsv(text, line, delimiter!, line);
    line += countBreaks(text, 0, text.length);
    return rows;
  };
  for await (const chunk of chunks) {
    buffer += chunk;
    if (!started && buffer.length > 0) {
      if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
      started = true;
    }
    if (delimiter === undefined) {
      const end = buffer.search(/\r|\n/);
      if (end === -1 || (end === buffer.length - 1 && buffer.charCodeAt(end) === CR)) {
        if (buffer.length > MAX_PENDING)
          throw unreadable(1, 'a header line of more than 16 million characters');
        continue;
      }
      delimiter = header(buffer.slice(0, end));
      buffer = buffer.slice(
        buffer.charCodeAt(end) === CR && buffer.charCodeAt(end + 1) === LF ? end + 2 : end + 1,
      );
      line = 2;
    }
    const cut = lastRecordEnd(buffer);
    if (cut === -1) {
      if (buffer.length > MAX_PENDING) {
        piece(buffer);
        throw unreadable(line, 'a record of more than 16 million characters');
      }
      continue;
    }
    const text = buffer.slice(0, cut);
    buffer = buffer.slice(cut);
    const rows = piece(text);
    if (rows.length > 0) yield rows;
  }
  if (delimiter === undefined) {
    delimiter = header(buffer);
    return;
  }
  if (buffer.length > 0) {
    const rows = piece(buffer);
    if (rows.length > 0) yield rows;
  }
}
