import { SURVEY } from '../../core/organisation/model.js';
import { type ErrorDetail, invalidInput } from '../../errors.js';
import type { CollaborationRead, CollaborationRow } from './records.js';
import { cell, periodStart, readTable } from './table.js';

const COLUMNS = {
  respondent: ['respondent', 'respondent id', 'employee id', 'person', 'from', 'id'],
  date: ['date', 'survey date', 'answered', 'submitted'],
} as const;
/** Columns naming people the respondent goes to: "named 1", "advisor", "contact 3", "goes to"… */
const NAMED = ['named', 'name', 'advisor', 'adviser', 'contact', 'goes to', 'to', 'tie'];

/**
 * A network survey ("whom do you go to for advice?"): one row per respondent with the people
 * they name, or one row per named person. Each naming is a tie whatever the meetings say.
 */
export function readSurvey(
  text: string,
  pseudonym: (id: string) => string,
  surveyDate?: string,
): CollaborationRead {
  const table = readTable(text, 'survey', COLUMNS, ['respondent'], NAMED);
  const named = table.repeated.filter((i) => i !== table.at.respondent && i !== table.at.date);
  if (named.length === 0)
    throw invalidInput(
      'survey: no column of people named (a header such as "named 1", "advisor" or "contact")',
      [{ path: 'line 1', message: 'missing named columns' }],
    );
  if (table.at.date === -1 && !surveyDate)
    throw invalidInput('survey: the file has no date column, so give the date of the survey (--date)', [
      { path: '--date', message: 'required' },
    ]);
  const problems: ErrorDetail[] = [];
  const rows: CollaborationRow[] = [];
  for (const row of table.rows) {
    const respondent = cell(row, table.at.respondent);
    const date = cell(row, table.at.date) || surveyDate || '';
    const day = periodStart(date);
    if (!respondent) problems.push({ path: `line ${row.line}, respondent`, message: 'empty' });
    if (!day) problems.push({ path: `line ${row.line}, date`, message: `"${date}" is not a date` });
    if (!respondent || !day) continue;
    for (const i of named) {
      const other = cell(row, i);
      if (!other || other.toLowerCase() === respondent.toLowerCase()) continue;
      rows.push({
        a: pseudonym(respondent),
        b: pseudonym(other),
        day,
        channel: SURVEY,
        count: 1,
        minutes: 0,
      });
    }
  }
  if (problems.length > 0)
    throw invalidInput(
      `survey: ${problems.length} invalid value${problems.length === 1 ? '' : 's'}, nothing imported`,
      problems.slice(0, 50),
    );
  return { rows, time: [], skipped: [] };
}
