// Deleting a person takes their relationship, ties, group memberships and stakes in goals with
// them, and interactions left with nobody. The undo puts back exactly what was read before the
// delete, through the same API.
import { ApiError, api, idPath } from '../../api/client';
import type { Goal, Interaction, Person, Relationship, Tie } from '../../api/types';
import { fetchAll } from './people-data';

interface Group {
  id: string;
  members?: string[];
  [extra: string]: unknown;
}

export interface RemovedPerson {
  person: Person;
  relationship: Relationship | null;
  ties: Tie[];
  interactions: Interaction[];
  groups: Group[];
  goals: Goal[];
  /** People this person introduced you to: the delete forgets who introduced them. */
  introduced: string[];
}

async function orNull<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** Reads everything of the person that a delete removes or changes, then deletes them. */
export async function removePerson(person: Person, etag: string | undefined): Promise<RemovedPerson> {
  const id = person.id;
  const [relationship, ties, interactions, groups, goals, relationships] = await Promise.all([
    orNull(api.get<Relationship>(`/relationships/${idPath(id)}`)),
    fetchAll<Tie>('/ties', { person: id }),
    fetchAll<Interaction>('/interactions', { person: id }),
    fetchAll<Group>('/groups', { member: id }),
    fetchAll<Goal>('/goals', {}),
    fetchAll<Relationship>('/relationships', {}),
  ]);
  await api.delete(`/people/${idPath(id)}`, etag);
  return {
    person,
    relationship,
    ties,
    interactions,
    groups,
    goals: goals.filter((g) => (g.stakeholders ?? []).some((s) => s.person === id)),
    introduced: relationships.filter((r) => r.introducedBy === id).map((r) => r.person),
  };
}

/** Puts the person back with everything the delete took. */
export async function restorePerson(removed: RemovedPerson): Promise<void> {
  const id = removed.person.id;
  await api.post('/people', removed.person);
  const writes: Promise<unknown>[] = [];
  if (removed.relationship) writes.push(api.post('/relationships', removed.relationship));
  for (const t of removed.ties) writes.push(api.post('/ties', t));
  for (const i of removed.interactions) {
    // An interaction with others is still there, without this person; one with only them is gone.
    writes.push(
      orNull(api.get<Interaction>(`/interactions/${idPath(i.id)}`)).then((now) =>
        now
          ? api.patch(`/interactions/${idPath(i.id)}`, { people: [...new Set([...now.people, id])] })
          : api.post('/interactions', i),
      ),
    );
  }
  for (const g of removed.groups) {
    writes.push(
      api
        .get<Group>(`/groups/${idPath(g.id)}`)
        .then((now) =>
          api.patch(`/groups/${idPath(g.id)}`, { members: [...new Set([...(now.members ?? []), id])] }),
        ),
    );
  }
  for (const goal of removed.goals) {
    const mine = (goal.stakeholders ?? []).filter((s) => s.person === id);
    writes.push(
      api.get<Goal>(`/goals/${idPath(goal.id)}`).then((now) =>
        api.patch(`/goals/${idPath(goal.id)}`, {
          stakeholders: [...(now.stakeholders ?? []).filter((s) => s.person !== id), ...mine],
        }),
      ),
    );
  }
  for (const person of removed.introduced)
    writes.push(api.patch(`/relationships/${idPath(person)}`, { introducedBy: id }));
  await Promise.all(writes);
}
