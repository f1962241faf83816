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

/** Elements of a long list stringified at a time: pieces of a few megabytes. */
const PIECE_ELEMENTS = 5000;

/**
 * `JSON.stringify(value)` in pieces that join to it: a long list at the top level of an object
 * comes a few thousand elements at a time. A 200,000-person assessment is 82 MB of JSON; as one
 * string it was built, copied again with its newline and turned into bytes whole.
 */
export function compactPieces(value: unknown): string[] {
  const whole = () => {
    const text = JSON.stringify(value);
    return text === undefined ? [] : [text];
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value) || 'toJSON' in value)
    return whole();
  const pieces = ['{'];
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    const long = Array.isArray(member) && member.length > PIECE_ELEMENTS && !('toJSON' in member);
    const text = long ? undefined : JSON.stringify(member);
    if (!long && text === undefined) continue; // JSON.stringify leaves such members out
    pieces.push(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (text !== undefined) {
      pieces.push(text);
      continue;
    }
    const list = member as unknown[];
    pieces.push('[');
    for (let i = 0; i < list.length; i += PIECE_ELEMENTS) {
      const part = JSON.stringify(list.slice(i, i + PIECE_ELEMENTS));
      if (i > 0) pieces.push(',');
      pieces.push(part.slice(1, -1));
    }
    pieces.push(']');
  }
  pieces.push('}');
  return pieces;
}

export function createOutput(write: (text: string) => void, color: boolean): Output {
  const paint = (code: string) => (text: string) => (color ? `${ESC}${code}m${text}${ESC}0m` : text);
  return {
    color,
    line: (text = '') => write(`${text}\n`),
    json(value) {
      // Indented for a person to read; compact when large (a 50k-person assessment is 28 MB
      // indented, 12 MB compact), which scripts read alike.
      const pieces = compactPieces(value);
      let length = 0;
      for (const piece of pieces) length += piece.length;
      if (length <= LARGE_JSON) {
        write(`${JSON.stringify(value, null, 2)}\n`);
        return;
      }
      for (const piece of pieces) write(piece);
      write('\n');
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
