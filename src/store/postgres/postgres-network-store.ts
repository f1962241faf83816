import { sql, type Transaction } from 'kysely';
import type {
  ActionState,
  Backup,
  CollectionName,
  Counts,
  ImportMode,
  MergePeopleResult,
  NetworkStore,
  RecordQuery,
  Snapshot,
  StoredRecord,
  Versioned,
  WriteCondition,
} from '../../app/port.js';
import { pathInputOf } from '../../core/coach/path-graph.js';
import { mergePeopleInNetwork, movedByMerge } from '../../core/identity/merge.js';
import { slug } from '../../core/identity/normalise.js';
import { type Network, withoutContactDetails } from '../../core/model.js';
import { homeOrganizationRecord } from '../../document/home-organization.js';
import {
  COLLECTIONS,
  creationSummary,
  type MergeSummary,
  mergeDocuments,
  recordKey,
} from '../../document/merge.js';
import {
  checkRecord,
  namedIds,
  RECORD_RULES,
  withoutGroup,
  withoutPerson,
  withPersonReplaced,
} from '../../document/record-rules.js';
import { checkReferences, formatPath } from '../../document/references.js';
import { type Owner, OwnerSchema, type ThreefoldDocument } from '../../document/schema.js';
import { conflict, invalidInput, noNetworkYet, notFound, preconditionFailed } from '../../errors.js';
import { checkBackupName } from '../backups.js';
import { recordVersion } from '../record-version.js';
import { connectPostgres, type Db } from './database.js';
import { listQuery } from './list-query.js';

// biome-ignore lint/suspicious/noExplicitAny: as above
type Trx = Transaction<any>;

/** Thrown at the end of a dry run's transaction to roll it back. */
const DRY_RUN = Symbol('dry run');
const TOP_LEVEL = new Set(['format', 'owner', ...COLLECTIONS]);
const CHUNK = 2000;

/** JSON with its keys sorted: PostgreSQL's jsonb keeps keys in an order of its own. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = canonical((value as Record<string, unknown>)[key]);
  return out;
}
const versioned = (record: StoredRecord): Versioned => ({
  record,
  version: recordVersion(canonical(record)),
});

/** A tie's key holds U+0000 between the pair, which PostgreSQL text cannot: the pair as JSON. */
const dbKey = (collection: CollectionName, key: string) =>
  collection === 'ties' ? JSON.stringify(key.split('\u0000')) : key;
const shown = (collection: CollectionName, key: string) =>
  `${RECORD_RULES[collection].singular} "${key.replace('\u0000', '" and "')}"`;

/** PostgreSQL stores no U+0000 in text or JSON: it is refused with the field that holds it. */
function refuseNul(value: unknown, path: PropertyKey[] = []): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000'))
      throw invalidInput(`${formatPath(path)}: the character U+0000 (NUL) cannot be stored`, [
        { path: formatPath(path), message: 'NUL character' },
      ]);
  } else if (Array.isArray(value)) value.forEach((v, i) => refuseNul(v, [...path, i]));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      refuseNul(k, [...path, k]);
      refuseNul(v, [...path, k]);
    }
}

/**
 * The storage port on PostgreSQL, for a team server: one leader's network (`tenant`) per
 * instance, over a shared pool. Every transaction first sets the tenant, which row-level
 * security enforces (schema.ts); every write also takes the tenant's advisory lock, so one
 * leader's writes apply one at a time (as in the embedded store) while other leaders' proceed.
 */
export class PostgresNetworkStore implements NetworkStore {
  private constructor(
    private readonly db: Db,
    readonly tenant: string,
    private readonly ownsPool: boolean,
  ) {}

  /** A store for `tenant` with a pool of its own; `migrate` brings the schema up to date first. */
  static async open(
    url: string,
    options: { tenant: string; migrate?: boolean },
  ): Promise<PostgresNetworkStore> {
    const tenant = checkTenant(options.tenant);
    return new PostgresNetworkStore(await connectPostgres(url, options.migrate ?? true), tenant, true);
  }

  /** A store for `tenant` over a pool another owner closes. */
  static over(db: Db, tenant: string): PostgresNetworkStore {
    return new PostgresNetworkStore(db, checkTenant(tenant), false);
  }

  /** Another leader's store over the same pool. */
  forTenant(tenant: string): PostgresNetworkStore {
    return new PostgresNetworkStore(this.db, checkTenant(tenant), false);
  }

