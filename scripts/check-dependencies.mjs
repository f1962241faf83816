#!/usr/bin/env node
// Every package listed in package.json is used, every package used is listed, runtime code
// imports only `dependencies`, and each types package matches its library's major version (or
// says why not). Run by `npm run check`; `checkDependencies` is tested on planted mistakes.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from './source-files.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Packages used without an import in our code, and by what. */
const USED_BY_TOOLING = {
  '@biomejs/biome': 'the formatter and linter (npm run check)',
  typescript: 'the compiler (npm run build, npm run check)',
  tsx: 'runs the TypeScript tests and scripts',
  'graphology-types': "graphology's types (a peer dependency of graphology)",
  '@types/node': 'types of Node.js',
};

/** Types packages whose major version cannot follow their library's, with the reason. */
const TYPES_EXCEPTIONS = {
  '@types/better-sqlite3':
    'better-sqlite3 12 ships no types and DefinitelyTyped publishes none past 9.x; the 9.x API we use is unchanged',
  '@types/node': 'tracks the Node.js line the project runs on (engines), not a package',
  '@types/autocannon': 'autocannon 8 ships no types and DefinitelyTyped publishes none past 7.x',
  '@types/react': 'tracks react',
  '@types/react-dom': 'tracks react-dom',
};

/** Development packages that runtime code loads only when it runs from the TypeScript sources. */
const SOURCES_ONLY = {
  tsx: 'a worker thread started from the sources (the tests) registers tsx (src/workers/start.ts)',
};

const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const SOURCE = /\.(m?[jt]sx?)$/;
const IMPORT =
  /(?:(?:^|[\s}])from\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([@a-z0-9][a-z0-9._\-/@]*)['"]/gm;

/** The package a bare specifier names: `sigma/rendering` -> `sigma`, `@hono/node-server/x` -> `@hono/node-server`. */
export function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Bare imports of each file under `dirs`, by package. */
export function importsIn(root, dirs) {
  const used = new Map();
  for (const dir of dirs) {
    for (const file of filesUnder(
      join(root, dir),
      (name) => SOURCE.test(name),
      (name) => name === 'node_modules' || name === 'dist' || name.startsWith('.'),
    )) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(IMPORT)) {
        const specifier = m[1];
        if (BUILTINS.has(specifier) || specifier.startsWith('node:')) continue;
        const name = packageOf(specifier);
        if (!used.has(name)) used.set(name, new Set());
        used.get(name).add(relative(root, file));
      }
    }
  }
  return used;
}

const major = (range) => Number(/(\d+)/.exec(range ?? '')?.[1] ?? Number.NaN);
const isRuntimeFile = (file) =>
  file.startsWith('src/') && !/\.test\.tsx?$/.test(file) && !file.includes('test-support');

/** The problems with a package.json against the imports found. */
export function checkDependencies(pkg, used, installedVersion = () => undefined) {
  const problems = [];
  const deps = pkg.dependencies ?? {};
  const dev = pkg.devDependencies ?? {};
  const listed = { ...deps, ...dev };
  for (const name of Object.keys(listed)) {
    if (used.has(name) || name in USED_BY_TOOLING) continue;
    // A types package is used when its library is.
    if (name.startsWith('@types/')) {
      const lib = name.slice('@types/'.length).replace(/^(.+)__(.+)$/, '@$1/$2');
      if (used.has(lib)) continue;
    }
    // A Vite plugin is used by the Vite configuration.
    if (name.startsWith('@vitejs/') && used.has('vite')) continue;
    problems.push(`${name} is listed but nothing uses it`);
  }
  for (const [name, where] of used) {
    if (!(name in listed))
      problems.push(`${name} is imported (${[...where][0]}) but not listed in package.json`);
    else if (!(name in deps) && !(name in SOURCES_ONLY) && [...where].some(isRuntimeFile))
      problems.push(
        `${name} is imported by runtime code (${[...where].find(isRuntimeFile)}) but is only a devDependency`,
      );
  }
  for (const name of Object.keys(deps)) {
    if (name.startsWith('@types/') || name in USED_BY_TOOLING)
      problems.push(`${name} is needed to build, not to run: it belongs in devDependencies`);
  }
  for (const name of Object.keys(listed).filter((n) => n.startsWith('@types/'))) {
    if (name in TYPES_EXCEPTIONS) continue;
    const lib = name.slice('@types/'.length);
    const libVersion = installedVersion(lib) ?? listed[lib];
    if (libVersion !== undefined && major(libVersion) !== major(listed[name]))
      problems.push(`${name} ${listed[name]} does not match ${lib} ${libVersion}`);
  }
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const used = importsIn(ROOT, ['src', 'web', 'bench', 'scripts']);
  // The configuration files at the root import packages too (vite.config.ts lives in web/).
  const installed = (name) => {
    try {
      return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return undefined;
    }
  };
  const problems = checkDependencies(pkg, used, installed);
  if (problems.length > 0) {
    for (const p of problems) console.error(`dependencies: ${p}`);
    process.exit(1);
  }
  console.log(
    `dependencies: ${Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).length} listed, all used`,
  );
}
