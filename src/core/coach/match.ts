/**
 * Matching what one person needs with what another offers, across different wording:
 * "supply-chain advice" meets "advice on supply chains". Text is folded (case, accents,
 * punctuation), stop words dropped, words lightly stemmed, and two phrases match when most of
 * the shorter one's words appear in the other (overlap coefficient >= 2/3).
 */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'on',
  'in',
  'for',
  'to',
  'with',
  'about',
  'at',
  'by',
  'from',
  'into',
  'our',
  'your',
  'my',
  'their',
  'some',
  'any',
  'how',
  'what',
  'new',
  'help',
  'looking',
  'need',
  'needs',
  'someone',
  'who',
]);

export function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && /(ches|shes|xes|zes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function tokens(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map(stem);
  return [...new Set(words)];
}

/** Overlap coefficient of two phrases' word sets, in [0, 1]. */
export function similarity(a: string, b: string): number {
  const ta = tokens(a);
  const tb = new Set(tokens(b));
  if (ta.length === 0 || tb.size === 0) return 0;
  const shared = ta.filter((t) => tb.has(t)).length;
  return shared / Math.min(ta.length, tb.size);
}

export const MATCH_THRESHOLD = 2 / 3;

export function matches(a: string, b: string): boolean {
  return similarity(a, b) >= MATCH_THRESHOLD;
}
