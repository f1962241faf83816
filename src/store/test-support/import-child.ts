// Child process for the crash test: imports a large generated network, announcing the start.
import { generateNetwork } from '../../core/sample/index.js';
import { importDocument } from '../document.js';
import { openStore } from '../open.js';

const [path, size] = process.argv.slice(2);
const doc = generateNetwork({ people: Number(size), seed: 3 });
const store = openStore(path!);
process.stdout.write('importing\n');
importDocument(store, doc, { mode: 'new' });
store.close();
process.stdout.write('done\n');
