import type { Network, Person } from '../../core/model.js';

/** vCard 4.0 text escaping (RFC 6350 3.4). */
function esc(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\n|\r/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 6350 3.2). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function card(p: Person, orgName: Map<string, string>): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${esc(p.name)}`];
  const words = p.name.trim().split(/\s+/);
  const family = words.length > 1 ? words[words.length - 1]! : '';
  const given = words.length > 1 ? words.slice(0, -1).join(' ') : (words[0] ?? '');
  lines.push(`N:${esc(family)};${esc(given)};;;`);
  const org = p.organization ? (orgName.get(p.organization) ?? p.organization) : undefined;
  if (org) lines.push(`ORG:${esc(org)}${p.unit ? `;${esc(p.unit)}` : ''}`);
  if (p.title) lines.push(`TITLE:${esc(p.title)}`);
  p.emails?.forEach((e, i) => lines.push(`EMAIL${i === 0 ? ';PREF=1' : ''}:${esc(e)}`));
  for (const t of p.phones ?? []) lines.push(`TEL;VALUE=text:${esc(t)}`);
  const url = (p as { profileUrl?: unknown }).profileUrl;
  if (typeof url === 'string') lines.push(`URL:${esc(url)}`);
  if (p.tags?.length) lines.push(`CATEGORIES:${p.tags.map(esc).join(',')}`);
  if (p.notes) lines.push(`NOTE:${esc(p.notes)}`);
  lines.push(`UID:urn:threefold:${esc(p.id)}`, 'END:VCARD');
  return lines.map(fold).join('\r\n');
}

/** Every person as a vCard 4.0 (CRLF, folded), readable by phones and mail clients. */
export function exportVcard(doc: Network): string {
  const orgName = new Map((doc.organizations ?? []).map((o) => [o.id, o.name]));
  return doc.people.map((p) => `${card(p, orgName)}\r\n`).join('');
}
