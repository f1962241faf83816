// Display helpers shared by pages. Everything here returns plain strings: React escapes them.

export const FORMS = ['operational', 'personal', 'strategic'] as const;
export type Form = (typeof FORMS)[number];

export const FORM_LABEL: Record<string, string> = {
  operational: 'Operational',
  personal: 'Personal',
  strategic: 'Strategic',
};

/** One colour per form, shared by the map, charts and badges (checked for contrast on white). */
export const FORM_COLOR: Record<string, string> = {
  operational: '#1d4ed8',
  personal: '#047857',
  strategic: '#b45309',
  none: '#6b7280',
};

export function fmtNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (Number.isInteger(value)) return value.toLocaleString('en');
  return value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function fmtPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return `${Math.round(value * 100)}%`;
}

/** A day, one way on every page and in the coach's words: "4 Dec 2026" (core/day-words.ts). */
export { dayWords as fmtDate } from '../../../src/core/day-words.js';

export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export {
  routeWords as fmtRoute,
  STRENGTH_WORDS,
  strengthWords as fmtStrength,
} from '../../../src/core/strength-words.js';

/**
 * A cluster of the network as every page names it: by what its members share (the analysis names
 * them, core/analysis/cluster-names.ts), else by its number counted from 1.
 */
export function fmtCluster(index: number | null | undefined, names: readonly string[] = []): string {
  if (index === null || index === undefined || index < 0) return 'No cluster';
  return names[index] ?? `Cluster ${index + 1}`;
}
