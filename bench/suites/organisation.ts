// Organisation network analysis (`threefold company`) on generated companies: 10,000 people and
// 1,000,000 rows of collaboration end to end (CSV import through the CLI, then the report), and
// at 200,000 people / 20,000,000 rows (BENCH_ORG_LARGE=1) the streamed CSV import through the
// CLI and the analysis in memory. BENCH_ORG_INGEST_ONLY=1 runs the imports alone. igraph runs
// on the same tie graph where python3-igraph is installed: build, constraint, Louvain; and
// builds its graph from the same collaboration CSV, to compare with the import.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { betweenness, edgeCount } from '../../src/core/graph/index.js';
import type { SampledBetweenness } from '../../src/core/graph/sampled-betweenness.js';
import { generateOrganisation } from '../../src/core/organisation/generate.js';
import { betweennessOf, communitiesOf, holesOf } from '../../src/core/organisation/kernels.js';
import { CHANNELS, dateOfDay, type OrganisationData } from '../../src/core/organisation/model.js';
import { prepareOrganisation } from '../../src/core/organisation/prepare.js';
import { organisationReport } from '../../src/core/organisation/report.js';
import { startPostgres, type TestCluster } from '../../src/test-support/postgres.js';
import { sampledBetweennessOnThreads } from '../../src/workers/organisation-kernels.js';
import { type BenchResult, cli, tempDir, time } from '../lib/index.js';

const asOf = '2026-11-30';

function python(script: string, timeout = 3_600_000): string | null {
  const interpreter = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const r = spawnSync(interpreter, ['-c', script], { encoding: 'utf8', timeout });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** 100 people a unit; ties inside and outside chosen so the rows come to `rows`. */
function company(people: number, rows: number) {
  const perTie = 2;
  const tiesPerPerson = (rows / perTie / people) * 2;
  return time(() =>
    generateOrganisation({
      units: people / 100,
      perUnit: 100,
      asOf,
      silos: Math.max(1, people / 2000),
      brokers: Math.max(4, people / 1000),
      overloaded: people / 100,
      newLeaders: Math.max(6, people / 500),
      insideTies: Math.round(tiesPerPerson * 0.8),
      outsideTies: Math.round(tiesPerPerson * 0.2),
      rowsPerTie: perTie,
    }),
  );
}

/** The roster and collaboration CSVs, written a hundred thousand lines at a time (20M rows is a gigabyte). */
function writeCsv(dir: string, data: OrganisationData): { roster: string; edges: string } {
  const roster = join(dir, 'roster.csv');
  writeFileSync(
    roster,
    `id,unit,function,level,location,manager,start date\n${data.people
      .map((p) =>
        [p.id, p.unit, p.function, p.level, p.location, p.manager ?? '', p.startDate ?? ''].join(','),
      )
      .join('\n')}\n`,
  );
  const edges = join(dir, 'edges.csv');
  const fd = openSync(edges, 'w');
  const c = data.collaboration;
  let lines = ['from,to,period,channel,count,minutes'];
  for (let e = 0; e < c.length; e++) {
    lines.push(
      `${data.people[c.a[e]!]!.id},${data.people[c.b[e]!]!.id},${dateOfDay(c.day[e]!)},${CHANNELS[c.channel[e]!]},${c.count[e]},${c.minutes[e]}`,
    );
    if (lines.length === 100_000) {
      writeSync(fd, `${lines.join('\n')}\n`);
      lines = [];
    }
  }
  if (lines.length > 0) writeSync(fd, `${lines.join('\n')}\n`);
  closeSync(fd);
  return { roster, edges };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { seconds: (performance.now() - start) / 1000, value };
}

function precisionDetail(b: SampledBetweenness, brokersAbove: number, planted: number): string {
  const p = b.precision;
  if (p === null) return 'exact';
  const within = p.relativeHalfWidth === null ? '–' : `±${(100 * p.relativeHalfWidth).toFixed(0)} %`;
  return `top-5 % line ${p.line.toExponential(2)}, typical 95 % interval there ${within}, ${p.unsettled} people unsettled; ${brokersAbove}/${planted} planted brokers above the line`;
}

let cluster: TestCluster | undefined;

/**
 * The same imports into PostgreSQL (BENCH_ORG_PG=1): a throwaway server of the test support's
 * (fsync off), the CLI with `--database`; the peak memory is the CLI's, not the server's.
 */
async function intoPostgres(label: string, files: { roster: string; edges: string }, key: string) {
  if (!cluster) {
    cluster = await startPostgres();
    process.on('exit', () => cluster?.stop());
  }
  const base = ['company', '--database', cluster.ownerUrl, '--key-file', key];
  const roster = cli([...base, 'roster', files.roster]);
  const imported = cli([...base, 'collaboration', files.edges, '--json']);
  const rows = (JSON.parse(imported.stdout) as { rows: number }).rows;
  return [
    {
      name: `${label}: import the roster into PostgreSQL (CLI process)`,
      seconds: roster.seconds,
      detail: `CPU ${roster.cpuSeconds.toFixed(1)} s, peak ${roster.peakMiB.toFixed(0)} MiB`,
    },
    {
      name: `${label}: import the collaboration into PostgreSQL (CLI process)`,
      seconds: imported.seconds,
      detail: `CPU ${imported.cpuSeconds.toFixed(1)} s (the CLI's; the server's apart), peak ${imported.peakMiB.toFixed(0)} MiB, ${rows} rows kept`,
    },
  ];
}

/**
 * The roster and collaboration imports through the CLI (a process each: wall, CPU, peak RSS),
 * and igraph building its graph from the same CSV (Python's csv module into Graph.TupleList,
 * one thread): it reads and links the rows but neither checks, pseudonymises nor stores them.
 */
async function ingest(label: string, data: OrganisationData, dir: string): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const files = writeCsv(dir, data);
  const key = join(dir, 'key');
  writeFileSync(key, 'bench-key-'.padEnd(40, 'x'));
  const db = join(dir, `company-${label.replace(/\W+/g, '-')}.db`);
  const base = ['company', '--company-db', db, '--key-file', key];
  const roster = cli([...base, 'roster', files.roster]);
  out.push({
    name: `${label}: import the roster (CLI process)`,
    seconds: roster.seconds,
    detail: `CPU ${roster.cpuSeconds.toFixed(1)} s, peak ${roster.peakMiB.toFixed(0)} MiB`,
  });
  const size = statSync(files.edges).size / 2 ** 20;
  const imported = cli([...base, 'collaboration', files.edges, '--json']);
  const rows = (JSON.parse(imported.stdout) as { rows: number }).rows;
  out.push({
    name: `${label}: import ${data.collaboration.length} rows of collaboration (CLI process)`,
    seconds: imported.seconds,
    detail: `CPU ${imported.cpuSeconds.toFixed(1)} s, peak ${imported.peakMiB.toFixed(0)} MiB, ${size.toFixed(0)} MiB CSV, ${rows} rows kept, ${(statSync(db).size / 2 ** 20).toFixed(0)} MiB database`,
  });
  if (process.env.BENCH_ORG_PG === '1') out.push(...(await intoPostgres(label, files, key)));
  const igraph = python(`
import csv, resource, time, igraph as ig
t = time.perf_counter()
with open(${JSON.stringify(files.edges)}, newline="") as f:
    rows = csv.reader(f)
    next(rows)
    g = ig.Graph.TupleList(((r[0], r[1], float(r[4])) for r in rows), directed=False, weights=True)
build = time.perf_counter() - t
print(build, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, g.vcount(), g.ecount())
`);
  if (igraph === null)
    out.push({
      name: `${label}: igraph from the CSV`,
      seconds: Number.NaN,
      detail: 'python3-igraph not installed',
    });
  else {
    const [seconds, peak, n, m] = igraph.split(' ').map(Number) as [number, number, number, number];
    out.push({
      name: `${label}: igraph builds its graph from the same CSV`,
      seconds,
      detail: `peak ${peak.toFixed(0)} MiB, ${n} vertices, ${m} edges; threefold's import takes ${(imported.seconds / seconds).toFixed(2)}× its time`,
    });
  }
  return out;
}

