// Keeps the map's names from colliding: after the camera or the graph changes, the label
// placement (label-placement.ts) picks whose names to write, and sigma draws exactly those (the
// `labelled` state; every other label is hidden by the map's styles).
import { type LabelCandidate, placeLabels } from './label-placement';
import { OWNER } from './map-graph';
import type { MapSigma } from './map-sigma';

/** Sigma's label defaults (12 px sans-serif, 5 px right of the disc), as the styles leave them. */
export const LABEL_FONT = '12px sans-serif';
export const LABEL_HEIGHT = 14;
export const LABEL_MARGIN = 5;
/** Space kept free around each name; also covers the text measure's difference from sigma's glyphs. */
export const LABEL_PADDING = 2;
/** On large maps only discs at least this wide on screen are named (the rest are dots in a crowd). */
const LARGE = 2_000;
const MIN_RADIUS_LARGE = 3;

export interface LabelPlacement {
  /** Re-places the names now (after a filter, a selection or a new graph). */
  update(): void;
  /** The ids whose names are drawn. */
  placed(): ReadonlySet<string>;
  detach(): void;
}

export function attachLabelPlacement(
  sigma: MapSigma,
  read: { hidden(): ReadonlySet<string>; important(): ReadonlySet<string> },
): LabelPlacement {
  const measure = document.createElement('canvas').getContext('2d');
  if (measure) measure.font = LABEL_FONT;
  const widths = new Map<string, number>();
  const widthOf = (label: string) => {
    let w = widths.get(label);
    if (w === undefined) {
      w = measure ? measure.measureText(label).width : label.length * 7;
      widths.set(label, w);
    }
    return w;
  };
  let placed = new Set<string>();

  const update = () => {
    const graph = sigma.getGraph();
    const { width, height } = sigma.getDimensions();
    const hidden = read.hidden();
    const important = read.important();
    const minRadius = graph.order > LARGE ? MIN_RADIUS_LARGE : 0;
    const candidates: LabelCandidate[] = [];
    graph.forEachNode((id, attrs) => {
      if (hidden.has(id) || !attrs.label) return;
      const d = sigma.getNodeDisplayData(id);
      if (!d) return;
      const p = sigma.framedGraphToViewport(d);
      if (p.x < 0 || p.x > width || p.y < 0 || p.y > height) return;
      const radius = sigma.scaleSize(d.size);
      const first = id === OWNER || important.has(id);
      if (!first && radius < minRadius) return;
      candidates.push({
        id,
        x: p.x,
        y: p.y,
        radius,
        width: widthOf(attrs.label),
        height: LABEL_HEIGHT,
        priority: id === OWNER ? 3e9 : first ? 2e9 + radius : radius,
      });
    });
    const next = new Set(
      placeLabels(candidates, { width, height, margin: LABEL_MARGIN, padding: LABEL_PADDING }),
    );
    const added = [...next].filter((id) => !placed.has(id));
    const removed = [...placed].filter((id) => !next.has(id) && graph.hasNode(id));
    placed = next;
    if (added.length) sigma.setNodesState(added, { labelled: true });
    if (removed.length) sigma.setNodesState(removed, { labelled: false });
  };

  // Every frame of a small map's camera move; a large map once the camera rests (its labels are
  // hidden while moving anyway).
  let frame: number | undefined;
  let timer: number | undefined;
  const schedule = () => {
    if (sigma.getGraph().order > LARGE) {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, 150);
    } else if (frame === undefined)
      frame = window.requestAnimationFrame(() => {
        frame = undefined;
        update();
      });
  };
  const camera = sigma.getCamera();
  camera.on('updated', schedule);
  sigma.on('resize', schedule);
  return {
    update,
    placed: () => placed,
    detach: () => {
      camera.removeListener('updated', schedule);
      sigma.removeListener('resize', schedule);
      window.clearTimeout(timer);
      if (frame !== undefined) window.cancelAnimationFrame(frame);
    },
  };
}
