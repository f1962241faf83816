import { SURVEY } from '../../core/organisation/model.js';
import { type ErrorDetail, invalidInput } from '../../errors.js';
import { type CsvRow, readCsv } from '../formats/csv.js';
import { readCsvStream } from '../formats/csv-stream.js';
import { BATCH_ROWS } from './collaboration.js';
import type { CollaborationRead, CollaborationRow } from './records.js';
import { cell, periodStart, readHeader } from './table.js';

const COLUMNS = {
  respondent: ['respondent', 'respondent id', 'employee id', 'person', 'from', 'id'],
  date: ['date', 'survey date', 'answered', 'submitted'],
} as const;
/** Columns naming people the respondent goes to: "named 1", "advisor", "contact 3", "goes to"… */
const NAMED = ['named', 'name', 'advisor', 'adviser', 'contact', 'goes to', 'to', 'tie'];

/** Problems described in an error; the rest are counted. */
const MAX_DETAILS = 50;

/** The columns of a survey, from its header line: respondent, date and the people named. */
function surveyColumns(headerLine: string, surveyDate: string | undefined) {
  const h = readHeader(headerLine, 'survey', COLUMNS, ['respondent'], NAMED);
  const named = h.repeated.filter((i) => i !== h.at.respondent && i !== h.at.date);
  if (named.length === 0)
    throw invalidInput(
      'survey: no column of people named (a header such as "named 1", "advisor" or "contact")',
      [{ path: 'line 1', message: 'missing named columns' }],
    );
  if (h.at.date === -1 && !surveyDate)
    throw invalidInput('survey: the file has no date column, so give the date of the survey (--date)', [
      { path: '--date', message: 'required' },
    ]);
  return { ...h, named };
}

/** Checks a survey's rows one piece at a time, keeping the first problems found. */
function surveyRows(
  columns: ReturnType<typeof surveyColumns>,
  pseudonym: (id: string) => string,
  surveyDate: string | undefined,
) {
  const problems: ErrorDetail[] = [];
  let problemCount = 0;
  const problem = (path: string, message: string) => {
    if (problemCount++ < MAX_DETAILS) problems.push({ path, message });
  };
  return {
    get problemCount() {
      return problemCount;
    },
    take(piece: readonly CsvRow[], out: CollaborationRow[]): void {
      for (const row of piece) {
        const respondent = cell(row, columns.at.respondent);
        const date = cell(row, columns.at.date) || surveyDate || '';
        const day = periodStart(date);
        if (!respondent) problem(`line ${row.line}, respondent`, 'empty');
        if (!day) problem(`line ${row.line}, date`, `"${date}" is not a date`);
        if (!respondent || !day) continue;
        for (const i of columns.named) {
          const other = cell(row, i);
          if (!other || other.toLowerCase() === respondent.toLowerCase()) continue;
          out.push({
            a: pseudonym(respondent),
            b: pseudonym(other),
            day,
            channel: SURVEY,
            count: 1,
            minutes: 0,
          });
        }
      }
    },
    settle(): void {
      if (problemCount > 0)
        throw invalidInput(
          `survey: ${problemCount} invalid value${problemCount === 1 ? '' : 's'}, nothing imported (first: ${problems[0]!.path}: ${problems[0]!.message})`,
          problems,
        );
    },
  };
}

/**
 * A network survey ("whom do you go to for advice?"): one row per respondent with the people
 * they name, or one row per named person. Each naming is a tie whatever the meetings say.
 */
export function readSurvey(
  text: string,
  pseudonym: (id: string) => string,
  surveyDate?: string,
): CollaborationRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const end = body.search(/\r|\n/);
  const columns = surveyColumns(end === -1 ? body : body.slice(0, end), surveyDate);
  const check = surveyRows(columns, pseudonym, surveyDate);
  const rows: CollaborationRow[] = [];
  check.take(readCsv(text, 2, columns.delimiter), rows);
  check.settle();
  return { rows, time: [], skipped: [] };
}

/** The same survey read as it arrives, in batches; a bad row anywhere throws at the end (see `readCollaborationStream`). */
export async function* readSurveyStream(
  chunks: AsyncIterable<string>,
  pseudonym: (id: string) => string,
  surveyDate?: string,
  batchRows = BATCH_ROWS,
): AsyncGenerator<CollaborationRead> {
  let check: ReturnType<typeof surveyRows> | undefined;
  let rows: CollaborationRow[] = [];
  const pieces = readCsvStream(chunks, (line) => {
    const columns = surveyColumns(line, surveyDate);
    check = surveyRows(columns, pseudonym, surveyDate);
    return columns.delimiter;
  });
  for await (const piece of pieces) {
    check!.take(piece, rows);
    if (check!.problemCount > 0) rows = [];
    if (rows.length >= batchRows) {
      yield { rows, time: [], skipped: [] };
      rows = [];
    }
  }
  check!.settle();
  if (rows.length > 0) yield { rows, time: [], skipped: [] };
}
