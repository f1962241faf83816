import type { Database as Sqlite } from 'better-sqlite3';
import type { InteractionTable } from '../core/analysis/interaction-table.js';
import type { Interaction } from '../core/model.js';
import type { Direction, Form, InteractionKind, Value } from '../core/vocabulary.js';
import { attendeesReader, keptPositions } from './attendance.js';
import { maxReadAdded } from './derived.js';
import { keptColumns } from './kept-records.js';
import { columnOf, recordAt } from './record-columns.js';
import { INTERACTIONS } from './tables.js';

/**
 * The interactions as the analysis reads them (core/analysis/interaction-table.ts), straight
 * from what was kept for revision `at` by column (kept-records.ts) and as attendance
 * (attendance.ts), plus the few rows added since: no record is built until one is asked for,
 * where reading them as records builds 300,000 of them at 50,000 people. Undefined when
 * either is not kept for `at`, or so many rows were added that they are worth keeping again
 * (the caller then reads records, and keeps them). `people` are the network's people ids in
 * table order, read in the same transaction.
 */
export function keptInteractionTable(
  sqlite: Sqlite,
  at: number,
  people: readonly string[],
): InteractionTable | undefined {
  const kept = keptColumns(sqlite, at, INTERACTIONS);
  if (!kept || kept.added.length > maxReadAdded(kept.columns.n)) return undefined;
  const { columns, added } = kept;
  const k = columns.n;
  const n = k + added.length;
  // The ids are read only where needed: the last kept one is at hand, the others are parsed.
  const id = columnOf(columns, 'id');
  const idAt = (i: number): string =>
    i >= k
      ? String(added[i - k]!.id)
      : i === k - 1
        ? columns.lastId!
        : (id.values()[id.codes[i]! - 1] as string);
  const attendance = keptPositions(sqlite, at, { count: n, idAt }, people);
  const covered = attendance ? attendance.offsets.length - 1 : 0;
  if (!attendance || n - covered > maxReadAdded(covered)) return undefined;

  // Dates as codes: the kept ones as they are, those of added rows appended to the distinct dates.
  const date = columnOf(columns, 'date');
  const dates = date.values() as string[];
  const dateCodes = new Uint32Array(n);
  for (let i = 0; i < k; i++) {
    if (date.codes[i] === 0) return undefined; // every interaction has a date
    dateCodes[i] = date.codes[i]! - 1;
  }
  if (added.length > 0) {
    const codeOf = new Map(dates.map((d, c) => [d, c]));
    for (let i = k; i < n; i++) {
      const d = String(added[i - k]!.date);
      let c = codeOf.get(d);
      if (c === undefined) {
        c = dates.push(d) - 1;
        codeOf.set(d, c);
      }
      dateCodes[i] = c;
    }
  }

  // Attendees: kept as positions among the people, read from the table after those.
  const { offsets, positions } = attendance;
  let attendeeStart = offsets;
  let attendees = positions;
  const strangers: string[] = [];
  if (covered < n) {
    const positionOf = new Map(people.map((p, i) => [p, i]));
    const strangerAt = new Map<string, number>();
    const read = attendeesReader(sqlite);
    const more: number[] = [];
    attendeeStart = new Uint32Array(n + 1);
    attendeeStart.set(offsets);
    for (let i = covered; i < n; i++) {
      for (const person of read(idAt(i))) {
        let at = positionOf.get(person) ?? strangerAt.get(person);
        if (at === undefined) {
          at = people.length + strangers.push(person) - 1;
          strangerAt.set(person, at);
        }
        more.push(at);
      }
      attendeeStart[i + 1] = positions.length + more.length;
    }
    attendees = new Uint32Array(positions.length + more.length);
    attendees.set(positions);
    attendees.set(more, positions.length);
  }

  const field = <T>(name: string): ((i: number) => T | undefined) => {
    const column = columnOf(columns, name);
    const { codes } = column;
    const values = column.values();
    return (i) =>
      i < k
        ? codes[i] === 0
          ? undefined
          : (values[codes[i]! - 1] as T)
        : (added[i - k]![name] as T | undefined);
  };
  const records = new Array<Interaction | undefined>(n);
  return {
    length: n,
    dateCodes,
    dates,
    attendeeStart,
    attendees,
    strangers,
    kind: field<InteractionKind>('kind'),
    minutes: field<number>('minutes'),
    forms: field<readonly Form[]>('forms'),
    direction: field<Direction>('direction'),
    value: field<readonly Value[]>('value'),
    record(i) {
      let record = records[i];
      if (record === undefined) {
        const fields = i < k ? recordAt(columns, i) : added[i - k]!;
        const who: string[] = [];
        for (let a = attendeeStart[i]!; a < attendeeStart[i + 1]!; a++) {
          const at = attendees[a]!;
          who.push(at < people.length ? people[at]! : strangers[at - people.length]!);
        }
        fields.people = who;
        record = fields as Interaction;
        records[i] = record;
      }
      return record;
    },
  };
}
