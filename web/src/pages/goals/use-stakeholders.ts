import { ApiError, api, idPath } from '../../api/client';
import type { Goal, PathResult, Person, Relationship } from '../../api/types';
import { useApi } from '../../api/use-api';
import { asInfluence, asStance, type Stance } from './stances';

export interface StakeholderView {
  person: string;
  name: string;
  stance: Stance;
  influence: number;
  /** The owner's relationship to them (stated strength 1..5, roles), or null without a direct tie. */
  tie: { stated?: number; roles: string[] } | null;
  /** The strongest chain from the owner (names, owner excluded), or null when none is known. */
  path: { names: string[]; strength: number } | null;
}

/** A 404 is an answer here (no relationship, no chain, a deleted person), not a failure. */
async function unlessMissing<T>(load: Promise<T>): Promise<T | undefined> {
  try {
    return await load;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return undefined;
    throw e;
  }
}

/**
 * Everything the map and the table show for a goal, asked per stakeholder (person, relationship,
 * strongest path) rather than through the whole network map, so a goal page stays quick on a
 * large network and an edit does not make the server lay the map out again.
 */
export function useStakeholders(goal: Goal | undefined, dataVersion: string) {
  const people = goal?.stakeholders ?? [];
  const key = `${goal?.id}|${dataVersion}|${people.map((s) => `${s.person}:${s.stance}:${s.influence}`).join(',')}`;
  return useApi(async () => {
    const names = new Map<string, string>();
    const nameOf = async (id: string) => {
      if (!names.has(id)) {
        const p = await unlessMissing(api.get<Person>(`/people/${idPath(id)}`));
        names.set(id, p?.name ?? id);
      }
      return names.get(id)!;
    };
    const [owner, facts] = await Promise.all([
      unlessMissing(api.get<{ name: string }>('/owner')),
      Promise.all(
        people.map((s) =>
          Promise.all([
            nameOf(s.person),
            unlessMissing(api.get<Relationship>(`/relationships/${idPath(s.person)}`)),
            unlessMissing(api.get<PathResult>('/path', { to: s.person, k: 1 })),
          ]),
        ),
      ),
    ]);
    const rows = await Promise.all(
      people.map(async (s, i): Promise<StakeholderView> => {
        const [name, rel, found] = facts[i]!;
        const best = found?.paths[0];
        return {
          person: s.person,
          name,
          stance: asStance(s.stance),
          influence: asInfluence(s.influence),
          tie: rel ? { stated: rel.strength, roles: Array.isArray(rel.roles) ? rel.roles : [] } : null,
          path: best ? { names: await Promise.all(best.people.map(nameOf)), strength: best.strength } : null,
        };
      }),
    );
    return { owner: owner?.name ?? 'You', rows };
  }, key);
}
