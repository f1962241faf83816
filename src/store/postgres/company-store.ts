import { sql } from 'kysely';
import {
  type CollaborationImported,
  type CollaborationImportOptions,
  type CompanyStore,
  DEFAULT_RETENTION_DAYS,
  type QueryLogEntry,
  type RosterImported,
} from '../../app/company-port.js';
import {
  collaborationOf,
  dateOfDay,
  dayNumber,
  type OrganisationData,
  type RosterEntry,
  timeOf,
} from '../../core/organisation/model.js';
import type { ShownSizes } from '../../core/organisation/privacy.js';
import type { CollaborationRead } from '../../io/company/records.js';
import type { RosterRead } from '../../io/company/roster.js';
import { aggregateImport, meetingKeys } from '../company/aggregate.js';
import type { Db } from './database.js';

/** Rows per INSERT … SELECT FROM unnest(…): one statement carries this many as arrays. */
const BATCH = 50_000;

/**
 * The company database on a team server's PostgreSQL: the same port and the same meaning as
 * the SQLite one (the shared suite runs on both). Writes are whole transactions; rows go in
 * as arrays through unnest, so a million rows are twenty statements.
 */
export class PostgresCompanyStore implements CompanyStore {
  constructor(private readonly db: Db) {}

  async people(): Promise<number> {
    const r = await sql<{ n: string }>`SELECT count(*) AS n FROM company_people`.execute(this.db);
    return Number(r.rows[0]!.n);
  }

  async dataVersion(): Promise<string> {
    const r = await sql<{ value: string }>`SELECT value FROM company_settings WHERE key = 'revision'`.execute(
      this.db,
    );
    return r.rows[0]?.value ?? '0';
  }

  async importRoster(read: RosterRead): Promise<RosterImported> {
    return this.db.transaction().execute(async (trx) => {
      const optedOut = new Set(
        (await sql<{ pseudonym: string }>`SELECT pseudonym FROM company_opt_outs`.execute(trx)).rows.map(
          (r) => r.pseudonym,
        ),
      );
      const existing = new Set(
        (await sql<{ pseudonym: string }>`SELECT pseudonym FROM company_people`.execute(trx)).rows.map(
          (r) => r.pseudonym,
        ),
      );
      const kept = read.entries.filter((e) => !optedOut.has(e.id));
      const keep = new Set(kept.map((e) => e.id));
      const leaving = [...existing].filter((id) => !keep.has(id));
      await removePeople(trx, leaving);
      await bump(trx);
      for (let i = 0; i < kept.length; i += BATCH) {
        const part = kept.slice(i, i + BATCH);
        const col = <T>(f: (e: RosterEntry) => T) => part.map(f);
        await sql`INSERT INTO company_people (pseudonym, unit, function, level, location, manager, start_day)
          SELECT * FROM unnest(${col((e) => e.id)}::text[], ${col((e) => e.unit)}::text[], ${col((e) => e.function)}::text[],
            ${col((e) => e.level)}::text[], ${col((e) => e.location)}::text[], ${col((e) => e.manager)}::text[],
            ${col((e) => (e.startDate ? dayNumber(e.startDate) : null))}::integer[])
          ON CONFLICT (pseudonym) DO UPDATE SET unit = excluded.unit, function = excluded.function,
            level = excluded.level, location = excluded.location, manager = excluded.manager,
            start_day = excluded.start_day`.execute(trx);
      }
      await sql`DELETE FROM company_aliases`.execute(trx);
      const aliases = new Map(read.aliases.filter(([, person]) => keep.has(person)));
      const names = [...aliases.keys()];
      for (let i = 0; i < names.length; i += BATCH) {
        const part = names.slice(i, i + BATCH);
        await sql`INSERT INTO company_aliases (alias, person)
          SELECT * FROM unnest(${part}::text[], ${part.map((n) => aliases.get(n)!)}::text[])`.execute(trx);
      }
      return {
        people: kept.length,
        added: kept.filter((e) => !existing.has(e.id)).length,
        removed: leaving.length,
        optedOut: read.entries.length - kept.length,
      };
    });
  }