async function analysis(
  label: string,
  data: OrganisationData,
  planted: string[],
  dir: string,
  exactToo: boolean,
): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const prepared = time(() => prepareOrganisation(data, { asOf }));
  const p = prepared.value;
  const g = p.graph;
  out.push({
    name: `${label}: window ties from the rows`,
    seconds: prepared.seconds,
    detail: `${data.collaboration.length} rows -> ${edgeCount(g)} ties`,
  });
  const options = { betweennessSamples: p.betweennessSamples, seed: p.seed };
  const holes = time(() => holesOf(g));
  out.push({ name: `${label}: constraint + effective size, every person`, seconds: holes.seconds });
  const communities = time(() => communitiesOf(g, options));
  out.push({
    name: `${label}: Louvain`,
    seconds: communities.seconds,
    detail: `${communities.value.count} communities, modularity ${communities.value.modularity.toFixed(3)}`,
  });
  const between = await timeAsync(() => sampledBetweennessOnThreads(g, options));
  const above = (values: Float64Array, line: number) =>
    planted.filter((id) => values[g.index.get(id)!]! >= line).length;
  const line = between.value.precision?.line ?? 0;
  out.push({
    name: `${label}: betweenness sampled on two threads (${between.value.samples} sources)`,
    seconds: between.seconds,
    detail: precisionDetail(between.value, above(between.value.values, line), planted.length),
  });
  if (exactToo) {
    const one = time(() => betweennessOf(g, options));
    out.push({
      name: `${label}: the same, one thread`,
      seconds: one.seconds,
      detail: `${one.value.samples} sources`,
    });
    const exact = time(() => betweenness(g, { exactUpTo: g.n }));
    const sorted = Float64Array.from(exact.value.values).sort();
    const exactLine = sorted[Math.floor(0.95 * (sorted.length - 1))]!;
    let inside = 0;
    for (let v = 0; v < g.n; v++)
      if (Math.abs(between.value.values[v]! - exact.value.values[v]!) <= between.value.halfWidth![v]!)
        inside++;
    out.push({
      name: `${label}: betweenness exact (Brandes, every source, one thread)`,
      seconds: exact.seconds,
      detail: `top-5 % line ${exactLine.toExponential(2)}; the sampled intervals hold the exact value for ${((100 * inside) / g.n).toFixed(1)} % of people; ${above(exact.value.values, exactLine)}/${planted.length} planted brokers above the exact line`,
    });
  }
  const report = time(() =>
    organisationReport(p, { ...holes.value, betweenness: between.value, communities: communities.value }),
  );
  out.push({
    name: `${label}: report from the kernels`,
    seconds: report.seconds,
    detail: `${report.value.silos.length} silos, ${report.value.brokers.count} brokers`,
  });

  const edges = join(dir, `${label.replace(/\W+/g, '-')}-ties.txt`);
  const lines: string[] = [];
  for (let u = 0; u < g.n; u++)
    for (let i = g.offsets[u]!; i < g.offsets[u + 1]!; i++)
      if (g.neighbors[i]! > u) lines.push(`${u} ${g.neighbors[i]} ${g.weights[i]}`);
  writeFileSync(edges, `${lines.join('\n')}\n`);
  const igraph = python(`
import time, igraph as ig
t = time.perf_counter()
g = ig.Graph.Read_Ncol(${JSON.stringify(edges)}, names=False, weights=True, directed=False)
build = time.perf_counter() - t
t = time.perf_counter(); g.constraint(weights="weight"); c = time.perf_counter() - t
t = time.perf_counter(); g.community_multilevel(weights="weight"); l = time.perf_counter() - t
print(build, c, l)
`);
  if (igraph === null) {
    out.push({ name: `${label}: igraph`, seconds: Number.NaN, detail: 'python3-igraph not installed' });
    return out;
  }
  // igraph 0.10 cannot trace a subset of sources: exact betweenness where it is feasible, else
  // routes of at most two hops (its `cutoff`), under a time limit.
  const cutoff = exactToo ? 'None' : '2';
  const limit = 1_800_000;
  const igraphBetweenness = python(
    `
import time, igraph as ig
g = ig.Graph.Read_Ncol(${JSON.stringify(edges)}, names=False, weights=True, directed=False)
t = time.perf_counter(); g.betweenness(directed=False, cutoff=${cutoff}); print(time.perf_counter() - t)
`,
    limit,
  );
  out.push({
    name: `${label}: igraph betweenness, ${exactToo ? 'exact (every source)' : 'routes of up to 2 hops (cutoff=2), every source'}`,
    seconds: igraphBetweenness === null ? Number.NaN : Number(igraphBetweenness),
    detail: igraphBetweenness === null ? `did not finish within ${limit / 60_000} minutes` : 'one thread',
  });
  const [build, constraint, louvain] = igraph.split(' ').map(Number) as [number, number, number];
  out.push({ name: `${label}: igraph build from the tie list`, seconds: build });
  out.push({
    name: `${label}: igraph constraint, same graph`,
    seconds: constraint,
    detail: `threefold takes ${(holes.seconds / constraint).toFixed(2)}× igraph's time`,
  });
  out.push({
    name: `${label}: igraph Louvain (multilevel), same graph`,
    seconds: louvain,
    detail: `threefold takes ${(communities.seconds / louvain).toFixed(2)}× igraph's time`,
  });
  return out;
}

