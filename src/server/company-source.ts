import { existsSync } from 'node:fs';
import type { CompanyStore } from '../app/company-port.js';
import type { JobQueue } from '../app/jobs.js';
import { forbidden } from '../errors.js';
import { openCompanyStore } from '../store/company/sqlite-company-store.js';
import type { PostgresDatabase } from '../store/postgres/database.js';
import { currentSession } from './team.js';

/**
 * Where the server reads the organisation analysis from, and who may read it: the company file
 * beside the network on a laptop (whoever holds the server's token), the team database on a
 * team server (the report for admins; each account its own picture, given the key).
 */
export interface CompanySource {
  available(): Promise<boolean>;
  /** Changes whenever the data does, so a report is computed once per version. */
  version(): Promise<string>;
  open(): { store: CompanyStore; close(): Promise<void> };
  /** Throws unless this request may read the organisation report. */
  mayReadReport(): void;
  /** The signed-in person's address, for their own picture (team servers only). */
  self(): string | undefined;
  /** The signed-in account, and the queue long reports run on (team servers only). */
  asker(): { id: string; email: string } | undefined;
  queue: JobQueue | undefined;
  /** The organisation's keyed hash, when the server was given the key. */
  pseudonym: ((id: string) => string) | null;
}

export function fileCompanySource(dbPath: string, pseudonym: ((id: string) => string) | null): CompanySource {
  const open = () => {
    const store = openCompanyStore(dbPath);
    return { store, close: () => store.close() };
  };
  return {
    available: async () => existsSync(dbPath),
    version: async () => {
      const { store, close } = open();
      try {
        return await store.dataVersion();
      } finally {
        await close();
      }
    },
    open,
    mayReadReport: () => {},
    self: () => undefined,
    asker: () => undefined,
    queue: undefined,
    pseudonym,
  };
}

export function teamCompanySource(
  database: PostgresDatabase,
  pseudonym: ((id: string) => string) | null,
  queue: JobQueue | undefined,
): CompanySource {
  const store = database.company();
  return {
    available: async () => (await store.people()) > 0,
    version: () => store.dataVersion(),
    open: () => ({ store, close: async () => {} }),
    mayReadReport: () => {
      if (currentSession().account.role !== 'admin')
        throw forbidden("the organisation's report is for its admins; each person sees their own picture");
    },
    self: () => currentSession().account.email,
    asker: () => {
      const { id, email } = currentSession().account;
      return { id, email };
    },
    queue,
    pseudonym,
  };
}
