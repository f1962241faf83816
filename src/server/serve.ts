import { spawn } from 'node:child_process';
import { runCompanyReportJob } from '../app/company.js';
import type { CompanyStore } from '../app/company-port.js';
import { COHORT_JOB, COMPANY_REPORT_JOB } from '../app/jobs.js';
import type { NetworkStore } from '../app/port.js';
import { type ProgrammeStore, runCohortJob } from '../app/programmes.js';
import { pseudonymiser } from '../io/company/pseudonym.js';
import { SqliteNetworkStore } from '../store/sqlite-network-store.js';
import { organisationKernelsOnThreads } from '../workers/organisation-kernels.js';
import { organisationBridges } from './company-bridges.js';
import { type CompanySource, fileCompanySource, teamCompanySource } from './company-source.js';
import { createApp } from './index.js';
import { DEFAULT_HOST, DEFAULT_PORT, listen, type RunningServer } from './start.js';
import type { Team } from './team.js';

export interface ServeOptions {
  dbPath: string;
  /** A team server's PostgreSQL database instead of the SQLite file, and whose network it serves. */
  database?: { url: string; leader: string; migrate: boolean; team: boolean; worker?: boolean } | undefined;
  host?: string;
  port?: number;
  token?: string | undefined;
  allowHosts?: readonly string[];
  webRoot?: string;
  open?: boolean;
  /** The company database of `threefold company`, shown on the Organisation page when it exists. */
  companyDbPath?: string;
  /** The organisation's key, so a team server can show each person their own picture. */
  companyKey?: string | null;
}

/** Opens the user's browser on the app; failing to is not an error (a server has no display). */
export function openBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer.exe' : 'xdg-open';
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener on this machine: the printed URL is enough.
  }
}

/** What the server serves: one network (the SQLite file, or one leader's on PostgreSQL), or a team. */
async function openBackend(
  options: ServeOptions,
): Promise<{ store?: NetworkStore; team?: Team; company?: CompanySource; close(): Promise<void> }> {
  const pseudonym = options.companyKey ? pseudonymiser(options.companyKey) : null;
  if (!options.database) {
    const store = SqliteNetworkStore.open(options.dbPath);
    return {
      store,
      ...(options.companyDbPath ? { company: fileCompanySource(options.companyDbPath, null) } : {}),
      close: () => store.close(),
    };
  }
  // The PostgreSQL driver loads only for a server on PostgreSQL.
  const { PostgresDatabase } = await import('../store/postgres/database.js');
  const { url, leader, migrate, team } = options.database;
  const database = await PostgresDatabase.connect(url, { migrate });
  if (!team) return { store: database.network(leader), close: () => database.close() };
  const accounts = database.accounts();
  // A leader's network is their own: its tenant is their account.
  const storeFor = (accountId: string) => database.network(accountId);
  const jobs = await database.jobs((err) => console.error(err));
  // A server is also a worker unless told otherwise (workers may run apart: threefold worker).
  if (options.database.worker !== false) await runWorkers(jobs, accounts, storeFor, database.company());
  const company = teamCompanySource(database, pseudonym, jobs);
  return {
    team: {
      accounts,
      storeFor,
      now: () => new Date(),
      jobs,
      unitBridges: organisationBridges(company, () => new Date().toISOString().slice(0, 10)),
    },
    company,
    close: async () => {
      await jobs.stop();
      await database.close();
    },
  };
}

/** Makes this process run the team server's jobs. */
export async function runWorkers(
  jobs: { work(kind: string, handler: (data: Record<string, unknown>) => Promise<unknown>): Promise<void> },
  accounts: ProgrammeStore,
  storeFor: (accountId: string) => NetworkStore,
  company: CompanyStore,
): Promise<void> {
  await jobs.work(COHORT_JOB, (data) => runCohortJob(accounts, data, storeFor));
  await jobs.work(COMPANY_REPORT_JOB, (data) =>
    runCompanyReportJob(
      {
        store: company,
        pseudonym: null,
        now: new Date().toISOString(),
        today: new Date().toISOString().slice(0, 10),
        kernels: organisationKernelsOnThreads,
      },
      data,
    ),
  );
}

/** `threefold serve`: the store, the app, the socket; resolves once listening. */
export async function runServe(options: ServeOptions): Promise<RunningServer> {
  const backend = await openBackend(options);
  try {
    const running = await listen(
      (allowedHosts) =>
        createApp({
          ...(backend.store ? { store: backend.store } : {}),
          ...(backend.team ? { team: backend.team } : {}),
          token: options.token,
          allowedHosts,
          ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}),
          ...(backend.company ? { company: backend.company } : {}),
        }),
      {
        host: options.host ?? DEFAULT_HOST,
        port: options.port ?? DEFAULT_PORT,
        token: options.token,
        sessions: backend.team !== undefined,
        ...(options.allowHosts ? { allowHosts: options.allowHosts } : {}),
      },
    );
    if (options.open) openBrowser(running.url);
    return {
      ...running,
      close: async () => {
        await running.close();
        await backend.close();
      },
    };
  } catch (err) {
    await backend.close();
    throw err;
  }
}
