const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function fullYear(y: number): number {
  // Two-digit years in exports are this century: LinkedIn started in 2003.
  return y < 100 ? 2000 + y : y;
}

function valid(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2999) return undefined;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * A date as the exports write it, to YYYY-MM-DD: `18 Nov 2024`, `9-Sep-22`, `1/8/18, 6:14 PM`
 * (US month first, as LinkedIn wrote it), `2024-11-18`. Undefined when it is none of these.
 */
export function parseExportDate(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*\.?[ -](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    return month ? valid(fullYear(Number(m[3])), month, Number(m[1])) : undefined;
  }
  m = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return month ? valid(Number(m[3]), month, Number(m[2])) : undefined;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,? .*)?$/.exec(t);
  if (m) return valid(fullYear(Number(m[3])), Number(m[1]), Number(m[2]));
  return undefined;
}
