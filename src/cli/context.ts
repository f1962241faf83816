import type { Command } from 'commander';
import type { NetworkStore } from '../app/port.js';
import type { Config } from '../config.js';
import { isIsoDate } from '../document/dates.js';
import { invalidInput } from '../errors.js';
import { openStore, type Store } from '../store/open.js';
import type { Output } from './output.js';

/** What every command receives: configuration, the store (opened on first use), output. */
export interface CliContext {
  readonly config: Config;
  readonly out: Output;
  /** Standard error, for progress and notes that must not pollute JSON on standard output. */
  readonly err: Output;
  store(): Store;
  /**
   * The same store as the storage port the use cases (src/app) run on, loaded when first asked
   * for: the port's record validation loads zod and the document schema (a tenth of a second),
   * which `assess` and `suggest` never need.
   */
  network(): Promise<NetworkStore>;
  /** Today's date (YYYY-MM-DD): read here, at the edge, never inside the core. */
  today(): string;
  /** A `--as-of` / `--week` style option: a valid ISO date, or today. */
  date(value: string | undefined, option: string): string;
  close(): void;
}

export function createContext(
  config: Config,
  out: Output,
  err: Output,
  now: () => Date = () => new Date(),
): CliContext {
  let store: Store | undefined;
  let network: Promise<NetworkStore> | undefined;
  const opened = () => {
    store ??= openStore(config.dbPath);
    return store;
  };
  return {
    config,
    out,
    err,
    store: opened,
    network: () => {
      network ??= import('../store/sqlite-network-store.js').then((m) => new m.SqliteNetworkStore(opened()));
      return network;
    },
    today: () => now().toISOString().slice(0, 10),
    date(value, option) {
      if (value === undefined) return now().toISOString().slice(0, 10);
      if (!isIsoDate(value)) throw invalidInput(`${option}: "${value}" is not a date (use YYYY-MM-DD)`);
      return value.slice(0, 10);
    },
    close: () => {
      store?.close();
      store = undefined;
      network = undefined;
    },
  };
}

/** `--json` is accepted on any command; this reads it whichever level it was given at. */
export function wantsJson(command: Command): boolean {
  let c: Command | null = command;
  while (c) {
    if (c.opts().json) return true;
    c = c.parent;
  }
  return false;
}

export type Register = (program: Command, ctx: CliContext) => void;
