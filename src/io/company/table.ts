import { invalidInput } from '../../errors.js';
import { type CsvRow, guessDelimiter, readCsv } from '../formats/csv.js';

/** A header reduced to letters and digits: "Employee ID", "employee_id" and "employeeId" are one. */
const norm = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface Table<Column extends string> {
  rows: CsvRow[];
  /** Position of each column found, or -1. */
  at: Record<Column, number>;
  /** Columns whose header starts with one of `repeated` (survey files name several people per row). */
  repeated: number[];
}

export interface TableHeader<Column extends string> {
  delimiter: string;
  /** Position of each column found, or -1. */
  at: Record<Column, number>;
  /** Columns whose header starts with one of `repeated` (survey files name several people per row). */
  repeated: number[];
}

/**
 * The columns of a CSV file whose columns are known by several names (HR systems and exports
 * name them differently), from its header line; the required ones must be there, and the error
 * says which names are accepted.
 */
export function readHeader<Column extends string>(
  headerLine: string,
  what: string,
  names: Record<Column, readonly string[]>,
  required: readonly NoInfer<Column>[],
  repeated: readonly string[] = [],
): TableHeader<Column> {
  const delimiter = guessDelimiter(headerLine);
  const header = readCsv(headerLine, 1, delimiter)[0]?.cells.map(norm) ?? [];
  const at = {} as Record<Column, number>;
  for (const column of Object.keys(names) as Column[])
    at[column] = header.findIndex((h) => names[column].map(norm).includes(h));
  for (const column of required)
    if (at[column] === -1)
      throw invalidInput(
        `${what}: no ${column} column (a header named ${names[column].map((n) => `"${n}"`).join(' or ')})`,
        [{ path: 'line 1', message: `missing column ${column}` }],
      );
  const repeatedAt = header.flatMap((h, i) => (repeated.some((r) => h.startsWith(norm(r))) ? [i] : []));
  return { delimiter, at, repeated: repeatedAt };
}

/** A whole CSV file read as a table (see `readHeader`). */
export function readTable<Column extends string>(
  text: string,
  what: string,
  names: Record<Column, readonly string[]>,
  required: readonly NoInfer<Column>[],
  repeated: readonly string[] = [],
): Table<Column> {
  // The header alone: the file may hold a million rows after it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const end = body.search(/\r|\n/);
  const header = readHeader(end === -1 ? body : body.slice(0, end), what, names, required, repeated);
  return { rows: readCsv(text, 2, header.delimiter), at: header.at, repeated: header.repeated };
}

export const cell = (row: CsvRow, at: number): string => (at < 0 ? '' : (row.cells[at] ?? '').trim());

/** YYYY-MM-DD, YYYY-MM (its first day) or YYYY-Www (the Monday of that ISO week), as YYYY-MM-DD. */
export function periodStart(value: string): string | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(value);
  if (m) return validDate(`${m[1]}-${m[2]}-${m[3]}`);
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return validDate(`${m[1]}-${m[2]}-01`);
  m = /^(\d{4})-?W(\d{2})$/i.exec(value);
  if (m) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    if (week < 1 || week > 53) return undefined;
    const jan4 = Date.UTC(year, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    return new Date(monday + (week - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
  }
  return undefined;
}

function validDate(date: string): string | undefined {
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date ? undefined : date;
}
