import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BenchResult {
  name: string;
  seconds: number;
  detail?: string;
}

export const ROOT = new URL('../..', import.meta.url).pathname;

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `threefold-bench-${label}-`));
}

/** Runs `threefold ARGS` (the built CLI) as its own process; wall time and peak memory. */
export function cli(
  args: string[],
  stdoutFile?: string,
): { seconds: number; cpuSeconds: number; peakMiB: number; stdout: string } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [join(ROOT, 'bench/lib/child.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['ignore', stdoutFile ? 'pipe' : 'pipe', 'pipe'],
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0)
    throw new Error(`threefold ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  const rss = /MAXRSS_KIB (\d+)/.exec(result.stderr);
  // CPU time (user + system) as well as wall time: on a shared machine the wall clock also
  // counts the time other processes held the cores.
  const cpu = /CPU_US (\d+)/.exec(result.stderr);
  return {
    seconds,
    cpuSeconds: cpu ? Number(cpu[1]) / 1e6 : Number.NaN,
    peakMiB: rss ? Number(rss[1]) / 1024 : Number.NaN,
    stdout: result.stdout,
  };
}

export function time<T>(fn: () => T): { seconds: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, value };
}

export const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);

/** Starts a server process from a module script; resolves with its base URL (printed on stdout). */
export function startProcess(script: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /URL (\S+)/.exec(out);
      if (m) ok({ url: m[1]!.replace(/\/(#.*)?$/, ''), child });
    });
    child.on('exit', (code) => fail(new Error(`server exited with ${code}: ${out}`)));
  });
}
