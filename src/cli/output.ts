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

export function createOutput(write: (text: string) => void, color: boolean): Output {
  const paint = (code: string) => (text: string) => (color ? `${ESC}${code}m${text}${ESC}0m` : text);
  return {
    color,
    line: (text = '') => write(`${text}\n`),
    json(value) {
      // Indented for a person to read; compact when large (a 50k-person assessment is 28 MB
      // indented, 12 MB compact), which scripts read alike.
      const compact = JSON.stringify(value);
      write(`${compact.length > LARGE_JSON ? compact : JSON.stringify(value, null, 2)}\n`);
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
