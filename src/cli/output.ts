/** Output for people (aligned tables, colour only on a terminal) and for scripts (JSON). */
export interface Output {
  readonly color: boolean;
  line(text?: string): void;
  json(value: unknown): void;
  table(
    rows: ReadonlyArray<ReadonlyArray<string | number | undefined | null>>,
    header: readonly string[],
  ): void;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

const ESC = '\u001b[';

/** Removes terminal control characters from user text before it reaches a terminal. */
export function safeText(value: unknown): string {
  if (value === undefined || value === null) return '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  return String(value).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** Above this many characters, `--json` output is written without indentation. */
const LARGE_JSON = 1_000_000;

/**
 * Elements of a long list made and stringified at a time: pieces of some tens of kilobytes,
 * which die young. V8 places a string above 128 KiB among large objects, and objects alive
 * across a few collections in the old generation; only a full collection frees either. Made
 * 5,000 at a time, an 82 MB assessment kept every piece and its people's records in memory
 * until the end: 20,000 fresh pages, each a costly fault.
 */
const PIECE_ELEMENTS = 200;

/**
 * A list written a slice at a time, each slice made when it is written: `slice(from, to)` gives
 * elements from..to-1. Inside `json` output it reads as the whole list.
 */
export class ListInPieces<T> {
  constructor(
    readonly length: number,
    readonly slice: (from: number, to: number) => T[],
  ) {}

  toJSON(): T[] {
    return this.slice(0, this.length);
  }
}

/**
 * `JSON.stringify(value)` in pieces that join to it: a long list at the top level of an object
 * comes a few thousand elements at a time, each piece made when the one before has been taken.
 * A 200,000-person assessment is 82 MB of JSON; written piece by piece, no more than a few
 * megabytes of it are held at once.
 */
export function* compactPieces(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || 'toJSON' in value) {
    const text = JSON.stringify(value);
    if (text !== undefined) yield text;
    return;
  }
  let first = true;
  yield '{';
  for (const [key, member] of Object.entries(value)) {
    const long =
      member instanceof ListInPieces ||
      (Array.isArray(member) && member.length > PIECE_ELEMENTS && !('toJSON' in member));
    const text = long ? undefined : JSON.stringify(member);
    if (!long && text === undefined) continue; // JSON.stringify leaves such members out
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (text !== undefined) {
      yield text;
      continue;
    }
    const list = member as { length: number; slice(from: number, to: number): unknown[] };
    yield '[';
    for (let i = 0; i < list.length; i += PIECE_ELEMENTS) {
      const part = JSON.stringify(list.slice(i, i + PIECE_ELEMENTS));
      if (i > 0) yield ',';
      yield part.slice(1, -1);
    }
    yield ']';
  }
  yield '}';
}

export function createOutput(write: (text: string) => void, color: boolean): Output {
  const paint = (code: string) => (text: string) => (color ? `${ESC}${code}m${text}${ESC}0m` : text);
  return {
    color,
    line: (text = '') => write(`${text}\n`),
    json(value) {
      // Indented for a person to read; compact when large (a 50k-person assessment is 28 MB
      // indented, 12 MB compact), which scripts read alike. The first megabyte decides.
      const pieces = compactPieces(value);
      const held: string[] = [];
      let length = 0;
      for (let next = pieces.next(); !next.done; next = pieces.next()) {
        if (length <= LARGE_JSON) {
          held.push(next.value);
          length += next.value.length;
          if (length > LARGE_JSON) for (const piece of held.splice(0)) write(piece);
        } else write(next.value);
      }
      if (length <= LARGE_JSON) write(`${JSON.stringify(value, null, 2)}\n`);
      else write('\n');
    },
    table(rows, header) {
      const cells = [header.map(safeText), ...rows.map((r) => r.map(safeText))];
      const widths = header.map((_, c) => Math.min(48, Math.max(...cells.map((r) => (r[c] ?? '').length))));
      const fit = (text: string, width: number) =>
        text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
      cells.forEach((r, i) => {
        const text = r
          .map((cell, c) => fit(cell ?? '', widths[c]!))
          .join('  ')
          .trimEnd();
        write(`${i === 0 ? paint('1')(text) : text}\n`);
      });
      if (rows.length === 0) write(`${paint('2')('(none)')}\n`);
    },
    bold: paint('1'),
    dim: paint('2'),
    red: paint('31'),
    yellow: paint('33'),
    green: paint('32'),
    cyan: paint('36'),
  };
}
