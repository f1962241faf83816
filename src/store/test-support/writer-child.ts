// Child process for the concurrency test: many small write transactions on a shared file.

import { openStore } from '../open.js';
import { createRecord } from '../records.js';

const [path, prefix, count] = process.argv.slice(2);
const store = openStore(path!);
for (let i = 0; i < Number(count); i++)
  createRecord(store, 'people', { id: `p:${prefix}-${i}`, name: `${prefix} ${i}` });
store.close();
