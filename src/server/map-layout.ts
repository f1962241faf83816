// The map's places. ForceAtlas2 on the whole of a 20,000-person network takes several seconds, so
// it runs on a worker thread once per data version and no request waits on it but the whole map's.
// Until it is done, the view of you and your contacts is placed on its own: everyone keeps their
// place from the layout before the last change and only newcomers are laid out, beside the people
// they know; with no earlier layout (the server just started) that view is laid out alone.
import { OWNER_ID } from '../core/model.js';
import { layoutAside } from '../workers/layout.js';
import { computeLayout } from './layout.js';

export type Places = ReadonlyMap<string, { x: number; y: number }>;

/** One data version's whole layout: `places` once it is done. */
export interface WholeLayout {
  ready: Promise<Places>;
  places?: Places;
  /** The layout of the version before, until this one is done (a provisional view starts from it). */
  before?: WholeLayout;
  /**
   * Places given on provisional views of this version so far: the next view keeps them, so the
   * map does not move when, say, the people on a path join it (even once the whole layout is done).
   */
  provisional: Map<string, { x: number; y: number }>;
}

/**
 * Starts the whole layout of `ids` with `edges` ([source, target, strength] by position in `ids`),
 * from the places of the layout `before` once that is done, so people do not jump on an edit and
 * two layouts never run at once on a small machine.
 */
export function startWholeLayout(
  ids: readonly string[],
  edges: readonly (readonly [number, number, number])[],
  before: WholeLayout | undefined,
): WholeLayout {
  const layout: WholeLayout = {
    provisional: new Map(),
    ready: (before?.ready ?? Promise.resolve(undefined))
      .catch(() => undefined)
      .then((previous) => layOut(ids, edges, previous)),
  };
  if (before) layout.before = before;
  layout.ready.then(
    (places) => {
      layout.places = places;
      delete layout.before;
    },
    () => {},
  );
  return layout;
}

async function layOut(
  ids: readonly string[],
  edges: readonly (readonly [number, number, number])[],
  previous: Places | undefined,
): Promise<Places> {
  const n = edges.length;
  const sources = new Int32Array(n);
  const targets = new Int32Array(n);
  const strengths = new Float64Array(n);
  edges.forEach(([s, t, w], i) => {
    sources[i] = s;
    targets[i] = t;
    strengths[i] = w;
  });
  let kept: { x: Float64Array; y: Float64Array; known: Uint8Array } | undefined;
  if (previous) {
    kept = {
      x: new Float64Array(ids.length),
      y: new Float64Array(ids.length),
      known: new Uint8Array(ids.length),
    };
    ids.forEach((id, i) => {
      const p = previous.get(id);
      if (!p) return;
      kept!.x[i] = p.x;
      kept!.y[i] = p.y;
      kept!.known[i] = 1;
    });
  }
  const positions =
    (await layoutAside({
      ids: [...ids],
      sources,
      targets,
      strengths,
      centre: OWNER_ID,
      ...(kept ? { previous: kept } : {}),
    })) ??
    // The thread could not start: the same layout in line, slow but the same picture.
    computeLayout({
      ids,
      edges: edges.map(([s, t, w]) => [ids[s]!, ids[t]!, w] as const),
      centre: OWNER_ID,
      ...(previous ? { previous } : {}),
    });
  return new Map(ids.map((id, i) => [id, { x: positions.x[i]!, y: positions.y[i]! }]));
}

/**
 * Places for a view of part of the map while the whole layout is under way: the places of the
 * earlier whole layout and of this version's earlier views kept, newcomers laid out among them;
 * or, with none, the view laid out alone.
 */
export function provisionalPlaces(
  view: { nodes: readonly { id: string }[]; edges: readonly (readonly [number, number, number])[] },
  layout: WholeLayout,
  /** The people on a path from you shown on the view, in order. */
  path: readonly string[] = [],
): Places {
  const ids = view.nodes.map((n) => n.id);
  const before = layout.before?.places;
  const previous =
    layout.provisional.size === 0 ? before : new Map([...(before ?? []), ...layout.provisional]);
  const positions = computeLayout({
    ids,
    edges: view.edges.map(([s, t, w]) => [ids[s]!, ids[t]!, w] as const),
    centre: OWNER_ID,
    ...(previous ? { previous, keepPrevious: true } : {}),
  });
  const places = new Map(ids.map((id, i) => [id, { x: positions.x[i]!, y: positions.y[i]! }]));
  if (previous && path.length > 0) alongPath(places, previous, view, path);
  for (const [id, p] of places) layout.provisional.set(id, p);
  return places;
}

/**
 * The people on a path who had no place yet, placed one after another outwards from the last one
 * placed, a tie's typical length apart: the path reads as a line reaching out from your contact,
 * every name clear of the next, where laying them out among the others would crowd them.
 */
function alongPath(
  places: Map<string, { x: number; y: number }>,
  previous: Places,
  view: { nodes: readonly { id: string }[]; edges: readonly (readonly [number, number, number])[] },
  path: readonly string[],
): void {
  const lengths: number[] = [];
  for (const [s, t] of view.edges) {
    const a = previous.get(view.nodes[s]!.id);
    const b = previous.get(view.nodes[t]!.id);
    if (a && b) lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  }
  lengths.sort((a, b) => a - b);
  const step = lengths[lengths.length >> 1] ?? 100;
  let at = { x: 0, y: 0 };
  let out = 0;
  for (const id of path[0] === OWNER_ID ? path.slice(1) : path) {
    const known = id === OWNER_ID ? undefined : previous.get(id);
    if (known) {
      at = known;
      if (Math.hypot(at.x, at.y) > 1e-9) out = Math.atan2(at.y, at.x);
      continue;
    }
    at = { x: at.x + Math.cos(out) * step, y: at.y + Math.sin(out) * step };
    places.set(id, at);
  }
}
