import { invalidInput } from '../../errors.js';
import { FragmentBuilder } from './builder.js';
import { guessDelimiter, lines, readCsv } from './csv.js';
import { parseExportDate } from './dates.js';
import { clean, clip, email } from './text.js';
import { newResult, type ParseResult } from './types.js';

const HEADER_RE = /^\uFEFF?"?First Name"?\s*[,;\t]/i;

/** The line (0-based) holding the column names: after the `Notes:` preamble when there is one. */
export function linkedinHeaderIndex(text: string): number {
  const all = lines(text.slice(0, 8192));
  return all.findIndex((l) => HEADER_RE.test(l) && /connected on/i.test(l));
}

/** A LinkedIn profile address in one spelling, so two exports of the same profile compare equal. */
export function normaliseProfileUrl(url: string): string | undefined {
  const m = /linkedin\.com\/in\/([^/?#\s]+)/i.exec(url);
  if (!m) return undefined;
  let handle = m[1]!;
  try {
    handle = decodeURIComponent(handle);
  } catch {
    // a stray % stays as written
  }
  return `https://www.linkedin.com/in/${encodeURIComponent(handle.toLowerCase())}`;
}

/**
 * LinkedIn `Connections.csv`, in each layout LinkedIn has used: with or without the `Notes:`
 * preamble and the URL column, as re-saved by Excel (`;`, CRLF, Windows-1252, `9-Sep-22`).
 */
export function parseLinkedin(text: string, progress?: (done: number, total: number) => void): ParseResult {
  const result = newResult('linkedin');
  const headerIndex = linkedinHeaderIndex(text);
  if (headerIndex < 0)
    throw invalidInput('not a LinkedIn Connections.csv: no "First Name ... Connected On" header');
  // The header is within the first 8 KB (linkedinHeaderIndex looked there): no need to split it all.
  const headerLine = lines(text.slice(0, 16_384))[headerIndex]!;
  const rows = readCsv(text, headerIndex + 1, guessDelimiter(headerLine));
  const header = (rows.shift()?.cells ?? []).map((h) => clean(h).toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const c = {
    first: col('first name'),
    last: col('last name'),
    url: col('url'),
    email: col('email address'),
    company: col('company'),
    position: col('position'),
    connected: col('connected on'),
  };
  const b = new FragmentBuilder(result.fragment);
  for (let r = 0; r < rows.length; r++) {
    if (progress && r % 500 === 0) progress(r, rows.length);
    const { line, cells } = rows[r]!;
    const record = `line ${line}`;
    if (cells.length !== header.length) {
      result.problems.push({ record, reason: `expected ${header.length} fields, found ${cells.length}` });
      continue;
    }
    const get = (i: number) => (i >= 0 ? clean(cells[i]) : '');
    const name = clip(clean(`${get(c.first)} ${get(c.last)}`));
    const connected = get(c.connected);
    const since = connected ? parseExportDate(connected) : undefined;
    if (!name) {
      // Real exports list connections whose profiles are hidden with nothing but the date.
      if (cells.every((v, i) => i === c.connected || clean(v) === '')) {
        result.skipped.push({ record, reason: 'connection without a visible name (hidden profile)' });
      } else result.problems.push({ record, reason: 'no first or last name' });
      continue;
    }
    if (connected && !since) {
      result.problems.push({ record, reason: `"${connected}" is not a date` });
      continue;
    }
    const url = get(c.url);
    const profileUrl = url ? normaliseProfileUrl(url) : undefined;
    const address = email(get(c.email));
    const organization = b.organization(get(c.company));
    const person = b.person({
      name,
      emails: address ? [address] : undefined,
      organization,
      title: clip(get(c.position)) || undefined,
      profileUrl,
    } as Parameters<FragmentBuilder['person']>[0]);
    result.fragment.relationships.push(since ? { person: person.id, since } : { person: person.id });
  }
  progress?.(rows.length, rows.length);
  return result;
}
