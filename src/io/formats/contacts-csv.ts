import { invalidInput } from '../../errors.js';
import { distinct, FragmentBuilder } from './builder.js';
import { guessDelimiter, lines, readCsv } from './csv.js';
import { clean, clip, email } from './text.js';
import { newResult, type ParseResult } from './types.js';

export type ContactsCsvFlavour = 'google' | 'outlook';

/** Which address-book CSV a header line belongs to, if any. */
export function contactsCsvFlavour(headerLine: string): ContactsCsvFlavour | undefined {
  const h = headerLine.toLowerCase();
  if (/e-mail 1 - value/.test(h)) return 'google';
  if (/e-mail address/.test(h) && /(first name|last name|company|job title)/.test(h)) return 'outlook';
  // Outlook's export of e-mail columns only, and Thunderbird's (also what Roundcube reads).
  if (/(^|[,;\t]|")e-mail( \d)? address("|[,;\t]|$)/.test(h) && /(display name|e-mail 2 address)/.test(h))
    return 'outlook';
  if (/primary email/.test(h) && /(display name|first name|last name)/.test(h)) return 'outlook';
  return undefined;
}

// Google puts several values in one cell, separated by " ::: ".
const splitMulti = (v: string) => v.split(/\s*:::\s*/);

/**
 * Google Contacts CSV (the current "First Name ... E-mail 1 - Value" header and the legacy
 * "Name, Given Name ... Organization 1 - Name" one) and Outlook's "E-mail Address ... Job Title".
 */
export function parseContactsCsv(
  text: string,
  flavour?: ContactsCsvFlavour,
  progress?: (done: number, total: number) => void,
): ParseResult {
  const headerLine = lines(text.slice(0, 65536))[0] ?? '';
  const kind = flavour ?? contactsCsvFlavour(headerLine);
  if (!kind) throw invalidInput('not a Google or Outlook contacts CSV: unknown header');
  const result = newResult(kind);
  const rows = readCsv(text, 1, guessDelimiter(headerLine));
  const header = (rows.shift()?.cells ?? []).map((h) => clean(h).toLowerCase());
  const index = new Map(header.map((h, i) => [h, i]));
  const matching = (re: RegExp) => header.flatMap((h, i) => (re.test(h) ? [i] : []));
  const b = new FragmentBuilder(result.fragment);
  for (let r = 0; r < rows.length; r++) {
    if (progress && r % 500 === 0) progress(r, rows.length);
    const { line, cells } = rows[r]!;
    const record = `line ${line}`;
    // Outlook leaves out the empty fields at the end of a row; Thunderbird ends every line
    // with a comma. Missing trailing fields are empty; extra ones must be empty too.
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
      result.problems.push({ record, reason: `expected ${header.length} fields, found ${cells.length}` });
      continue;
    }
    const get = (name: string) => {
      const i = index.get(name);
      return i === undefined ? '' : clean(cells[i]);
    };
    const values = (re: RegExp) => matching(re).flatMap((i) => splitMulti(cells[i] ?? ''));
    const given = get('first name') || get('given name');
    const middle = get('middle name') || get('additional name');
    const family = get('last name') || get('family name');
    const company =
      get('organization name') || get('organization 1 - name') || get('company') || get('organization');
    const title = get('organization title') || get('organization 1 - title') || get('job title');
    const emails = distinct(
      values(/^(e-mail( \d+)?( - value| address)|(primary|secondary) email)$/).map(email),
    );
    const phones = distinct(
      values(kind === 'google' ? /^phone \d+ - value$/ : /(phone( \d)?|mobile number)$/).filter((v) =>
        /\d/.test(v),
      ),
    );
    const tags = distinct(
      (kind === 'google'
        ? values(/^(labels|group membership)$/)
        : values(/^categories$/).flatMap((v) => v.split(';'))
      )
        // Google marks every contact with system groups such as "* myContacts".
        .filter((t) => !t.trim().startsWith('*')),
    );
    let name = get('name') || clean(`${given} ${middle} ${family}`) || get('display name') || get('nickname');
    name ||= company || emails[0] || phones[0] || '';
    if (!name) {
      if (cells.every((c) => clean(c) === '')) continue;
      result.skipped.push({ record, reason: 'names nobody: no name, organisation, e-mail or phone' });
      continue;
    }
    const notes = get('notes');
    const person = b.person({
      name: clip(name),
      emails,
      phones: phones.map((p) => clip(p)),
      organization: b.organization(company),
      title: clip(title) || undefined,
      unit:
        clip(get('organization department') || get('organization 1 - department') || get('department')) ||
        undefined,
      notes: notes ? notes.slice(0, 20_000) : undefined,
      tags,
    });
    result.fragment.relationships.push({ person: person.id });
  }
  progress?.(rows.length, rows.length);
  return result;
}
