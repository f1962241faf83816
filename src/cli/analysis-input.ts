import type { Store } from '../store/open.js';

/** Below this many people, starting a worker thread costs more than it saves. */
const WORKERS_FROM_PEOPLE = 3000;

/** Whether the network is large enough for the analysis to use a second thread. */
export function worthWorkers(store: Store): boolean {
  return (store.sqlite.prepare('SELECT count(*) FROM people').pluck().get() as number) >= WORKERS_FROM_PEOPLE;
}
