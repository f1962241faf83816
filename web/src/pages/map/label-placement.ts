// Which names the map writes: the most important people first, each only where its label box
// touches no label already placed, so no two drawn labels overlap (sigma's own label grid keeps
// one label per grid cell, and a long name still runs into the next cell's). Pure: boxes in,
// ids out.

/** A person who may get a label, in viewport pixels. */
export interface LabelCandidate {
  id: string;
  /** Centre of the disc. */
  x: number;
  y: number;
  /** Disc radius on screen; the label starts `margin` px to its right. */
  radius: number;
  /** The label text's size on screen. */
  width: number;
  height: number;
  /** Higher is placed first (you, the selection, then the biggest discs). */
  priority: number;
}

export interface LabelBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface PlacementOptions {
  /** The viewport; a label must fit inside it. */
  width: number;
  height: number;
  /** Gap between the disc and its text. */
  margin: number;
  /** Extra space kept free around each label, so neighbours do not touch. */
  padding: number;
}

/** Where a candidate's label is drawn (to the right of its disc, centred vertically), padding included. */
export function labelBox(c: LabelCandidate, o: Pick<PlacementOptions, 'margin' | 'padding'>): LabelBox {
  const left = c.x + c.radius + o.margin;
  return {
    minX: left - o.padding,
    maxX: left + c.width + o.padding,
    minY: c.y - c.height / 2 - o.padding,
    maxY: c.y + c.height / 2 + o.padding,
  };
}

export const boxesIntersect = (a: LabelBox, b: LabelBox): boolean =>
  a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

/** Grid cells a box covers: only labels in the same cells are compared. */
const CELL = 64;

/**
 * Greedy by priority (ties by id, so the same picture gives the same names): a label is kept when
 * it lies inside the viewport and meets no label kept before it. Returns the ids kept.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: PlacementOptions): string[] {
  const order = [...candidates].sort(
    (a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const grid = new Map<number, LabelBox[]>();
  const columns = Math.ceil(options.width / CELL) + 1;
  const kept: string[] = [];
  for (const c of order) {
    if (!(c.width > 0 && c.height > 0)) continue;
    const box = labelBox(c, options);
    if (box.minX < 0 || box.minY < 0 || box.maxX > options.width || box.maxY > options.height) continue;
    const x0 = Math.floor(box.minX / CELL);
    const x1 = Math.floor(box.maxX / CELL);
    const y0 = Math.floor(box.minY / CELL);
    const y1 = Math.floor(box.maxY / CELL);
    let free = true;
    for (let gy = y0; gy <= y1 && free; gy++)
      for (let gx = x0; gx <= x1 && free; gx++)
        for (const other of grid.get(gy * columns + gx) ?? []) {
          if (boxesIntersect(box, other)) {
            free = false;
            break;
          }
        }
    if (!free) continue;
    for (let gy = y0; gy <= y1; gy++)
      for (let gx = x0; gx <= x1; gx++) {
        const key = gy * columns + gx;
        const cell = grid.get(key);
        if (cell) cell.push(box);
        else grid.set(key, [box]);
      }
    kept.push(c.id);
  }
  return kept;
}
