// The files under a folder whose names pass `wanted`, leaving out installed packages and builds
// (shared by the repository's checks).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function* filesUnder(dir, wanted, skip = (name) => name === 'node_modules' || name === 'dist') {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (skip(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path, wanted, skip);
    else if (wanted(name)) yield path;
  }
}
