// Reads the import answer defensively: a threefold document answers `{ mode, changes }`, the
// format importers add what they matched and skipped. Unknown fields are ignored.

export interface CollectionChange {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportResult {
  mode?: string;
  format?: string;
  changes?: Record<string, CollectionChange>;
  people?: { created?: number; matched?: number };
  interactions?: { new?: number; alreadyThere?: number } | number;
  unsure?: unknown[];
  skipped?: { reason: string; count: number }[];
  [extra: string]: unknown;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The per-collection rows worth showing: collections the import touched at all. */
export function changeRows(result: ImportResult): { collection: string; change: CollectionChange }[] {
  const rows: { collection: string; change: CollectionChange }[] = [];
  for (const [collection, raw] of Object.entries(result.changes ?? {})) {
    const c = raw as Partial<CollectionChange> | null;
    if (!c) continue;
    const change = {
      created: isCount(c.created) ? c.created : 0,
      updated: isCount(c.updated) ? c.updated : 0,
      unchanged: isCount(c.unchanged) ? c.unchanged : 0,
    };
    if (change.created + change.updated + change.unchanged > 0) rows.push({ collection, change });
  }
  return rows;
}

const SINGULAR: Record<string, string> = {
  people: 'person',
  organizations: 'organization',
  relationships: 'relationship',
  ties: 'tie',
  interactions: 'interaction',
  groups: 'group',
  goals: 'goal',
  commitments: 'commitment',
};

/** "1 goal", "2 goals": the collection's name agreeing with its count. */
export function countOf(n: number, collection: string): string {
  return `${n} ${n === 1 ? (SINGULAR[collection] ?? collection) : collection}`;
}

/** One sentence for the status line: "Imported (new: 12 people, 1 goal)". */
export function headline(rows: { collection: string; change: CollectionChange }[]): string {
  const created = rows
    .filter((r) => r.change.created > 0)
    .map((r) => countOf(r.change.created, r.collection));
  const updated = rows.reduce((n, r) => n + r.change.updated, 0);
  const parts: string[] = [];
  if (created.length > 0) parts.push(`new: ${created.join(', ')}`);
  if (updated > 0) parts.push(`${updated} record${updated === 1 ? '' : 's'} updated`);
  return parts.length > 0
    ? `Imported (${parts.join('; ')})`
    : 'Imported: nothing new, everything was already there';
}
