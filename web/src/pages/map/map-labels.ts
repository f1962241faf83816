// Keeps the map's names from colliding: after the camera or the graph changes, the label
// placement (label-placement.ts) picks whose names to write, and sigma draws exactly those (the
// `labelled` state; every other label is hidden by the map's styles). The person pointed at gets
// their name on a backdrop (sigma's hover label): names it would cover are not drawn meanwhile.
import { boxesIntersect, type LabelBox, type LabelCandidate, labelBox, placeLabels } from './label-placement';
import { OWNER } from './map-graph';
import type { MapSigma } from './map-sigma';

/** Sigma's label defaults (12 px sans-serif, 5 px right of the disc), as the styles leave them. */
export const LABEL_FONT = '12px sans-serif';
export const LABEL_HEIGHT = 14;
export const LABEL_MARGIN = 5;
/** Space kept free around each name; also covers the text measure's difference from sigma's glyphs. */
export const LABEL_PADDING = 2;
/** The hover label's backdrop reaches this far around the disc and the name (map-sigma.ts). */
export const BACKDROP_PADDING = 4;
/** On large maps only discs at least this wide on screen are named (the rest are dots in a crowd). */
const LARGE = 2_000;
const MIN_RADIUS_LARGE = 3;

export interface LabelPlacement {
  /** Re-places the names now (after a filter, a selection or a new graph). */
  update(): void;
  /** The person pointed at (null when none): names under their hover label are not drawn. */
  hover(id: string | null): void;
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
  /** Where the placement put each name, and the names drawn (those placed, less any hover covers). */
  let boxes = new Map<string, LabelBox>();
  let drawn = new Set<string>();
  let hovered: string | null = null;

  /** The hover label's box: the disc and the name beside it, with sigma's backdrop around both. */
  const hoverBox = (id: string): LabelBox | null => {
    const graph = sigma.getGraph();
    if (!graph.hasNode(id)) return null;
    const d = sigma.getNodeDisplayData(id);
    if (!d) return null;
    const p = sigma.framedGraphToViewport(d);
    const r = sigma.scaleSize(d.size);
    const pad = BACKDROP_PADDING + LABEL_PADDING;
    const half = Math.max(r, LABEL_HEIGHT / 2);
    return {
      minX: p.x - r - pad,
      maxX: p.x + r + LABEL_MARGIN + widthOf(graph.getNodeAttribute(id, 'label')) + pad,
      minY: p.y - half - pad,
      maxY: p.y + half + pad,
    };
  };

  /** Sets the `labelled` state to the names placed, less those the hover label covers. */
  const apply = () => {
    const graph = sigma.getGraph();
    const next = new Set(boxes.keys());
    const cover = hovered ? hoverBox(hovered) : null;
    if (hovered && cover) {
      next.delete(hovered);
      for (const [id, box] of boxes) if (id !== hovered && boxesIntersect(box, cover)) next.delete(id);
    }
    const added = [...next].filter((id) => !drawn.has(id));
    const removed = [...drawn].filter((id) => !next.has(id) && graph.hasNode(id));
    drawn = next;
    if (added.length) sigma.setNodesState(added, { labelled: true });
    if (removed.length) sigma.setNodesState(removed, { labelled: false });
  };

  const update = () => {
    const graph = sigma.getGraph();
    const { width, height } = sigma.getDimensions();
    const hidden = read.hidden();
    const important = read.important();
    const minRadius = graph.order > LARGE ? MIN_RADIUS_LARGE : 0;
    // Sizes scale linearly with the camera; positions come from the attributes, as the styles
    // read them: getNodeDisplayData copies a whole display record, 20,000 of them per update.
    const scale = sigma.scaleSize(1);
    const candidates: LabelCandidate[] = [];
    graph.forEachNode((id, attrs) => {
      if (hidden.has(id) || !attrs.label) return;
      const radius = attrs.size * scale;
      const first = id === OWNER || important.has(id);
      if (!first && radius < minRadius) return;
      const p = sigma.graphToViewport(attrs);
      if (p.x < 0 || p.x > width || p.y < 0 || p.y > height) return;
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
    const options = { width, height, margin: LABEL_MARGIN, padding: LABEL_PADDING };
    const byId = new Map(candidates.map((c) => [c.id, c]));
    boxes = new Map();
    for (const id of placeLabels(candidates, options)) boxes.set(id, labelBox(byId.get(id)!, options));
    apply();
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
    hover: (id) => {
      if (id === hovered) return;
      hovered = id;
      apply();
    },
    placed: () => drawn,
    detach: () => {
      camera.removeListener('updated', schedule);
      sigma.removeListener('resize', schedule);
      window.clearTimeout(timer);
      if (frame !== undefined) window.cancelAnimationFrame(frame);
    },
  };
}
