/** Date arithmetic on ISO strings, pure (the clock never enters: `asOf` is always given). */
export const DAY_MS = 86_400_000;

export function toMs(date: string): number {
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