  /**
   * Batches are staged in temporary tables of one connection held for the import (no other
   * session sees them, and they are not written to the log), each batch a statement of its own;
   * the last step sums them by key into the data in one transaction. The staging is dropped
   * whatever happens.
   */
  async importCollaborationBatches(
    batches: AsyncIterable<CollaborationRead> | Iterable<CollaborationRead>,
    oldestDay: string,
    options: CollaborationImportOptions = {},
  ): Promise<CollaborationImported> {
    const oldest = dayNumber(oldestDay);
    return this.db.connection().execute(async (conn) => {
      // A pooled connection outlives an import: a staging table left by one that lost its drop goes first.
      await sql`DROP TABLE IF EXISTS company_staged_collaboration, company_staged_time`.execute(conn);
      await sql`CREATE TEMP TABLE company_staged_collaboration (a integer, b integer, day integer,
        channel smallint, count float8, minutes float8)`.execute(conn);
      await sql`CREATE TEMP TABLE company_staged_time (person integer, day integer, channel smallint,
        minutes float8)`.execute(conn);
      try {
        const rowOfAlias = new Map<string, number>();
        for (const r of (
          await sql<{ alias: string; row: number }>`SELECT a.alias, p.row FROM company_aliases a
            JOIN company_people p ON p.pseudonym = a.person`.execute(conn)
        ).rows)
          rowOfAlias.set(r.alias, r.row);
        let notOnRoster = 0;
        let tooOld = 0;
        let meetingsSeen = 0;
        const meetings = new Map<string, number>();
        for await (const read of batches) {
          const seen = new Set<string>();
          if (options.meetings)
            for (const r of (
              await sql<{ key: string }>`SELECT key FROM company_meetings
                WHERE key = ANY(${meetingKeys(read)}::text[])`.execute(conn)
            ).rows)
              seen.add(r.key);
          meetingsSeen += seen.size;
          const agg = aggregateImport(read, rowOfAlias, oldest, seen);
          notOnRoster += agg.notOnRoster;
          tooOld += agg.tooOld;
          for (const [key, day] of agg.meetings) meetings.set(key, day);
          const e = agg.edges;
          for (let i = 0; i < e.a.length; i += BATCH) {
            const col = (c: number[]) => c.slice(i, i + BATCH);
            await sql`INSERT INTO company_staged_collaboration
              SELECT * FROM unnest(${col(e.a)}::integer[], ${col(e.b)}::integer[], ${col(e.day)}::integer[],
                ${col(e.channel)}::smallint[], ${col(e.count)}::float8[], ${col(e.minutes)}::float8[])`.execute(
              conn,
            );
          }
          const t = agg.time;
          for (let i = 0; i < t.person.length; i += BATCH) {
            const s = (c: number[]) => c.slice(i, i + BATCH);
            await sql`INSERT INTO company_staged_time
              SELECT * FROM unnest(${s(t.person)}::integer[], ${s(t.day)}::integer[], ${s(t.channel)}::smallint[],
                ${s(t.minutes)}::float8[])`.execute(conn);
          }
        }
        const add = (table: string, column: string) =>
          options.meetings
            ? sql.raw(`${column} = ${table}.${column} + excluded.${column}`)
            : sql.raw(`${column} = excluded.${column}`);
        await sql`BEGIN`.execute(conn);
        try {
          await bump(conn);
          // People the roster removed while the file was read are left out, not written.
          const written = await sql`INSERT INTO company_collaboration (a, b, day, channel, count, minutes)
            SELECT a, b, day, channel, sum(count), sum(minutes) FROM company_staged_collaboration s
            WHERE EXISTS (SELECT 1 FROM company_people p WHERE p.row = s.a)
              AND EXISTS (SELECT 1 FROM company_people p WHERE p.row = s.b)
            GROUP BY a, b, day, channel
            ON CONFLICT (a, b, day, channel) DO UPDATE SET ${add('company_collaboration', 'count')},
              ${add('company_collaboration', 'minutes')}`.execute(conn);
          await sql`INSERT INTO company_time (person, day, channel, minutes)
            SELECT person, day, channel, sum(minutes) FROM company_staged_time s
            WHERE EXISTS (SELECT 1 FROM company_people p WHERE p.row = s.person)
            GROUP BY person, day, channel
            ON CONFLICT (person, day, channel) DO UPDATE SET ${add('company_time', 'minutes')}`.execute(conn);
          const keys = [...meetings.keys()];
          for (let i = 0; i < keys.length; i += BATCH) {
            const part = keys.slice(i, i + BATCH);
            await sql`INSERT INTO company_meetings (key, day)
              SELECT * FROM unnest(${part}::text[], ${part.map((k) => meetings.get(k)!)}::integer[])
              ON CONFLICT DO NOTHING`.execute(conn);
          }
          await sql`COMMIT`.execute(conn);
          return { rows: Number(written.numAffectedRows ?? 0), notOnRoster, tooOld, meetingsSeen };
        } catch (err) {
          await sql`ROLLBACK`.execute(conn);
          throw err;
        }
      } finally {
        await sql`DROP TABLE IF EXISTS company_staged_collaboration, company_staged_time`.execute(conn);
      }
    });
  }

