import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3, { type Database as Sqlite } from 'better-sqlite3';
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
import { ThreefoldError } from '../../errors.js';
import type { CollaborationRead } from '../../io/company/records.js';
import type { RosterRead } from '../../io/company/roster.js';
import { queryBuilder } from '../kysely.js';
import { aggregateImport, meetingKeys } from './aggregate.js';
import { COMPANY_MIGRATIONS } from './migrations.js';

/** The company database on SQLite: a file of its own, apart from any leader's network. */
export function openCompanyStore(path: string): CompanyStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let sqlite: Sqlite;
  try {
    sqlite = new BetterSqlite3(path);
    sqlite.pragma('busy_timeout = 10000');
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    migrate(sqlite);
  } catch (err) {
    throw new ThreefoldError(
      'invalid_input',
      `cannot open the company database ${path}: ${(err as Error).message}`,
    );
  }
  return new SqliteCompanyStore(sqlite);
}

function migrate(sqlite: Sqlite): void {
  const current = sqlite.pragma('user_version', { simple: true }) as number;
  if (current > COMPANY_MIGRATIONS.length)
    throw new Error(
      `written by a newer threefold (schema ${current}, this version knows ${COMPANY_MIGRATIONS.length})`,
    );
  if (current === COMPANY_MIGRATIONS.length) return;
  const { qb, kysely } = queryBuilder();
  for (let version = current; version < COMPANY_MIGRATIONS.length; version++)
    sqlite
      .transaction(() => {
        if ((sqlite.pragma('user_version', { simple: true }) as number) !== version) return;
        for (const query of COMPANY_MIGRATIONS[version]!(qb, kysely)) sqlite.exec(query.sql);
        sqlite.pragma(`user_version = ${version + 1}`);
      })
      .immediate();
}

const BUMP =
  "INSERT INTO company_settings (key, value) VALUES ('revision', '1') ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1";

class SqliteCompanyStore implements CompanyStore {
  /** Imports begun on this connection, to name each one's staging tables. */
  private imports = 0;

  constructor(private readonly sqlite: Sqlite) {}

  async people(): Promise<number> {
    return this.sqlite.prepare('SELECT count(*) FROM company_people').pluck().get() as number;
  }

  async dataVersion(): Promise<string> {
    const v = this.sqlite
      .prepare("SELECT value FROM company_settings WHERE key = 'revision'")
      .pluck()
      .get() as string | undefined;
    return v ?? '0';
  }

  async importRoster(read: RosterRead): Promise<RosterImported> {
    const db = this.sqlite;
    return db
      .transaction(() => {
        const optedOut = new Set(
          db.prepare('SELECT pseudonym FROM company_opt_outs').pluck().all() as string[],
        );
        const existing = new Set(
          db.prepare('SELECT pseudonym FROM company_people').pluck().all() as string[],
        );
        const kept = read.entries.filter((e) => !optedOut.has(e.id));
        const keep = new Set(kept.map((e) => e.id));
        const leaving = [...existing].filter((id) => !keep.has(id));
        this.removePeople(leaving);
        db.prepare(BUMP).run();
        const upsert = db.prepare(
          `INSERT INTO company_people (pseudonym, unit, function, level, location, manager, start_day)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(pseudonym) DO UPDATE SET unit = excluded.unit, function = excluded.function,
             level = excluded.level, location = excluded.location, manager = excluded.manager,
             start_day = excluded.start_day`,
        );
        for (const e of kept)
          upsert.run(
            e.id,
            e.unit,
            e.function,
            e.level,
            e.location,
            e.manager,
            e.startDate ? dayNumber(e.startDate) : null,
          );
        db.prepare('DELETE FROM company_aliases').run();
        const alias = db.prepare('INSERT OR REPLACE INTO company_aliases (alias, person) VALUES (?, ?)');
        for (const [a, person] of read.aliases) if (keep.has(person)) alias.run(a, person);
        return {
          people: kept.length,
          added: kept.filter((e) => !existing.has(e.id)).length,
          removed: leaving.length,
          optedOut: read.entries.length - kept.length,
        };
      })
      .immediate();
  }

  /**
   * Removes people with everything about them in one statement per table: the rows naming
   * someone as `b` have no index, so a statement per person would read the whole table each time.
   */
  private removePeople(pseudonyms: readonly string[]): void {
    if (pseudonyms.length === 0) return;
    const db = this.sqlite;
    const list = JSON.stringify(pseudonyms);
    const rows = JSON.stringify(
      db
        .prepare('SELECT row FROM company_people WHERE pseudonym IN (SELECT value FROM json_each(?))')
        .pluck()
        .all(list),
    );
    const leaving = 'IN (SELECT value FROM json_each(?))';
    db.prepare(`DELETE FROM company_collaboration WHERE a ${leaving} OR b ${leaving}`).run(rows, rows);
    db.prepare(`DELETE FROM company_time WHERE person ${leaving}`).run(rows);
    db.prepare(`DELETE FROM company_aliases WHERE person ${leaving}`).run(list);
    db.prepare(`DELETE FROM company_people WHERE row ${leaving}`).run(rows);
  }

