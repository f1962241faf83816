/** What the bar writes to: standard error, or anything shaped like it in a test. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  /** `done` of `total` records read. */
  update(done: number, total: number): void;
  /** A step after reading (matching people, writing), shown in place of the bar. */
  step(label: string): void;
  /** Clears the line: the summary follows on a clean screen. */
  done(): void;
}

const WIDTH = 24;
const CLEAR = '\r\u001b[K';

/**
 * A one-line progress bar on standard error for long imports. Drawn only on a terminal and
 * only for files of more than `min` records (a small file is done before a bar would help);
 * redrawn at most every `everyMs`, so drawing never costs more than the work it reports.
 */
export function progressBar(
  stream: ProgressStream,
  label: string,
  opts: { min?: number; everyMs?: number; now?: () => number } = {},
): Progress {
  const min = opts.min ?? 2000;
  const everyMs = opts.everyMs ?? 100;
  const now = opts.now ?? Date.now;
  let shown = false;
  let last = Number.NEGATIVE_INFINITY;
  const fmt = new Intl.NumberFormat('en');
  const draw = (text: string) => {
    // A terminal that does not say its width (0) is taken as 80 columns.
    const max = Math.max(20, (stream.columns || 80) - 1);
    stream.write(`${CLEAR}${text.length > max ? text.slice(0, max) : text}`);
    shown = true;
  };
  return {
    update(done, total) {
      if (!stream.isTTY || total <= min) return;
      const t = now();
      if (done < total && t - last < everyMs) return;
      last = t;
      const share = Math.min(1, done / total);
      const filled = Math.round(share * WIDTH);
      draw(
        `${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${fmt.format(done)}/${fmt.format(total)} ${Math.floor(share * 100)}%`,
      );
    },
    step(text) {
      if (shown) draw(`${label}: ${text}`);
    },
    done() {
      if (shown) stream.write(CLEAR);
      shown = false;
    },
  };
}
