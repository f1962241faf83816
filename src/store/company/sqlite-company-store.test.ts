import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { companyStoreSuite } from '../../app/company-store-suite.js';
import { openCompanyStore } from './sqlite-company-store.js';

const dir = mkdtempSync(join(tmpdir(), 'threefold-company-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
companyStoreSuite('SQLite', async () => openCompanyStore(join(dir, `company-${++n}.db`)));
