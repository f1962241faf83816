import type { Interaction } from '../model.js';
import type { Direction, Form, InteractionKind, Value } from '../vocabulary.js';

/**
 * The interactions as the analysis reads them, by number (their order in the network): the
 * passes over every interaction read a few fields of each, so those come by column, and a
 * whole record is built only for the interactions someone looks at (a contact's history).
 * A store that keeps interactions by column answers from those columns, without building
 * hundreds of thousands of records; `tableFromRecords` answers from records in hand.
 */
export interface InteractionTable {
  readonly length: number;
  /** Interaction i's date is dates[dateCodes[i]]; each distinct date once, in order of first appearance. */
  readonly dateCodes: Uint32Array;
  readonly dates: readonly string[];
  /**
   * Interaction i's people, as listed (repeats included), are attendees[attendeeStart[i] ..
   * attendeeStart[i + 1]): each the position of a person in the network's people, or
   * people.length + k for strangers[k], an id no person has.
   */
  readonly attendeeStart: Uint32Array;
  readonly attendees: Uint32Array;
  readonly strangers: readonly string[];
  kind(i: number): InteractionKind | undefined;
  minutes(i: number): number | undefined;
  forms(i: number): readonly Form[] | undefined;
  direction(i: number): Direction | undefined;
  value(i: number): readonly Value[] | undefined;
  /** Interaction i as a record: the same object on every call. */
  record(i: number): Interaction;
}

/**
 * The table over `records`, interactions in their order. `positionOf` gives a person's position
 * in the network's people (`peopleCount` of them), undefined for any other id.
 */
export function tableFromRecords(
  records: readonly Interaction[],
  peopleCount: number,
  positionOf: (id: string) => number | undefined,
): InteractionTable {
  const n = records.length;
  const dateCodes = new Uint32Array(n);
  const dates: string[] = [];
  const dateCode = new Map<string, number>();
  let attendances = 0;
  for (let i = 0; i < n; i++) attendances += records[i]!.people.length;
  const attendeeStart = new Uint32Array(n + 1);
  const attendees = new Uint32Array(attendances);
  const strangers: string[] = [];
  const strangerCode = new Map<string, number>();
  let filled = 0;
  for (let i = 0; i < n; i++) {
    const record = records[i]!;
    let d = dateCode.get(record.date);
    if (d === undefined) {
      d = dates.push(record.date) - 1;
      dateCode.set(record.date, d);
    }
    dateCodes[i] = d;
    for (const id of record.people) {
      let at = positionOf(id);
      if (at === undefined) {
        at = strangerCode.get(id);
        if (at === undefined) {
          at = peopleCount + strangers.push(id) - 1;
          strangerCode.set(id, at);
        }
      }
      attendees[filled++] = at;
    }
    attendeeStart[i + 1] = filled;
  }
  return {
    length: n,
    dateCodes,
    dates,
    attendeeStart,
    attendees,
    strangers,
    kind: (i) => records[i]!.kind,
    minutes: (i) => records[i]!.minutes,
    forms: (i) => records[i]!.forms,
    direction: (i) => records[i]!.direction,
    value: (i) => records[i]!.value,
    record: (i) => records[i]!,
  };
}

/** The id of the attendee at `a` in `table.attendees`; `people` are the network's people. */
export function attendeeId(
  table: InteractionTable,
  people: ReadonlyArray<{ id: string }>,
  a: number,
): string {
  const at = table.attendees[a]!;
  return at < people.length ? people[at]!.id : table.strangers[at - people.length]!;
}

/** Interaction i's date. */
export function dateOf(table: InteractionTable, i: number): string {
  return table.dates[table.dateCodes[i]!]!;
}

/** How many of `interactions` (numbers in `table`) the owner gave in, and received in. */
export function givenAndReceived(
  table: InteractionTable,
  interactions: ArrayLike<number>,
): { gave: number; received: number } {
  let gave = 0;
  let received = 0;
  for (let j = 0; j < interactions.length; j++) {
    const direction = table.direction(interactions[j]!);
    if (direction === 'gave') gave++;
    else if (direction === 'received') received++;
  }
  return { gave, received };
}

/** How many different people interaction i lists. */
export function distinctAttendees(table: InteractionTable, i: number): number {
  const from = table.attendeeStart[i]!;
  const to = table.attendeeStart[i + 1]!;
  let distinct = 0;
  for (let a = from; a < to; a++) {
    let repeated = false;
    for (let b = from; b < a && !repeated; b++) repeated = table.attendees[b] === table.attendees[a];
    if (!repeated) distinct++;
  }
  return distinct;
}
