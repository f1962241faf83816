import { COLLECTION_LIMITS, overLimit } from '../core/vocabulary.js';
import type { MergeSummary } from '../document/merge.js';
import { validateDocument } from '../document/validate.js';
import { invalidInput, notFound } from '../errors.js';
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
  if (mode === 'merge') await checkMergeFits(store, doc);
  if (options.dryRun)
    return (await store.importDocument(doc, mode, { dryRun: true })) as Record<string, unknown>;
  const backup =
    mode === 'replace' ? await backupNetwork(store, { at: options.at, reason: 'before-replace' }) : undefined;
  const summary = (await store.importDocument(doc, mode)) as Record<string, unknown>;
  return backup ? { ...summary, backup } : summary;
}

/**
 * A merge must leave a network within the document's limits (else it could not be exported and
 * imported again). When the records now and those coming could exceed one, a dry run says how
 * many the merge would really add (records with the same key replace each other).
 */
export async function checkMergeFits(
  store: NetworkStore,
  doc: Parameters<NetworkStore['importDocument']>[0],
  limits: Parameters<typeof overLimit>[1] = COLLECTION_LIMITS,
): Promise<void> {
  const now = await store.counts();
  const at = (added: { people: number; ties: number; interactions: number }) =>
    overLimit(
      {
        people: now.people + added.people,
        ties: now.ties + added.ties,
        interactions: now.interactions + added.interactions,
      },
      limits,
    );
  const coming = {
    people: doc.people.length,
    ties: doc.ties?.length ?? 0,
    interactions: doc.interactions?.length ?? 0,
  };
  if (!at(coming)) return;
  const { changes } = (await store.importDocument(doc, 'merge', { dryRun: true })) as {
    changes: MergeSummary;
  };
  const over = at({
    people: changes.people.created,
    ties: changes.ties.created,
    interactions: changes.interactions.created,
  });
  if (over) throw invalidInput(`nothing was written: after the merge the network would hold ${over}`);
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
