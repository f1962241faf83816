import { validateDocument } from '../document/validate.js';
import { notFound } from '../errors.js';
import type { Backup, ImportMode, NetworkStore } from './port.js';

/** `threefold-20261204T023512123Z-before-replace.json`: sorts by time, says why it was taken. */
export function backupName(at: string, reason?: string): string {
  const stamp = new Date(at).toISOString().replace(/[-:.]/g, '');
  return `threefold-${stamp}${reason ? `-${reason}` : ''}.json`;
}

/** Keeps a copy of the whole network as it is now; undefined when there is no network yet. */
export async function backupNetwork(
  store: NetworkStore,
  options: { at: string; reason?: string },
): Promise<Backup | undefined> {
  const doc = await store.exportDocument();
  if (!doc) return undefined;
  return store.saveBackup(backupName(options.at, options.reason), `${JSON.stringify(doc, null, 2)}\n`);
}

/**
 * Imports a whole threefold/1 document: into an empty store, merged by key, or replacing all. A
 * replace first keeps a copy of the network it replaces (`backup`), which `restoreBackup` brings
 * back: nothing a replace removes is lost.
 */
export async function importNetwork(
  store: NetworkStore,
  doc: Parameters<NetworkStore['importDocument']>[0],
  mode: ImportMode,
  options: { at: string; dryRun?: boolean },
): Promise<{ backup?: Backup } & Record<string, unknown>> {
  if (options.dryRun)
    return (await store.importDocument(doc, mode, { dryRun: true })) as Record<string, unknown>;
  const backup =
    mode === 'replace' ? await backupNetwork(store, { at: options.at, reason: 'before-replace' }) : undefined;
  const summary = (await store.importDocument(doc, mode)) as Record<string, unknown>;
  return backup ? { ...summary, backup } : summary;
}

/** Brings back a copy kept earlier, in place of the network now (itself kept first). */
export async function restoreBackup(
  store: NetworkStore,
  name: string,
  options: { at: string },
): Promise<{ restored: string; backup?: Backup } & Record<string, unknown>> {
  const text = await store.readBackup(name);
  if (text === undefined) throw notFound(`no backup "${name}"`);
  const doc = validateDocument(JSON.parse(text));
  const backup = await backupNetwork(store, { at: options.at, reason: 'before-restore' });
  const summary = (await store.importDocument(doc, 'replace')) as Record<string, unknown>;
  return { restored: name, ...summary, ...(backup ? { backup } : {}) };
}
