import type { RosterEntry } from '../../core/organisation/model.js';
import { type ErrorDetail, invalidInput } from '../../errors.js';
import { cell, periodStart, readTable } from './table.js';

const COLUMNS = {
  id: ['id', 'employee id', 'employee number', 'person id', 'worker id', 'personnel number'],
  unit: ['unit', 'department', 'org unit', 'organisation unit', 'organization unit', 'team', 'division'],
  function: ['function', 'job function', 'job family', 'discipline'],
  level: ['level', 'grade', 'band', 'job level', 'career level'],
  location: ['location', 'site', 'office', 'work location', 'country'],
  manager: ['manager', 'manager id', 'manager employee id', 'reports to', 'supervisor id', 'line manager'],
  startDate: ['start date', 'hire date', 'date of hire', 'joined', 'start'],
  email: ['email', 'e-mail', 'work email', 'email address', 'mail'],
} as const;

export interface RosterRead {
  entries: RosterEntry[];
  /** Pseudonym of an address (or of the id itself) -> pseudonym of the person, to match calendars. */
  aliases: Array<[string, string]>;
}

/**
 * An HR roster (one row per employee). Ids, managers and addresses are pseudonymised as they are
 * read; a file with any invalid row is refused whole, each problem named by line and column.
 */
export function readRoster(text: string, pseudonym: (id: string) => string): RosterRead {
  const table = readTable(text, 'roster', COLUMNS, ['id', 'unit']);
  const problems: ErrorDetail[] = [];
  const seen = new Map<string, number>();
  const entries: RosterEntry[] = [];
  const aliases: Array<[string, string]> = [];
  for (const row of table.rows) {
    const at = (column: keyof typeof COLUMNS) => cell(row, table.at[column]);
    const problem = (column: string, message: string) =>
      problems.push({ path: `line ${row.line}, ${column}`, message });
    const rawId = at('id');
    if (!rawId) {
      problem('id', 'empty');
      continue;
    }
    const id = pseudonym(rawId);
    if (seen.has(id)) {
      problem('id', `"${rawId}" is already on line ${seen.get(id)}`);
      continue;
    }
    seen.set(id, row.line);
    const unit = at('unit');
    if (!unit) problem('unit', 'empty');
    const start = at('startDate');
    const startDate = start ? periodStart(start) : null;
    if (start && !startDate) problem('start date', `"${start}" is not a date (YYYY-MM-DD)`);
    const manager = at('manager');
    entries.push({
      id,
      unit,
      function: at('function'),
      level: at('level'),
      location: at('location'),
      manager: manager ? pseudonym(manager) : null,
      startDate: startDate ?? null,
    });
    aliases.push([id, id]);
    const email = at('email');
    if (email) aliases.push([pseudonym(email), id]);
  }
  if (problems.length > 0)
    throw invalidInput(
      `roster: ${problems.length} invalid row${problems.length === 1 ? '' : 's'}, nothing imported (first: ${problems[0]!.path}: ${problems[0]!.message})`,
      problems.slice(0, 50),
    );
  if (entries.length === 0)
    throw invalidInput('roster: no employees in the file', [{ path: 'line 2', message: 'no rows' }]);
  return { entries, aliases };
}