  async read(fromDay: string): Promise<OrganisationData> {
    const from = dayNumber(fromDay);
    return this.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const position = new Map<number, number>();
        const people: RosterEntry[] = [];
        const rows = await sql<{
          row: number;
          pseudonym: string;
          unit: string;
          function: string;
          level: string;
          location: string;
          manager: string | null;
          start_day: number | null;
        }>`SELECT * FROM company_people ORDER BY row`.execute(trx);
        for (const r of rows.rows) {
          position.set(r.row, people.length);
          people.push({
            id: r.pseudonym,
            unit: r.unit,
            function: r.function,
            level: r.level,
            location: r.location,
            manager: r.manager,
            startDate: r.start_day === null ? null : dateOfDay(r.start_day),
          });
        }
        const found = await sql<{
          a: number;
          b: number;
          day: number;
          channel: number;
          count: number;
          minutes: number;
        }>`
          SELECT a, b, day, channel, count, minutes FROM company_collaboration WHERE day >= ${from}
          ORDER BY a, b, day, channel`.execute(trx);
        const edges = collaborationOf(found.rows.length);
        for (const r of found.rows) {
          const e = edges.length++;
          edges.a[e] = position.get(r.a)!;
          edges.b[e] = position.get(r.b)!;
          edges.day[e] = r.day;
          edges.channel[e] = r.channel;
          edges.count[e] = r.count;
          edges.minutes[e] = r.minutes;
        }
        const spent = await sql<{ person: number; day: number; minutes: number }>`
          SELECT person, day, minutes FROM company_time WHERE day >= ${from}`.execute(trx);
        const time = timeOf(spent.rows.length);
        for (const r of spent.rows) {
          const i = time.length++;
          time.person[i] = position.get(r.person)!;
          time.day[i] = r.day;
          time.minutes[i] = r.minutes;
        }
        return { people, collaboration: edges, time };
      });
  }

  async personOf(alias: string): Promise<string | null> {
    const r = await sql<{
      person: string;
    }>`SELECT person FROM company_aliases WHERE alias = ${alias}`.execute(this.db);
    return r.rows[0]?.person ?? null;
  }

  async optOut(person: string, on: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const known =
        (await sql`SELECT 1 FROM company_people WHERE pseudonym = ${person}`.execute(trx)).rows.length > 0;
      await removePeople(trx, [person]);
      await bump(trx);
      await sql`INSERT INTO company_opt_outs (pseudonym, day) VALUES (${person}, ${dayNumber(on)})
        ON CONFLICT DO NOTHING`.execute(trx);
      return known;
    });
  }

  async purgeBefore(day: string): Promise<number> {
    const d = dayNumber(day);
    return this.db.transaction().execute(async (trx) => {
      const a = await sql`DELETE FROM company_collaboration WHERE day < ${d}`.execute(trx);
      const b = await sql`DELETE FROM company_time WHERE day < ${d}`.execute(trx);
      await sql`DELETE FROM company_meetings WHERE day < ${d}`.execute(trx);
      const deleted = Number(a.numAffectedRows ?? 0) + Number(b.numAffectedRows ?? 0);
      if (deleted > 0) await bump(trx);
      return deleted;
    });
  }

  async retentionDays(): Promise<number> {
    const r = await sql<{
      value: string;
    }>`SELECT value FROM company_settings WHERE key = 'retention_days'`.execute(this.db);
    return r.rows[0] ? Number(r.rows[0].value) : DEFAULT_RETENTION_DAYS;
  }

  async setRetentionDays(days: number): Promise<void> {
    await sql`INSERT INTO company_settings (key, value) VALUES ('retention_days', ${String(days)})
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`.execute(this.db);
  }

  async shownSizes(): Promise<ShownSizes | null> {
    const r = await sql<{
      value: string;
    }>`SELECT value FROM company_settings WHERE key = 'shown_unit_sizes'`.execute(this.db);
    return r.rows[0] ? (JSON.parse(r.rows[0].value) as ShownSizes) : null;
  }

  async setShownSizes(sizes: ShownSizes): Promise<void> {
    await sql`INSERT INTO company_settings (key, value) VALUES ('shown_unit_sizes', ${JSON.stringify(sizes)})
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`.execute(this.db);
  }

  async logQuery(entry: QueryLogEntry): Promise<void> {
    await sql`INSERT INTO company_query_log (at, analyst, query, detail)
      VALUES (${entry.at}, ${entry.analyst}, ${entry.query}, ${entry.detail})`.execute(this.db);
  }

  async queryLog(limit: number): Promise<QueryLogEntry[]> {
    const r = await sql<QueryLogEntry>`SELECT at, analyst, query, detail FROM company_query_log
      ORDER BY id DESC LIMIT ${limit}`.execute(this.db);
    return r.rows.reverse();
  }

  async close(): Promise<void> {}
}

/** Every write moves the data's version (read by `dataVersion`). */
async function bump(trx: Db): Promise<void> {
  await sql`INSERT INTO company_settings (key, value) VALUES ('revision', '1')
    ON CONFLICT (key) DO UPDATE SET value = (company_settings.value::bigint + 1)::text`.execute(trx);
}

async function removePeople(trx: Db, pseudonyms: readonly string[]): Promise<void> {
  if (pseudonyms.length === 0) return;
  const rows = (
    await sql<{
      row: number;
    }>`SELECT row FROM company_people WHERE pseudonym = ANY(${[...pseudonyms]}::text[])`.execute(trx)
  ).rows.map((r) => r.row);
  await sql`DELETE FROM company_collaboration WHERE a = ANY(${rows}::integer[]) OR b = ANY(${rows}::integer[])`.execute(
    trx,
  );
  await sql`DELETE FROM company_time WHERE person = ANY(${rows}::integer[])`.execute(trx);
  await sql`DELETE FROM company_aliases WHERE person = ANY(${[...pseudonyms]}::text[])`.execute(trx);
  await sql`DELETE FROM company_people WHERE row = ANY(${rows}::integer[])`.execute(trx);
}
