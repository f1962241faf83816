// The thread behind `sampledBetweennessOnThreads`: traces its share of the sampled sources.
import { parentPort, workerData } from 'node:worker_threads';
import { dependencySums } from '../core/graph/sampled-betweenness.js';
import type { TraceJob } from './organisation-kernels.js';

const job = workerData as TraceJob;
const graph = { n: job.n, offsets: job.offsets, neighbors: job.neighbors, weights: new Float64Array(0) };
// Only the rows are read; ids are not needed on this side.
const result = dependencySums({ ...graph, ids: [], index: new Map() }, job.sources);
parentPort!.postMessage(result, [result.sum.buffer as ArrayBuffer, result.squares.buffer as ArrayBuffer]);
