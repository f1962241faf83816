// The thread behind `layoutAside` (layout.ts): the same deterministic layout as in line.
import { parentPort, workerData } from 'node:worker_threads';
import { computeLayout } from '../server/layout.js';
import type { LayoutJob } from './layout.js';

const job = workerData as LayoutJob;
const edges: [string, string, number][] = [];
for (let i = 0; i < job.sources.length; i++)
  edges.push([job.ids[job.sources[i]!]!, job.ids[job.targets[i]!]!, job.strengths[i]!]);
let previous: Map<string, { x: number; y: number }> | undefined;
if (job.previous) {
  const { x, y, known } = job.previous;
  previous = new Map();
  job.ids.forEach((id, i) => {
    if (known[i] === 1) previous!.set(id, { x: x[i]!, y: y[i]! });
  });
}
const positions = computeLayout({
  ids: job.ids,
  edges,
  ...(job.centre !== undefined ? { centre: job.centre } : {}),
  ...(previous ? { previous } : {}),
});
parentPort!.postMessage(positions, [positions.x.buffer as ArrayBuffer, positions.y.buffer as ArrayBuffer]);