  /**
   * Batches are staged in temporary tables of this connection (other connections never see
   * them, and writing them takes no lock on the database); the last step sums them by key into
   * the data in one transaction. The staging is dropped whatever happens.
   */
  async importCollaborationBatches(
    batches: AsyncIterable<CollaborationRead> | Iterable<CollaborationRead>,
    oldestDay: string,
    options: CollaborationImportOptions = {},
  ): Promise<CollaborationImported> {
    const db = this.sqlite;
    const oldest = dayNumber(oldestDay);
    const n = ++this.imports;
    const edges = `temp.company_staged_collaboration_${n}`;
    const time = `temp.company_staged_time_${n}`;
    db.exec(`CREATE TABLE ${edges} (a INTEGER, b INTEGER, day INTEGER, channel INTEGER, count REAL, minutes REAL);
      CREATE TABLE ${time} (person INTEGER, day INTEGER, channel INTEGER, minutes REAL)`);
    try {
      const rowOfAlias = new Map<string, number>();
      for (const [alias, row] of db
        .prepare(
          'SELECT a.alias, p.row FROM company_aliases a JOIN company_people p ON p.pseudonym = a.person',
        )
        .raw()
        .iterate() as Iterable<[string, number]>)
        rowOfAlias.set(alias, row);
      const stageEdge = db.prepare(`INSERT INTO ${edges} VALUES (?, ?, ?, ?, ?, ?)`);
      const stageTime = db.prepare(`INSERT INTO ${time} VALUES (?, ?, ?, ?)`);
      const known = db
        .prepare('SELECT key FROM company_meetings WHERE key IN (SELECT value FROM json_each(?))')
        .pluck();
      let notOnRoster = 0;
      let tooOld = 0;
      let meetingsSeen = 0;
      const meetings = new Map<string, number>();
      for await (const read of batches) {
        const seen = options.meetings
          ? new Set(known.all(JSON.stringify(meetingKeys(read))) as string[])
          : new Set<string>();
        meetingsSeen += seen.size;
        const agg = aggregateImport(read, rowOfAlias, oldest, seen);
        notOnRoster += agg.notOnRoster;
        tooOld += agg.tooOld;
        for (const [key, day] of agg.meetings) meetings.set(key, day);
        // A deferred transaction that writes only temporary tables locks nothing others use.
        db.transaction(() => {
          const e = agg.edges;
          for (let i = 0; i < e.a.length; i++)
            stageEdge.run(e.a[i], e.b[i], e.day[i], e.channel[i], e.count[i], e.minutes[i]);
          const t = agg.time;
          for (let i = 0; i < t.person.length; i++)
            stageTime.run(t.person[i], t.day[i], t.channel[i], t.minutes[i]);
        })();
      }
      const add = (column: string) =>
        options.meetings ? `${column} = ${column} + excluded.${column}` : `${column} = excluded.${column}`;
      // People the roster removed while the file was read are left out, not written.
      const onRoster = (column: string) => `${column} IN (SELECT row FROM company_people)`;
      const cacheSize = db.pragma('cache_size', { simple: true });
      // Summing millions of staged rows sorts them: a larger cache while it runs keeps the sort in few passes.
      db.pragma('cache_size = -131072');
      try {
        return db
          .transaction(() => {
            db.prepare(BUMP).run();
            const rows = db
              .prepare(
                `INSERT INTO company_collaboration (a, b, day, channel, count, minutes)
                 SELECT a, b, day, channel, sum(count), sum(minutes) FROM ${edges}
                 WHERE ${onRoster('a')} AND ${onRoster('b')} GROUP BY a, b, day, channel
                 ON CONFLICT(a, b, day, channel) DO UPDATE SET ${add('count')}, ${add('minutes')}`,
              )
              .run().changes;
            db.prepare(
              `INSERT INTO company_time (person, day, channel, minutes)
               SELECT person, day, channel, sum(minutes) FROM ${time}
               WHERE ${onRoster('person')} GROUP BY person, day, channel
               ON CONFLICT(person, day, channel) DO UPDATE SET ${add('minutes')}`,
            ).run();
            const meeting = db.prepare('INSERT OR IGNORE INTO company_meetings (key, day) VALUES (?, ?)');
            for (const [key, day] of meetings) meeting.run(key, day);
            return { rows, notOnRoster, tooOld, meetingsSeen };
          })
          .immediate();
      } finally {
        db.pragma(`cache_size = ${cacheSize}`);
      }
    } finally {
      db.exec(`DROP TABLE IF EXISTS ${edges}; DROP TABLE IF EXISTS ${time}`);
    }
  }

