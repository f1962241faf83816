// Sorting, paging and error-mapping helpers for the people pages (pure, unit-tested).
import type { ApiError } from '../../api/client';

export interface SortState {
  field: string;
  desc: boolean;
}

export function parseSort(value: string | null | undefined): SortState | null {
  if (!value) return null;
  const desc = value.startsWith('-');
  const field = desc ? value.slice(1) : value;
  return field ? { field, desc } : null;
}

/** Clicking a header sorts by it ascending, and a second click reverses it. */
export function nextSort(current: string | null | undefined, field: string): string {
  const s = parseSort(current);
  return s && s.field === field && !s.desc ? `-${field}` : field;
}

export function ariaSort(
  current: string | null | undefined,
  field: string,
): 'ascending' | 'descending' | 'none' {
  const s = parseSort(current);
  if (!s || s.field !== field) return 'none';
  return s.desc ? 'descending' : 'ascending';
}

/** "1–50 of 146"; "0 of 0" for an empty result. */
export function rangeLabel(offset: number, shown: number, total: number): string {
  if (total === 0 || shown === 0) return `0 of ${total}`;
  return `${offset + 1}–${offset + shown} of ${total}`;
}

/** Maps the API's `details[].path` (e.g. `body.emails.0`) to the form field it names (`emails`). */
export function fieldErrors(error: ApiError | undefined | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of error?.details ?? []) {
    const field = d.path.replace(/^body\./, '').split(/[.[]/)[0] ?? d.path;
    if (!(field in out)) out[field] = d.message;
  }
  return out;
}

/** A non-negative whole number from a query parameter, else the fallback. */
export function intParam(value: string | null, fallback: number): number {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= 0 ? n : fallback;
}
