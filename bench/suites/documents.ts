// Import and export of generated documents (10 ties and 6 interactions per person), end to end
// through the CLI: process start to exit. Target: 50k people under 10 s each way, < 2 GB.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateNetwork } from '../../src/core/sample/index.js';
import { type BenchResult, cli, SIZES, tempDir } from '../lib/index.js';

export async function run(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const people of SIZES) {
    const dir = tempDir('documents');
    const doc = generateNetwork({ people, seed: 1 });
    const file = join(dir, 'in.json');
    writeFileSync(file, JSON.stringify(doc));
    const db = join(dir, 'db.sqlite');
    const size = `${people} people, ${doc.ties!.length} ties, ${doc.interactions!.length} interactions`;
    const imported = cli(['--db', db, 'import', file]);
    out.push({
      name: `import ${people} people`,
      seconds: imported.seconds,
      detail: `${size}; peak ${imported.peakMiB.toFixed(0)} MiB`,
    });
    const exported = cli(['--db', db, 'export', '--out', join(dir, 'out.json')]);
    out.push({
      name: `export ${people} people`,
      seconds: exported.seconds,
      detail: `peak ${exported.peakMiB.toFixed(0)} MiB`,
    });
  }
  return out;
}
