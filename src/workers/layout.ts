import type { Positions } from '../server/layout.js';
import { runWorker } from './start.js';

/** A map layout's input in typed arrays, so handing 200,000 ties to the thread costs no copy of objects. */
export interface LayoutJob {
  ids: string[];
  /** Positions in `ids`. */
  sources: Int32Array;
  targets: Int32Array;
  strengths: Float64Array;
  centre?: string;
  /** The last layout's places by position in `ids`; `known[i]` is 1 where there is one. */
  previous?: { x: Float64Array; y: Float64Array; known: Uint8Array };
}

/**
 * The whole network's map layout on a second thread: ForceAtlas2 on 20,000 people takes several
 * seconds, which the server's thread must not be blocked for. The thread does not keep the
 * process alive (a server closing does not wait for a layout nobody will read). Null if the
 * worker fails, so the caller can lay out in line instead.
 */
export function layoutAside(job: LayoutJob): Promise<Positions | null> {
  return runWorker<Positions>('layout-worker', job, { unref: true });
}
