/** Date arithmetic on ISO strings, pure (the clock never enters: `asOf` is always given). */
export const DAY_MS = 86_400_000;

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const isDigits = (s: string, from: number, to: number) => {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return false;
  return true;
};

export function toMs(date: string): number {
  // Plain days (YYYY-MM-DD) are most dates the analysis reads, hundreds of thousands per run:
  // computed from their digits, which is many times cheaper than parsing the string. Date.UTC
  // rolls a day past the month's end over exactly as Date.parse does; anything else is parsed.
  if (date.length === 10 && date[4] === '-' && date[7] === '-' && isDigits(date, 0, 4)) {
    if (isDigits(date, 5, 7) && isDigits(date, 8, 10)) {
      const y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
      const m = digit(date, 5) * 10 + digit(date, 6);
      const d = digit(date, 8) * 10 + digit(date, 9);
      if (y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return Date.UTC(y, m - 1, d);
    }
  }
  const ms = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(ms)) throw new Error(`not a date: ${date}`);
  return ms;
}

/** Whole days from `date` to `asOf` (negative when `date` is later). */
export function daysBetween(date: string, asOfMs: number): number {
  return Math.floor((asOfMs - toMs(date)) / DAY_MS);
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