  async read(fromDay: string): Promise<OrganisationData> {
    const db = this.sqlite;
    const from = dayNumber(fromDay);
    return db
      .transaction(() => {
        const position = new Map<number, number>();
        const people: RosterEntry[] = [];
        for (const [row, pseudonym, unit, fn, level, location, manager, start] of db
          .prepare(
            'SELECT row, pseudonym, unit, function, level, location, manager, start_day FROM company_people ORDER BY row',
          )
          .raw()
          .iterate() as Iterable<
          [number, string, string, string, string, string, string | null, number | null]
        >) {
          position.set(row, people.length);
          people.push({
            id: pseudonym,
            unit,
            function: fn,
            level,
            location,
            manager,
            startDate: start === null ? null : dateOfDay(start),
          });
        }
        const count = db
          .prepare('SELECT count(*) FROM company_collaboration WHERE +day >= ?')
          .pluck()
          .get(from) as number;
        const edges = collaborationOf(count);
        for (const [a, b, day, channel, c, minutes] of db
          // `+day`: a scan in key order reads most rows far faster than the day index would
          // (one lookup of the key per row: 15 times slower at a million rows).
          .prepare('SELECT a, b, day, channel, count, minutes FROM company_collaboration WHERE +day >= ?')
          .raw()
          .iterate(from) as Iterable<[number, number, number, number, number, number]>) {
          const e = edges.length++;
          edges.a[e] = position.get(a)!;
          edges.b[e] = position.get(b)!;
          edges.day[e] = day;
          edges.channel[e] = channel;
          edges.count[e] = c;
          edges.minutes[e] = minutes;
        }
        const timeCount = db
          .prepare('SELECT count(*) FROM company_time WHERE +day >= ?')
          .pluck()
          .get(from) as number;
        const time = timeOf(timeCount);
        for (const [person, day, minutes] of db
          .prepare('SELECT person, day, minutes FROM company_time WHERE +day >= ?')
          .raw()
          .iterate(from) as Iterable<[number, number, number]>) {
          const r = time.length++;
          time.person[r] = position.get(person)!;
          time.day[r] = day;
          time.minutes[r] = minutes;
        }
        return { people, collaboration: edges, time };
      })
      .deferred();
  }

  async personOf(alias: string): Promise<string | null> {
    return (
      (this.sqlite
        .prepare('SELECT person FROM company_aliases WHERE alias = ?')
        .pluck()
        .get(alias) as string) ?? null
    );
  }

  async optOut(person: string, on: string): Promise<boolean> {
    const db = this.sqlite;
    return db
      .transaction(() => {
        const known =
          db.prepare('SELECT 1 FROM company_people WHERE pseudonym = ?').get(person) !== undefined;
        this.removePeople([person]);
        db.prepare(BUMP).run();
        db.prepare('INSERT OR IGNORE INTO company_opt_outs (pseudonym, day) VALUES (?, ?)').run(
          person,
          dayNumber(on),
        );
        return known;
      })
      .immediate();
  }

  async purgeBefore(day: string): Promise<number> {
    const db = this.sqlite;
    const d = dayNumber(day);
    return db
      .transaction(() => {
        const rows = db.prepare('DELETE FROM company_collaboration WHERE day < ?').run(d).changes;
        const deleted = rows + db.prepare('DELETE FROM company_time WHERE day < ?').run(d).changes;
        db.prepare('DELETE FROM company_meetings WHERE day < ?').run(d);
        if (deleted > 0) db.prepare(BUMP).run();
        return deleted;
      })
      .immediate();
  }

  async retentionDays(): Promise<number> {
    const value = this.sqlite
      .prepare("SELECT value FROM company_settings WHERE key = 'retention_days'")
      .pluck()
      .get() as string | undefined;
    return value === undefined ? DEFAULT_RETENTION_DAYS : Number(value);
  }

  async setRetentionDays(days: number): Promise<void> {
    this.sqlite
      .prepare(
        "INSERT INTO company_settings (key, value) VALUES ('retention_days', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      )
      .run(String(days));
  }

  async shownSizes(): Promise<ShownSizes | null> {
    const value = this.sqlite
      .prepare("SELECT value FROM company_settings WHERE key = 'shown_unit_sizes'")
      .pluck()
      .get() as string | undefined;
    return value === undefined ? null : (JSON.parse(value) as ShownSizes);
  }

  async setShownSizes(sizes: ShownSizes): Promise<void> {
    this.sqlite
      .prepare(
        "INSERT INTO company_settings (key, value) VALUES ('shown_unit_sizes', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      )
      .run(JSON.stringify(sizes));
  }

  async logQuery(entry: QueryLogEntry): Promise<void> {
    this.sqlite
      .prepare('INSERT INTO company_query_log (at, analyst, query, detail) VALUES (?, ?, ?, ?)')
      .run(entry.at, entry.analyst, entry.query, entry.detail);
  }

  async queryLog(limit: number): Promise<QueryLogEntry[]> {
    return (
      this.sqlite
        .prepare('SELECT at, analyst, query, detail FROM company_query_log ORDER BY id DESC LIMIT ?')
        .all(limit) as QueryLogEntry[]
    ).reverse();
  }

  async close(): Promise<void> {
    this.sqlite.close();
  }
}