  private async read<T>(body: (trx: Trx) => Promise<T>): Promise<T> {
    return this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        await sql`SELECT set_config('threefold.tenant', ${this.tenant}, true)`.execute(trx);
        return body(trx);
      });
  }

  private async write<T>(body: (trx: Trx) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      await sql`SELECT set_config('threefold.tenant', ${this.tenant}, true)`.execute(trx);
      await sql`SELECT pg_advisory_xact_lock(hashtextextended(${this.tenant}, 7))`.execute(trx);
      const result = await body(trx);
      await sql`INSERT INTO revisions (revision) VALUES (1)
        ON CONFLICT (tenant) DO UPDATE SET revision = revisions.revision + 1`.execute(trx);
      return result;
    });
  }

  async dataVersion(): Promise<string> {
    return this.read(async (trx) => {
      const { rows } = await sql<{ revision: string }>`SELECT revision FROM revisions`.execute(trx);
      return rows[0]?.revision ?? '0';
    });
  }

  async counts(): Promise<Counts> {
    const rows = await this.read(
      async (trx) =>
        (
          await sql<{ collection: CollectionName; n: string }>`
          SELECT collection, count(*) AS n FROM records GROUP BY collection`.execute(trx)
        ).rows,
    );
    const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, 0])) as unknown as Counts;
    for (const r of rows) counts[r.collection] = Number(r.n);
    return counts;
  }

  async owner(): Promise<Owner | undefined> {
    return this.read((trx) => ownerOf(trx));
  }

  async setOwner(change: (current: Owner | undefined) => unknown): Promise<Owner> {
    return this.write(async (trx) => {
      const parsed = OwnerSchema.safeParse(change(await ownerOf(trx)));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw invalidInput(`invalid owner: ${formatPath(issue.path)}: ${issue.message}`);
      }
      refuseNul(parsed.data, ['owner']);
      await sql`INSERT INTO owners (data) VALUES (${JSON.stringify(parsed.data)}::jsonb)
        ON CONFLICT (tenant) DO UPDATE SET data = EXCLUDED.data`.execute(trx);
      return parsed.data;
    });
  }

  async list(collection: CollectionName, query: RecordQuery) {
    const { page, total } = listQuery(collection, query);
    return this.read(async (trx) => ({
      items: (await page.execute(trx)).rows.map((r) => r.data),
      total: Number((await total.execute(trx)).rows[0]?.n ?? 0),
    }));
  }

  async get(collection: CollectionName, key: string): Promise<Versioned | undefined> {
    const record = await this.read((trx) => recordOf(trx, collection, key));
    return record ? versioned(record) : undefined;
  }

  async create(
    collection: CollectionName,
    input: StoredRecord,
    idFrom?: { prefix: string; text: string },
  ): Promise<Versioned> {
    return this.write(async (trx) => {
      if (!(await ownerOf(trx))) throw noNetworkYet();
      let given = input;
      // The id comes first, so a record shown reads naturally.
      if (idFrom && input.id === undefined)
        given = { id: await readableId(trx, collection, idFrom.prefix, idFrom.text), ...input };
      const record = await checked(trx, collection, given);
      const key = recordKey(collection, record);
      if (await recordOf(trx, collection, key)) throw conflict(`${shown(collection, key)} already exists`);
      if (collection === 'organizations') await recordHomeOrganization(trx, String(record.id));
      await putRecords(trx, collection, [record]);
      return versioned(record);
    });
  }

  async update(
    collection: CollectionName,
    key: string,
    change: (current: StoredRecord) => StoredRecord,
    condition: WriteCondition = {},
  ): Promise<Versioned> {
    return this.write(async (trx) => {
      const current = await currentAt(trx, collection, key, condition);
      const record = await checked(trx, collection, change(current));
      if (recordKey(collection, record) !== key)
        throw invalidInput(`the ${RECORD_RULES[collection].singular}'s id cannot change`);
      await sql`UPDATE records SET data = ${JSON.stringify(record)}::jsonb
        WHERE collection = ${collection} AND key = ${dbKey(collection, key)}`.execute(trx);
      return versioned(record);
    });
  }

  async remove(collection: CollectionName, key: string, condition: WriteCondition = {}): Promise<void> {
    await this.write(async (trx) => {
      await currentAt(trx, collection, key, condition);
      if (collection === 'organizations') {
        const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM records
          WHERE collection = 'people' AND data->>'organization' = ${key}`.execute(trx);
        const users = Number(rows[0]?.n ?? 0);
        if (users > 0)
          throw conflict(`organization "${key}" still has ${users} people: move or remove them first`);
      }
      if (collection === 'people') await removeReferencesTo(trx, key);
      if (collection === 'groups') {
        const { rows } = await sql<{ data: StoredRecord }>`SELECT data FROM records
          WHERE collection = 'commitments' AND (data->'groups') ? ${key}`.execute(trx);
        await putRecords(
          trx,
          'commitments',
          rows.map((r) => withoutGroup(r.data, key)),
        );
      }
      await sql`DELETE FROM records WHERE collection = ${collection} AND key = ${dbKey(collection, key)}`.execute(
        trx,
      );
    });
  }

  async importDocument(doc: ThreefoldDocument, mode: ImportMode, options: { dryRun?: boolean } = {}) {
    refuseNul(doc);
    let summary: MergeSummary | undefined;
    try {
      await this.write(async (trx) => {
        const empty = !(await ownerOf(trx)) && !(await hasAny(trx, 'people'));
        if (mode === 'new' && !empty)
          throw conflict(
            'the database already holds a network: use --merge to add to it or --replace to start over',
          );
        if (mode === 'merge' && !empty) {
          const existing = await readDocument(trx);
          const problems = checkReferences(doc, {
            people: new Set(existing.people.map((p) => p.id)),
            organizations: new Set((existing.organizations ?? []).map((o) => o.id)),
          });
          if (problems.length > 0)
            throw invalidInput(
              `cannot merge: ${problems[0]!.path}: ${problems[0]!.message}`,
              problems.slice(0, 50),
            );
          const merged = mergeDocuments(existing, doc);
          summary = merged.summary;
          // Only the incoming records are written (an upsert keeps each one's place).
          await writeOwner(trx, merged.document);
          for (const collection of COLLECTIONS)
            await putRecords(trx, collection, (doc[collection] ?? []) as StoredRecord[]);
        } else {
          summary = creationSummary(doc);
          await sql`DELETE FROM records`.execute(trx);
          await writeOwner(trx, doc);
          for (const collection of COLLECTIONS)
            await putRecords(trx, collection, (doc[collection] ?? []) as StoredRecord[]);
        }
        if (options.dryRun) throw DRY_RUN;
      });
    } catch (err) {
      if (err !== DRY_RUN) throw err;
    }
    return { mode, changes: summary! };
  }

  async exportDocument(): Promise<ThreefoldDocument | undefined> {
    return this.read(async (trx) =>
      (await ownerOf(trx)) || (await hasAny(trx, 'people')) ? readDocument(trx) : undefined,
    );
  }

  async mergePeople(keep: string, drop: string): Promise<MergePeopleResult> {
    if (keep === drop) throw invalidInput('merge needs two different people');
    return this.write(async (trx) => {
      for (const id of [keep, drop])
        if (!(await recordOf(trx, 'people', id))) throw notFound(`no person "${id}"`);
      const around = await neighbourhood(trx, keep, drop);
      const moved = movedByMerge(around, drop);
      const merged = mergePeopleInNetwork(around, keep, drop);
      const { rows: commitments } = await sql<{ data: StoredRecord }>`SELECT data FROM records
        WHERE collection = 'commitments' AND (data->'people') ? ${drop}`.execute(trx);
      await putRecords(
        trx,
        'commitments',
        commitments.map((c) => withPersonReplaced(c.data, drop, keep)),
      );
      // What named either person is written again as the merge made it; the rest is untouched.
      await sql`DELETE FROM records WHERE (collection = 'relationships' AND key IN (${keep}, ${drop}))
        OR (collection = 'ties' AND (data->>'a' IN (${keep}, ${drop}) OR data->>'b' IN (${keep}, ${drop})))
        OR (collection = 'people' AND key = ${drop})`.execute(trx);
      await putRecords(trx, 'people', merged.people.filter((p) => p.id === keep) as StoredRecord[]);
      for (const collection of ['relationships', 'ties', 'groups', 'interactions', 'goals'] as const)
        await putRecords(trx, collection, (merged[collection] ?? []) as StoredRecord[]);
      return { kept: keep, removed: drop, moved };
    });
  }

  async actionStates(): Promise<ActionState[]> {
    const { rows } = await this.read((trx) =>
      sql<{ key: string; state: ActionState['state']; until: string | null; at: string }>`
        SELECT key, state, until, at FROM action_states ORDER BY at, key`.execute(trx),
    );
    return rows.map((r) => ({
      key: r.key,
      state: r.state,
      at: r.at,
      ...(r.until ? { until: r.until } : {}),
    }));
  }

  async setActionState(s: ActionState): Promise<ActionState> {
    await this.write((trx) =>
      sql`INSERT INTO action_states (key, state, until, at) VALUES (${s.key}, ${s.state}, ${s.until ?? null}, ${s.at})
        ON CONFLICT (tenant, key) DO UPDATE SET state = EXCLUDED.state, until = EXCLUDED.until, at = EXCLUDED.at`.execute(
        trx,
      ),
    );
    return s;
  }

  async clearActionState(key: string): Promise<void> {
    await this.write((trx) => sql`DELETE FROM action_states WHERE key = ${key}`.execute(trx));
  }

  async saveSnapshot(takenAt: string, asOf: string, data: unknown): Promise<Snapshot> {
    refuseNul(data, ['snapshot']);
    const { rows } = await this.write((trx) =>
      sql<{ id: string }>`INSERT INTO snapshots (taken_at, as_of, data)
        VALUES (${takenAt}, ${asOf}, ${JSON.stringify(data)}::jsonb) RETURNING id`.execute(trx),
    );
    return { id: rows[0]!.id, takenAt, asOf, data };
  }

  async listSnapshots(): Promise<Snapshot[]> {
    const { rows } = await this.read((trx) =>
      sql<{ id: string; taken_at: string; as_of: string; data: unknown }>`
        SELECT id, taken_at, as_of, data FROM snapshots ORDER BY as_of, id`.execute(trx),
    );
    return rows.map((r) => ({ id: r.id, takenAt: r.taken_at, asOf: r.as_of, data: r.data }));
  }

  async saveBackup(name: string, document: string): Promise<Backup> {
    checkBackupName(name);
    const backup = { name, takenAt: new Date().toISOString(), bytes: Buffer.byteLength(document) };
    await this.write(async (trx) => {
      // A backup is never overwritten.
      if ((await sql`SELECT 1 FROM backups WHERE name = ${name}`.execute(trx)).rows.length > 0)
        throw conflict(`a backup "${name}" already exists`);
      await sql`INSERT INTO backups (name, taken_at, bytes, document)
        VALUES (${name}, ${backup.takenAt}, ${backup.bytes}, ${document})`.execute(trx);
    });
    return backup;
  }

  async listBackups(): Promise<Backup[]> {
    const { rows } = await this.read((trx) =>
      sql<{ name: string; taken_at: string; bytes: number }>`
        SELECT name, taken_at, bytes FROM backups ORDER BY taken_at DESC, name DESC`.execute(trx),
    );
    return rows.map((r) => ({ name: r.name, takenAt: r.taken_at, bytes: r.bytes }));
  }

  async readBackup(name: string): Promise<string | undefined> {
    checkBackupName(name);
    const { rows } = await this.read((trx) =>
      sql<{ document: string }>`SELECT document FROM backups WHERE name = ${name}`.execute(trx),
    );
    return rows[0]?.document;
  }

  async analysisInput() {
    return this.read(async (trx) => {
      if (!(await ownerOf(trx))) throw noNetworkYet();
      const network = await readDocument(trx);
      network.people = network.people.map(withoutContactDetails);
      const { rows } = await sql<{ revision: string }>`SELECT revision FROM revisions`.execute(trx);
      return { network, compiled: {}, revision: Number(rows[0]?.revision ?? 0) };
    });
  }

  async pathInput(asOf: string) {
    return this.read(async (trx) => {
      if (!(await ownerOf(trx))) throw noNetworkYet();
      return pathInputOf(await readDocument(trx), asOf);
    });
  }

  async personNames(ids: readonly string[]): Promise<Map<string, string>> {
    const { rows } = await this.read((trx) =>
      sql<{ key: string; name: string }>`SELECT key, data->>'name' AS name FROM records
        WHERE collection = 'people' AND key = ANY(${[...new Set(ids)]}::text[])`.execute(trx),
    );
    return new Map(rows.map((r) => [r.key, r.name]));
  }

  async personEmails(ids: readonly string[]): Promise<Map<string, string[]>> {
    const { rows } = await this.read((trx) =>
      sql<{ key: string; emails: string[] | null }>`SELECT key, data->'emails' AS emails FROM records
        WHERE collection = 'people' AND key = ANY(${[...new Set(ids)]}::text[])`.execute(trx),
    );
    return new Map(rows.filter((r) => r.emails && r.emails.length > 0).map((r) => [r.key, r.emails!]));
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.db.destroy();
  }
}

function checkTenant(tenant: string): string {
  if (!/^[\w.@:-]{1,200}$/.test(tenant))
    throw invalidInput(`"${tenant}" cannot name a leader's network: letters, digits and . @ : _ - only`);
  return tenant;
}

async function ownerOf(trx: Trx): Promise<Owner | undefined> {
  const { rows } = await sql<{ data: Owner }>`SELECT data FROM owners`.execute(trx);
  return rows[0]?.data;
}

async function hasAny(trx: Trx, collection: CollectionName): Promise<boolean> {
  return (
    (await sql`SELECT 1 FROM records WHERE collection = ${collection} LIMIT 1`.execute(trx)).rows.length > 0
  );
}

async function recordOf(
  trx: Trx,
  collection: CollectionName,
  key: string,
  forUpdate = false,
): Promise<StoredRecord | undefined> {
  const { rows } = await sql<{ data: StoredRecord }>`SELECT data FROM records
    WHERE collection = ${collection} AND key = ${dbKey(collection, key)} ${forUpdate ? sql`FOR UPDATE` : sql``}`.execute(
    trx,
  );
  return rows[0]?.data;
}

/** The record as it is now, which must still be at the version the caller read (if named). */
async function currentAt(
  trx: Trx,
  collection: CollectionName,
  key: string,
  { ifVersion }: WriteCondition,
): Promise<StoredRecord> {
  const current = await recordOf(trx, collection, key, true);
  if (!current) throw notFound(`no ${shown(collection, key)}`);
  if (ifVersion !== undefined) {
    const { version } = versioned(current);
    if (typeof ifVersion === 'string' ? version !== ifVersion : !ifVersion.includes(version))
      throw preconditionFailed(
        `the ${shown(collection, key)} has changed since it was read: read it again and retry`,
      );
  }
  return current;
}

/** The record checked against its schema and the people and organisations stored. */
async function checked(trx: Trx, collection: CollectionName, record: unknown): Promise<StoredRecord> {
  const named =
    record !== null && typeof record === 'object'
      ? namedIds(collection, record as StoredRecord)
      : { people: [], organizations: [], groups: [] };
  const found = async (c: CollectionName, ids: string[]) =>
    new Set(
      ids.length === 0
        ? []
        : (
            await sql<{ key: string }>`SELECT key FROM records
              WHERE collection = ${c} AND key = ANY(${ids}::text[])`.execute(trx)
          ).rows.map((r) => r.key),
    );
  const data = checkRecord(collection, record, {
    people: await found('people', named.people),
    organizations: await found('organizations', named.organizations),
    groups: await found('groups', named.groups),
  });
  refuseNul(data);
  return data;
}

/** A readable id not yet taken: `p:jane-doe`, then `p:jane-doe-2`, ... */
async function readableId(
  trx: Trx,
  collection: CollectionName,
  prefix: string,
  text: string,
): Promise<string> {
  const base = `${prefix}:${slug(text)}`;
  const { rows } = await sql<{ key: string }>`SELECT key FROM records
    WHERE collection = ${collection} AND (key = ${base} OR key LIKE ${`${base.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`})`.execute(
    trx,
  );
  const taken = new Set(rows.map((r) => r.key));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Before the first other organisation is added, the owner's home one is recorded (home-organization.ts). */
async function recordHomeOrganization(trx: Trx, adding: string): Promise<void> {
  const home = (await ownerOf(trx))?.organization;
  if (!home || home === adding || (await recordOf(trx, 'organizations', home))) return;
  await putRecords(trx, 'organizations', [homeOrganizationRecord(home)]);
}

/** Inserts records in their order (after every record there was), or replaces those with the same key. */
async function putRecords(
  trx: Trx,
  collection: CollectionName,
  records: readonly StoredRecord[],
): Promise<void> {
  for (let from = 0; from < records.length; from += CHUNK) {
    const chunk = records.slice(from, from + CHUNK);
    const keys = chunk.map((r) => dbKey(collection, recordKey(collection, r)));
    const data = chunk.map((r) => JSON.stringify(r));
    await sql`INSERT INTO records (collection, key, data)
      SELECT ${collection}, k, d::jsonb FROM unnest(${keys}::text[], ${data}::text[]) WITH ORDINALITY AS t(k, d, o)
      ORDER BY o
      ON CONFLICT (tenant, collection, key) DO UPDATE SET data = EXCLUDED.data
      WHERE records.data IS DISTINCT FROM EXCLUDED.data`.execute(trx);
  }
}

/** The owner and the document's top-level fields this version does not know (kept as they came). */
async function writeOwner(trx: Trx, doc: ThreefoldDocument): Promise<void> {
  const extra: Record<string, unknown> = {};
  for (const key of Object.keys(doc))
    if (!TOP_LEVEL.has(key)) extra[key] = (doc as Record<string, unknown>)[key];
  const kept = Object.keys(extra).length > 0 ? JSON.stringify(extra) : null;
  await sql`INSERT INTO owners (data, extra) VALUES (${JSON.stringify(doc.owner)}::jsonb, ${kept}::jsonb)
    ON CONFLICT (tenant) DO UPDATE SET data = EXCLUDED.data, extra = EXCLUDED.extra`.execute(trx);
}

/** The whole network as a threefold/1 document, records in the order they were written. */
async function readDocument(trx: Trx): Promise<ThreefoldDocument> {
  const { rows: owners } = await sql<{ data: Owner; extra: Record<string, unknown> | null }>`
    SELECT data, extra FROM owners`.execute(trx);
  if (!owners[0]) throw noNetworkYet();
  const doc: Record<string, unknown> = {
    format: 'threefold/1',
    ...(owners[0].extra ?? {}),
    owner: owners[0].data,
  };
  const lists = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as StoredRecord[]])) as Record<
    CollectionName,
    StoredRecord[]
  >;
  const { rows } = await sql<{ collection: CollectionName; data: StoredRecord }>`
    SELECT collection, data FROM records ORDER BY position`.execute(trx);
  for (const r of rows) lists[r.collection].push(r.data);
  return { ...doc, ...lists } as unknown as ThreefoldDocument;
}

/** A person leaves every record that names them (record-rules.ts says how); their relationship and ties go. */
async function removeReferencesTo(trx: Trx, person: string): Promise<void> {
  await sql`DELETE FROM records WHERE (collection = 'relationships' AND key = ${person})
    OR (collection = 'ties' AND (data->>'a' = ${person} OR data->>'b' = ${person}))`.execute(trx);
  const { rows } = await sql<{
    collection: 'relationships' | 'groups' | 'interactions' | 'goals' | 'commitments';
    key: string;
    data: StoredRecord;
  }>`
    SELECT collection, key, data FROM records WHERE
      (collection = 'relationships' AND data->>'introducedBy' = ${person})
      OR (collection = 'groups' AND (data->'members') ? ${person})
      OR (collection IN ('interactions', 'commitments') AND (data->'people') ? ${person})
      OR (collection = 'goals' AND (data->'stakeholders') @> ${JSON.stringify([{ person }])}::jsonb)`.execute(
    trx,
  );
  for (const r of rows) {
    const next = withoutPerson(r.collection, r.data, person);
    if (next)
      await sql`UPDATE records SET data = ${JSON.stringify(next)}::jsonb
        WHERE collection = ${r.collection} AND key = ${r.key}`.execute(trx);
    else await sql`DELETE FROM records WHERE collection = ${r.collection} AND key = ${r.key}`.execute(trx);
  }
}

/** The records that name `keep` or `drop`: all a merge of the two reads and changes. */
async function neighbourhood(trx: Trx, keep: string, drop: string): Promise<Network> {
  const { rows } = await sql<{ collection: CollectionName; data: StoredRecord }>`
    SELECT collection, data FROM records WHERE
      (collection = 'people' AND key IN (${keep}, ${drop}))
      OR (collection = 'relationships' AND (key IN (${keep}, ${drop}) OR data->>'introducedBy' = ${drop}))
      OR (collection = 'ties' AND (data->>'a' IN (${keep}, ${drop}) OR data->>'b' IN (${keep}, ${drop})))
      OR (collection = 'groups' AND (data->'members') ? ${drop})
      OR (collection = 'interactions' AND (data->'people') ? ${drop})
      OR (collection = 'goals' AND (data->'stakeholders') @> ${JSON.stringify([{ person: drop }])}::jsonb)
    ORDER BY position`.execute(trx);
  const of = (c: CollectionName) => rows.filter((r) => r.collection === c).map((r) => r.data);
  const people = of('people');
  return {
    format: 'threefold/1',
    owner: { name: '', organization: '' },
    // The kept person first, as the embedded store reads them.
    people: [people.find((p) => p.id === keep), people.find((p) => p.id === drop)],
    relationships: of('relationships'),
    ties: of('ties'),
    groups: of('groups'),
    interactions: of('interactions'),
    goals: of('goals'),
  } as Network;
}
