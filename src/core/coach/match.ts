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

/**
 * The words of each text seen, and their set: the coach matches the same few offers, needs and
 * interests against one another hundreds of thousands of times at 200,000 people, and the
 * words of a text never change (a memo, so the results are what computing them gives).
 * Bounded: emptied when it holds too many texts.
 */
const wordsOf = new Map<string, { list: readonly string[]; set: ReadonlySet<string> }>();
const MEMO_TEXTS = 100_000;

function words(text: string): { list: readonly string[]; set: ReadonlySet<string> } {
  let known = wordsOf.get(text);
  if (!known) {
    const list = [
      ...new Set(
        text
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase()
          .split(/[^a-z0-9]+/)
          .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
          .map(stem),
      ),
    ];
    known = { list, set: new Set(list) };
    if (wordsOf.size >= MEMO_TEXTS) wordsOf.clear();
    wordsOf.set(text, known);
  }
  return known;
}

export function tokens(text: string): readonly string[] {
  return words(text).list;
}

/** Overlap coefficient of two phrases' word sets, in [0, 1]. */
export function similarity(a: string, b: string): number {
  const ta = words(a).list;
  const tb = words(b).set;
  if (ta.length === 0 || tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / Math.min(ta.length, tb.size);
}

export const MATCH_THRESHOLD = 2 / 3;

export function matches(a: string, b: string): boolean {
  return similarity(a, b) >= MATCH_THRESHOLD;
}
