/**
 * Keys under which two records may be the same person. Conservative on purpose: accents, case,
 * punctuation and spacing are ignored; anything else (initials, order, titles) keeps names apart.
 */

const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'jr',
  'sr',
  'phd',
  'mba',
]);

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is the point
const ASCII = /^[\u0000-\u007f]*$/;

export function foldText(text: string): string {
  // Most names are plain ASCII: nothing to decompose or fold, only the case.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase();
}

/** `Zoë  Marchbanks-Fable` and `zoe marchbanks fable` share the key `zoe marchbanks fable`. */
export function nameKey(name: string): string {
  const words = foldText(name)
    .replace(/"[^"]*"/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !HONORIFICS.has(w));
  return words.join(' ');
}

/** Organisation names compare without legal suffixes: `Acme Ltd` and `ACME` are one. */
export function organizationKey(name: string): string {
  return foldText(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(
      /\b(ltd|limited|inc|llc|plc|gmbh|ag|sa|sas|s l|s a|bv|nv|ab|a s|as|co|corp|corporation|company|sp z o o)\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

export function emailKey(address: string): string {
  return address.trim().toLowerCase();
}

/** A LinkedIn (or other) profile address without scheme, `www.`, query or trailing slash. */
export function profileKey(url: string): string {
  let u = url.trim();
  try {
    u = decodeURIComponent(u);
  } catch {
    // a stray % stays
  }
  return u
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^(www\.|[a-z]{2}\.)(?=linkedin\.com)/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

/** Common short forms of first names, both ways. Used only to suggest duplicates, never to merge. */
const NICKNAMES: string[][] = [
  ['robert', 'rob', 'bob', 'bobby', 'robbie'],
  ['william', 'will', 'bill', 'billy', 'liam'],
  ['richard', 'rick', 'dick', 'rich'],
  ['james', 'jim', 'jimmy', 'jamie'],
  ['john', 'jack', 'johnny'],
  ['elizabeth', 'liz', 'beth', 'betty', 'eliza', 'lisa'],
  ['margaret', 'maggie', 'meg', 'peggy'],
  ['katherine', 'catherine', 'kate', 'kathy', 'cathy', 'katie'],
  ['michael', 'mike', 'mick'],
  ['christopher', 'chris'],
  ['christine', 'christina', 'chris', 'tina'],
  ['alexander', 'alex', 'sandy'],
  ['alexandra', 'alex', 'sandra'],
  ['anthony', 'tony'],
  ['thomas', 'tom', 'tommy'],
  ['joseph', 'joe', 'joey'],
  ['daniel', 'dan', 'danny'],
  ['david', 'dave'],
  ['edward', 'ed', 'eddie', 'ted', 'ned'],
  ['benjamin', 'ben'],
  ['samuel', 'sam'],
  ['samantha', 'sam'],
  ['nicholas', 'nick'],
  ['matthew', 'matt'],
  ['andrew', 'andy', 'drew'],
  ['stephen', 'steven', 'steve'],
  ['jennifer', 'jen', 'jenny'],
  ['patricia', 'pat', 'patty', 'trish'],
  ['susan', 'sue', 'suzy'],
  ['deborah', 'debbie', 'deb'],
  ['philippa', 'pippa', 'pip'],
  ['winifred', 'winnie'],
  ['bartholomew', 'bart'],
  ['theodora', 'theo', 'dora'],
  ['theodore', 'theo', 'ted'],
  ['francois', 'frank'],
  ['francis', 'frank'],
  ['frances', 'fran'],
  ['gwendolyn', 'gwen'],
  ['henry', 'harry', 'hank'],
  ['charles', 'charlie', 'chuck'],
  ['peter', 'pete'],
  ['jonathan', 'jon'],
  ['timothy', 'tim'],
  ['rebecca', 'becky', 'becca'],
  ['victoria', 'vicky', 'tori'],
];

const CANONICAL = new Map<string, string[]>();
for (const group of NICKNAMES) {
  for (const name of group) CANONICAL.set(name, [...(CANONICAL.get(name) ?? []), group[0]!]);
}

/** The formal first names a first name may stand for (itself included). */
export function firstNameForms(first: string): string[] {
  return [...new Set([first, ...(CANONICAL.get(first) ?? [])])];
}

/** A lower-case ASCII slug for readable ids (`Zoë Müller` -> `zoe-muller`), at most 40 characters. */
export function slug(text: string, fallback = 'item'): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || fallback
  );
}