export async function run(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const dir = tempDir('organisation');
  const ingestOnly = process.env.BENCH_ORG_INGEST_ONLY === '1';
  const small = company(10_000, 1_000_000);
  out.push({
    name: '10k people / 1M rows: generate',
    seconds: small.seconds,
    detail: `${small.value.data.collaboration.length} rows`,
  });
  out.push(...(await ingest('10k', small.value.data, dir)));
  if (!ingestOnly) {
    const key = join(dir, 'key');
    const base = ['company', '--company-db', join(dir, 'company-10k.db'), '--key-file', key];
    const report = cli([...base, 'report', '--as-of', asOf, '--json']);
    out.push({
      name: '10k: company report --json (CLI process, kernels on two threads)',
      seconds: report.seconds,
      detail: `CPU ${report.cpuSeconds.toFixed(1)} s, peak ${report.peakMiB.toFixed(0)} MiB`,
    });
    out.push(...(await analysis('10k / 1M', small.value.data, small.value.planted.brokers, dir, true)));
  }
  if (process.env.BENCH_ORG_LARGE === '1') {
    const large = company(200_000, 20_000_000);
    out.push({
      name: '200k people / 20M rows: generate',
      seconds: large.seconds,
      detail: `${large.value.data.collaboration.length} rows`,
    });
    out.push(...(await ingest('200k', large.value.data, dir)));
    if (!ingestOnly)
      out.push(...(await analysis('200k / 20M', large.value.data, large.value.planted.brokers, dir, false)));
  }
  return out;
}
