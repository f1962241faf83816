// The map's first data is asked for at start-up, beside the status request and the map's code
// (sigma), so a large map does not wait for them in turn before it asks (bench/suites/map.ts).
import { api } from './client';
import type { NetworkMap } from './types';

let early: { asOf: string | null; map: Promise<NetworkMap | null> } | undefined;

/** Asks for you and your contacts as of `asOf` (a failure is left to the page's own request). */
export function prefetchEgoMap(asOf: string | null): void {
  early = { asOf, map: api.get<NetworkMap>('/network', { asOf, view: 'ego' }).catch(() => null) };
}

/** The view asked for at start-up, once, when it is of `asOf` and of the data `version` now. */
export async function takeEgoMap(
  asOf: string | null,
  version: string | undefined,
): Promise<NetworkMap | null> {
  const e = early;
  early = undefined;
  if (!e || e.asOf !== asOf) return null;
  const map = await e.map;
  return map && map.version === version ? map : null;
}
