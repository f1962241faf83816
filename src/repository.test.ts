// The repository's own checks (scripts/check-paths.mjs, scripts/check-dependencies.mjs), run
// on the repository and on planted mistakes, so a check that can no longer fail is noticed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const ROOT = new URL('..', import.meta.url);

const paths = (await import(new URL('scripts/check-paths.mjs', ROOT).href)) as {
  absolutePaths(text: string): Array<{ line: number; text: string }>;
};
const deps = (await import(new URL('scripts/check-dependencies.mjs', ROOT).href)) as {
  checkDependencies(
    pkg: { dependencies?: Record<string, string>; devDependencies?: Record<string, string> },
    used: Map<string, Set<string>>,
    installed?: (name: string) => string | undefined,
  ): string[];
  packageOf(specifier: string): string;
};

const run = (script: string) =>
  spawnSync(process.execPath, [new URL(script, ROOT).pathname], { encoding: 'utf8' });

test('nothing in the project names a path of one machine', () => {
  const r = run('scripts/check-paths.mjs');
  assert.equal(r.status, 0, r.stderr);
});

test('the path check finds a planted path of one machine, and lets through what every machine has', () => {
  // Built from parts, so that this file does not plant them in the repository itself.
  const slash = (...parts: string[]) => parts.join('/');
  const planted = [
    `const FIX = '${slash('', 'work', 'shared', 'fixtures')}';`,
    `readFileSync(\`${slash('', 'home', 'ada', 'threefold', 'x.json')}\`)`,
    `new URL('${slash('..', '..', 'shared', 'datasets')}/', import.meta.url)`,
    ['C:', 'Users', 'ada', 'net.db'].join('\\'),
  ];
  for (const line of planted) assert.equal(paths.absolutePaths(line).length, 1, line);
  const fine = [
    "executablePath: '/usr/bin/chromium'",
    "spawnSync('/usr/bin/xmllint')",
    "join(tmpdir(), 'threefold-')",
    "fixturePath('graph', 'gexf.xsd')",
    '// shared/framework.md describes the stories',
  ];
  for (const line of fine) assert.deepEqual(paths.absolutePaths(line), [], line);
});

test('every dependency listed is used and every one used is listed', () => {
  const r = run('scripts/check-dependencies.mjs');
  assert.equal(r.status, 0, r.stderr);
});

test('the dependency check finds planted mistakes', () => {
  const used = new Map([
    ['zod', new Set(['src/document/schema.ts'])],
    ['left-pad', new Set(['src/core/x.ts'])],
    ['fast-check', new Set(['src/core/x.test.ts'])],
    ['better-sqlite3', new Set(['src/store/open.ts'])],
  ]);
  const problems = deps.checkDependencies(
    {
      dependencies: { zod: '^4.0.0', unused: '^1.0.0', '@types/zod': '^4.0.0' },
      devDependencies: { 'fast-check': '^4.0.0', 'better-sqlite3': '^12.0.0', '@types/left-pad': '^2.0.0' },
    },
    used,
    (name) => (name === 'left-pad' ? '1.3.0' : undefined),
  );
  const has = (pattern: RegExp) =>
    assert.ok(
      problems.some((p) => pattern.test(p)),
      `${pattern}: ${problems}`,
    );
  has(/unused is listed but nothing uses it/);
  has(/left-pad is imported .* but not listed/);
  has(/better-sqlite3 is imported by runtime code .* only a devDependency/);
  has(/@types\/zod is needed to build, not to run/);
  has(/@types\/left-pad \^2.0.0 does not match left-pad 1.3.0/);
  assert.ok(!problems.some((p) => /fast-check/.test(p)), 'a test-only package is fine as a devDependency');
  assert.equal(deps.packageOf('@hono/node-server/dist'), '@hono/node-server');
  assert.equal(deps.packageOf('sigma/rendering'), 'sigma');
});
