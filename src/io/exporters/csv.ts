import type { Network } from '../../core/model.js';

/**
 * A cell a spreadsheet will not run: text starting with = + - @ tab or CR gets a leading quote
 * (OWASP's advice against CSV injection), then the usual CSV quoting.
 */
export function csvCell(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export const PEOPLE_COLUMNS = [
  'id',
  'name',
  'emails',
  'phones',
  'organization',
  'unit',
  'title',
  'sector',
  'region',
  'forms',
  'strength',
  'since',
  'tags',
  'notes',
] as const;

/** People, one a row, with their relationship to the owner; lists joined with `; `. */
export function exportPeopleCsv(doc: Network): string {
  const orgName = new Map((doc.organizations ?? []).map((o) => [o.id, o.name]));
  const rel = new Map((doc.relationships ?? []).map((r) => [r.person, r]));
  const rows = [PEOPLE_COLUMNS.join(',')];
  for (const p of doc.people) {
    const r = rel.get(p.id);
    const cells: Record<(typeof PEOPLE_COLUMNS)[number], unknown> = {
      id: p.id,
      name: p.name,
      emails: p.emails?.join('; '),
      phones: p.phones?.join('; '),
      organization: p.organization ? (orgName.get(p.organization) ?? p.organization) : '',
      unit: p.unit,
      title: p.title,
      sector: p.sector,
      region: p.region,
      forms: r?.forms?.join('; '),
      strength: r?.strength,
      since: r?.since,
      tags: p.tags?.join('; '),
      notes: p.notes,
    };
    rows.push(PEOPLE_COLUMNS.map((c) => csvCell(cells[c])).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
