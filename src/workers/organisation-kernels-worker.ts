// The thread behind `organisationKernelsOnThreads`: Burt's measures of every person.
import { parentPort, workerData } from 'node:worker_threads';
import { holesOf } from '../core/organisation/kernels.js';
import type { HolesJob, HolesResult } from './organisation-kernels.js';

const job = workerData as HolesJob;
// The kernels read only the rows; ids are not needed on this side.
const result: HolesResult = holesOf({ ...job, ids: [], index: new Map() });
parentPort!.postMessage(result, [
  result.constraint.buffer as ArrayBuffer,
  result.effectiveSize.buffer as ArrayBuffer,
]);
