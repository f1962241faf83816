// Shared by `npm start` and `npm test`: brings a fresh checkout to a runnable state using only
// Node's built-ins (it runs before any dependency is installed). Installs npm packages when
// package-lock.json is newer than node_modules, and builds when a source file is newer than dist.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nset-up failed: ${command} ${args.join(' ')} exited with ${result.status}`);
    process.exit(result.status ?? 1);
  }
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

export function ensureInstalled() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(marker) || statSync(join(root, 'package-lock.json')).mtimeMs > statSync(marker).mtimeMs) {
    console.error('installing dependencies (npm ci)...');
    run('npm', ['ci', '--no-audit', '--no-fund']);
  }
}

export function ensureBuilt() {
  const built = Math.min(newestMtime(join(root, 'dist')), newestMtime(join(root, 'web', 'dist')));
  const sources = Math.max(
    newestMtime(join(root, 'src')),
    newestMtime(join(root, 'web', 'src')),
    newestMtime(join(root, 'web', 'index.html')),
    newestMtime(join(root, 'package.json')),
  );
  if (built === 0 || sources > built) {
    console.error('building...');
    run('npm', ['run', 'build', '--silent']);
  }
}
