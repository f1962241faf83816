#!/usr/bin/env node
// `npm start`: the README's main command. On a fresh machine it installs and builds, loads the
// sample network when the database holds none, prints its summary, then serves the web app.
import { spawnSync } from 'node:child_process';
import { ensureBuilt, ensureInstalled } from './ensure-setup.mjs';

ensureInstalled();
ensureBuilt();
const cli = new URL('../bin/threefold', import.meta.url).pathname;
const extra = process.argv.slice(2);
const demo = spawnSync(process.execPath, [cli, 'demo', ...extra], { stdio: 'inherit' });
if (demo.status !== 0) process.exit(demo.status ?? 1);
const serve = spawnSync(process.execPath, [cli, 'serve', ...extra], { stdio: 'inherit' });
process.exit(serve.status ?? 1);
