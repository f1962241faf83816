import { companyReport } from '../app/company.js';
import { bridgesFromReport, type UnitBridge } from '../core/programme/bridges.js';
import { organisationKernelsOnThreads } from '../workers/organisation-kernels.js';
import type { CompanySource } from './company-source.js';

/**
 * The organisation analysis's bridges for a programme's peer groups (team servers): from the
 * report as of today, computed once per version of the data and day, and logged as every
 * query of the organisation's data is. Only an admin may ask (the report's own rule).
 */
export function organisationBridges(source: CompanySource, today: () => string): () => Promise<UnitBridge[]> {
  let cached: { key: string; bridges: Promise<UnitBridge[]> } | undefined;
  return async () => {
    source.mayReadReport();
    if (!(await source.available())) return [];
    const key = `${await source.version()}|${today()}`;
    const context = (store: ReturnType<CompanySource['open']>['store']) => ({
      store,
      pseudonym: source.pseudonym,
      analyst: source.self() ?? 'team',
      now: new Date().toISOString(),
      today: today(),
      kernels: organisationKernelsOnThreads,
    });
    const { store, close } = source.open();
    if (cached?.key === key) {
      try {
        await store.logQuery({
          at: new Date().toISOString(),
          analyst: source.self() ?? 'team',
          query: 'report',
          detail: JSON.stringify({ asOf: today(), for: 'peer groups' }),
        });
      } finally {
        await close();
      }
      return cached.bridges;
    }
    const bridges = companyReport(context(store), { asOf: today() }).then(bridgesFromReport).finally(close);
    cached = { key, bridges };
    bridges.catch(() => {
      if (cached?.key === key) cached = undefined;
    });
    return bridges;
  };
}
