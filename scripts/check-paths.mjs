#!/usr/bin/env node
// Nothing in the project names a path of one machine: no absolute path to a home, a workspace
// or a sibling folder of the checkout. The tests and the build must run from a clone anywhere.
// Paths every machine has (/usr/bin/chromium, /dev/null, /tmp, /proc) are fine. Run by
// `npm run check`; `absolutePaths` is tested on planted violations.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from './source-files.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIRS = ['src', 'web', 'scripts', 'bench', '.ci', 'bin'];
const TEXT = /\.(m?[jt]sx?|json|html|css|sh|md)$|^run$|^threefold$/;

/** Path shapes that belong to one machine: its users, workspaces, drives, or the checkout's siblings. */
const MACHINE_PATH = [
  /(?<![\w.])\/(?:work|home|Users|root|mnt|workspace|srv)\/[\w.-]+/,
  /\b[A-Z]:\\\\?[\w.-]+/,
  /(?:^|[\s'"`(=])(?:\.\.\/)+shared\//,
];

/** The lines of `text` that name a machine's own path, with their numbers (1-based). */
export function absolutePaths(text) {
  const found = [];
  text.split('\n').forEach((line, i) => {
    if (MACHINE_PATH.some((re) => re.test(line))) found.push({ line: i + 1, text: line.trim() });
  });
  return found;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problems = [];
  for (const dir of DIRS)
    for (const file of filesUnder(join(ROOT, dir), (name) => TEXT.test(name)))
      for (const hit of absolutePaths(readFileSync(file, 'utf8')))
        problems.push(`${relative(ROOT, file)}:${hit.line}: ${hit.text}`);
  if (problems.length > 0) {
    for (const p of problems) console.error(`a path of one machine: ${p}`);
    process.exit(1);
  }
  console.log(`paths: nothing in ${DIRS.join(', ')} names a path of one machine`);
}
