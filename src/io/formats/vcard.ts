import { distinct, FragmentBuilder } from './builder.js';
import {
  type ContentLine,
  contentLines,
  decodeQuotedPrintable,
  splitEscaped,
  unescapeText,
} from './content-lines.js';
import { normaliseProfileUrl } from './linkedin.js';
import { clean, clip, email } from './text.js';
import { newResult, type ParseResult } from './types.js';

const NOTES_MAX = 20_000;

/** The text of a property: quoted-printable decoded (vCard 2.1), escapes kept for the caller. */
function raw(prop: ContentLine): string {
  if (prop.flags.has('QUOTED-PRINTABLE')) {
    return decodeQuotedPrintable(prop.value, prop.params.get('CHARSET')?.[0]?.toLowerCase());
  }
  return prop.value;
}

const text = (prop: ContentLine) => clean(unescapeText(raw(prop)));
const parts = (prop: ContentLine) => splitEscaped(raw(prop), ';').map((p) => clean(unescapeText(p)));

function phone(prop: ContentLine): string | undefined {
  const v = text(prop).replace(/^tel:/i, '');
  return /\d/.test(v) ? clip(v) : undefined;
}

/**
 * vCard 2.1, 3.0 and 4.0 as phones and mail clients write them: one person per card with
 * name, organisation, title, e-mails, phones, notes and categories (as tags). Photos, addresses
 * and Apple's `itemN.X-ABLabel` decorations are left out.
 */
export function parseVcard(input: string, progress?: (done: number, total: number) => void): ParseResult {
  const result = newResult('vcard');
  const b = new FragmentBuilder(result.fragment);
  let card: ContentLine[] | undefined;
  let cardStart = 0;
  let count = 0;
  // The number of cards, for progress only: counted cheaply before reading them.
  const total = progress ? (input.match(/^BEGIN:VCARD/gim)?.length ?? 0) : 0;
  for (const prop of contentLines(input)) {
    if (prop.name === 'BEGIN' && /^vcard$/i.test(prop.value.trim())) {
      if (card)
        result.problems.push({ record: `vCard ${count} (line ${cardStart})`, reason: 'no END:VCARD' });
      card = [];
      cardStart = prop.line;
      count++;
      continue;
    }
    if (prop.name === 'END' && /^vcard$/i.test(prop.value.trim())) {
      if (card) addCard(b, card, `vCard ${count} (line ${cardStart})`, result);
      card = undefined;
      if (progress && count % 500 === 0) progress(count, total);
      continue;
    }
    card?.push(prop);
  }
  if (card) result.problems.push({ record: `vCard ${count} (line ${cardStart})`, reason: 'no END:VCARD' });
  progress?.(total, total);
  return result;
}

function addCard(b: FragmentBuilder, props: ContentLine[], record: string, result: ParseResult): void {
  const all = (name: string) => props.filter((p) => p.name === name);
  const first = (name: string) => all(name)[0];
  const emails = distinct(all('EMAIL').map((p) => email(text(p))));
  const phones = distinct(all('TEL').map(phone));
  const fn = first('FN');
  const n = first('N');
  const org = first('ORG');
  const orgName = org ? (parts(org)[0] ?? '') : '';
  let name = fn ? text(fn) : '';
  if (!name && n) {
    const [family = '', given = '', additional = '', prefix = '', suffix = ''] = parts(n);
    name = clean([prefix, given, additional, family, suffix].join(' '));
  }
  // A card with nothing but an address or number still names someone the owner knows.
  name ||= orgName || emails[0] || phones[0] || '';
  if (!name) {
    // Phones export empty cards (a photo and nothing else): nobody to import, nothing broken.
    result.skipped.push({ record, reason: 'names nobody: no name, organisation, e-mail or phone' });
    return;
  }
  const notes = all('NOTE')
    .map((p) => unescapeText(raw(p)).trim())
    .filter(Boolean)
    .join('\n\n');
  const tags = distinct(all('CATEGORIES').flatMap((p) => splitEscaped(raw(p), ',').map(unescapeText)));
  const title = first('TITLE');
  // Our own export names the person's id (`UID:urn:threefold:p:ann`): a re-import matches on it
  // when the name agrees too, so people with no e-mail come back as themselves.
  const uid = first('UID');
  const ref = uid ? /^urn:threefold:(.+)$/.exec(text(uid))?.[1] : undefined;
  const profileUrl = all('URL')
    .map((p) => normaliseProfileUrl(text(p)))
    .find(Boolean);
  const person = b.person({
    name: clip(name),
    emails,
    phones,
    organization: b.organization(orgName),
    title: title ? clip(text(title)) || undefined : undefined,
    notes: notes ? notes.slice(0, NOTES_MAX) : undefined,
    tags,
    ...(profileUrl ? { profileUrl } : {}),
    ...(ref ? { ref } : {}),
  } as Parameters<FragmentBuilder['person']>[0]);
  result.fragment.relationships.push({ person: person.id });
}
