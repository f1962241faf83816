import { ApiError, api } from '../../api/client';
import type { Goal, NetworkMap, PathResult } from '../../api/types';
import { useApi } from '../../api/use-api';
import { asInfluence, asStance, type Stance } from './stances';

export interface StakeholderView {
  person: string;
  name: string;
  stance: Stance;
  influence: number;
  /** The owner's computed tie strength (0..1) when there is a direct tie. */
  strength?: number;
  /** The stated strength (1..5) of the relationship record, when there is one. */
  stated?: number;
  /** The strongest chain from the owner (names, owner excluded), or null when none is known. */
  path: { names: string[]; strength: number } | null;
}

/**
 * Everything the map and the table show for a goal: names and tie strengths from the network
 * (one request, cached on the server per data version) and each stakeholder's strongest path.
 */
export function useStakeholders(goal: Goal | undefined, dataVersion: string) {
  const people = goal?.stakeholders ?? [];
  const key = `${goal?.id}|${dataVersion}|${people.map((s) => `${s.person}:${s.stance}:${s.influence}`).join(',')}`;
  return useApi(async () => {
    if (!goal || people.length === 0) return { owner: 'You', rows: [] as StakeholderView[] };
    const network = await api.get<NetworkMap>('/network');
    const byId = new Map(network.nodes.map((n) => [n.id, n]));
    const name = (id: string) => byId.get(id)?.name ?? id;
    const paths = await Promise.all(people.map((s) => strongestPath(s.person)));
    const rows = people.map((s, i): StakeholderView => {
      const measures = byId.get(s.person)?.measures ?? {};
      const strength = measures.strength ?? undefined;
      const stated = measures.statedStrength ?? undefined;
      const found = paths[i];
      return {
        person: s.person,
        name: name(s.person),
        stance: asStance(s.stance),
        influence: asInfluence(s.influence),
        strength: typeof strength === 'number' ? strength : undefined,
        stated: typeof stated === 'number' ? stated : undefined,
        path: found ? { names: found.people.map(name), strength: found.strength } : null,
      };
    });
    return { owner: byId.get('owner')?.name ?? 'You', rows };
  }, key);
}

async function strongestPath(to: string): Promise<PathResult['paths'][number] | undefined> {
  try {
    const result = await api.get<PathResult>('/path', { to, k: 1 });
    return result.paths[0];
  } catch (e) {
    // 404 means no chain of known ties reaches them: a fact to show, not an error.
    if (e instanceof ApiError && e.status === 404) return undefined;
    throw e;
  }
}
