import { invalidInput } from '../../errors.js';
import { distinct, FragmentBuilder } from './builder.js';
import { type ContactField, contactFieldOf } from './contacts-csv-headers.js';
import { guessDelimiter, lines, readCsv } from './csv.js';
import { clean, clip, email } from './text.js';
import { newResult, type ParseResult } from './types.js';

/**
 * `google` is Google Contacts' layout; `outlook` every other address book that names its
 * columns (Outlook in any language, Thunderbird, Roundcube, Atmail).
 */
export type ContactsCsvFlavour = 'google' | 'outlook';

/** Which address-book CSV a header line belongs to, if any. */
export function contactsCsvFlavour(headerLine: string): ContactsCsvFlavour | undefined {
  const h = headerLine.toLowerCase();
  if (/e-mail 1 - (value|type)/.test(h)) return 'google';
  const fields = new Set(headerLine.split(guessDelimiter(headerLine)).map((cell) => contactFieldOf(cell)));
  // An e-mail column is enough (Thunderbird's "Primary Email" alone, Outlook's e-mail columns);
  // without one, a name and something else a contact has.
  if (fields.has('email')) return 'outlook';
  const named = fields.has('name') || fields.has('given') || fields.has('family');
  if (named && (fields.has('phone') || fields.has('company') || fields.has('nickname'))) return 'outlook';
  return undefined;
}

// Google puts several values in one cell, separated by " ::: ".
const splitMulti = (v: string) => v.split(/\s*:::\s*/);

/**
 * Address-book CSV: Google Contacts (the current "First Name ... E-mail 1 - Value" header and
 * the legacy "Name, Given Name ... Organization 1 - Name" one), Outlook's "E-mail Address ...
 * Job Title" in the languages it writes, Thunderbird's "Primary Email", Roundcube's "Email Home".
 */
export function parseContactsCsv(
  text: string,
  flavour?: ContactsCsvFlavour,
  progress?: (done: number, total: number) => void,
): ParseResult {
  const headerLine = lines(text.slice(0, 65536))[0] ?? '';
  const kind = flavour ?? contactsCsvFlavour(headerLine);
  if (!kind)
    throw invalidInput('not an address-book CSV (Google, Outlook, Thunderbird, Roundcube): unknown header');
  const result = newResult(kind);
  const rows = readCsv(text, 1, guessDelimiter(headerLine));
  const header = rows.shift()?.cells ?? [];
  const columns = new Map<ContactField, number[]>();
  header.forEach((h, i) => {
    const field = contactFieldOf(h);
    if (field) columns.set(field, [...(columns.get(field) ?? []), i]);
  });
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
    /** The first non-empty column of a field (Italian Outlook has "Società" and "Società di lavoro"). */
    const get = (field: ContactField) => {
      for (const i of columns.get(field) ?? []) {
        const v = clean(cells[i]);
        if (v) return v;
      }
      return '';
    };
    const values = (field: ContactField) =>
      (columns.get(field) ?? []).flatMap((i) => splitMulti(cells[i] ?? ''));
    const company = get('company');
    const emails = distinct(values('email').map(email));
    const phones = distinct(values('phone').filter((v) => /\d/.test(v)));
    const tags = distinct(
      (kind === 'google' ? values('groups') : values('groups').flatMap((v) => v.split(';')))
        // Google marks every contact with system groups such as "* myContacts".
        .filter((t) => !t.trim().startsWith('*')),
    );
    // The name the address book shows (Google's "Name", Thunderbird's "Display Name") first,
    // as Roundcube takes it; else the name's parts.
    let name = get('name') || clean(`${get('given')} ${get('middle')} ${get('family')}`) || get('nickname');
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
      title: clip(get('title')) || undefined,
      unit: clip(get('department')) || undefined,
      notes: notes ? notes.slice(0, 20_000) : undefined,
      tags,
    });
    result.fragment.relationships.push({ person: person.id });
  }
  progress?.(rows.length, rows.length);
  return result;
}
