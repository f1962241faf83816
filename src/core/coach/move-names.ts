import type { NetworkView } from '../analysis/view.js';

/** The names of the people and the titles of the goals that a list of moves refers to by id. */
export interface MoveNames {
  people: Record<string, string>;
  goals: Record<string, string>;
}

/**
 * Names for the ids the moves carry, read from the view the coach already built: a page shows
 * the moves with their names from the one answer instead of asking for each person (at 20k
 * people the week page made 83 requests and showed ids meanwhile).
 */
export function namesOfMoves(
  view: Pick<NetworkView, 'people' | 'network'>,
  moves: readonly { people: readonly string[]; goal: string | null }[],
): MoveNames {
  const titles = new Map((view.network.goals ?? []).map((g) => [g.id, g.title]));
  const people: Record<string, string> = {};
  const goals: Record<string, string> = {};
  for (const move of moves) {
    for (const id of move.people) {
      const person = view.people.get(id);
      if (person) people[id] = person.name;
    }
    const title = move.goal === null ? undefined : titles.get(move.goal);
    if (move.goal !== null && title !== undefined) goals[move.goal] = title;
  }
  return { people, goals };
}

/** The part of `names` that the moves shown refer to. */
export function namesFor(
  names: MoveNames,
  moves: readonly { people?: readonly string[]; goal?: string | null }[],
): MoveNames {
  const out: MoveNames = { people: {}, goals: {} };
  for (const move of moves) {
    for (const id of move.people ?? []) if (names.people[id] !== undefined) out.people[id] = names.people[id];
    if (move.goal && names.goals[move.goal] !== undefined) out.goals[move.goal] = names.goals[move.goal]!;
  }
  return out;
}
