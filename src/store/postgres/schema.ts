import { type Kysely, type Migration, Migrator, sql } from 'kysely';

/**
 * The team server's tables. Every row belongs to one leader (`tenant`); row-level security,
 * forced even on the tables' owner, lets a transaction see and write only the rows of the
 * tenant it set (`threefold.tenant`), so a route that forgets a filter still cannot reach
 * another leader's network. Records are kept as JSON by collection and key: the document's own
 * shape, so the rules of threefold/1 (record-rules.ts) are the only ones, and an unknown field
 * round-trips as it does in the embedded store.
 */
export const TENANT_TABLES = ['owners', 'revisions', 'records', 'action_states', 'snapshots', 'backups'];

const initial: Migration = {
  async up(db) {
    const tenant = sql`tenant text NOT NULL DEFAULT current_setting('threefold.tenant')`;
    await sql`CREATE TABLE owners (${tenant} PRIMARY KEY, data jsonb NOT NULL, extra jsonb)`.execute(db);
    await sql`CREATE TABLE revisions (${tenant} PRIMARY KEY, revision bigint NOT NULL)`.execute(db);
    await sql`CREATE TABLE records (
      ${tenant},
      collection text NOT NULL,
      key text NOT NULL,
      position bigserial NOT NULL,
      data jsonb NOT NULL,
      PRIMARY KEY (tenant, collection, key)
    )`.execute(db);
    // What a person's removal, a merge and the lists look up by: people's organisation, the two
    // ends of a tie, who introduced whom, attendees, members and stakeholders.
    await sql`CREATE INDEX records_order ON records (tenant, collection, position)`.execute(db);
    for (const field of ['organization', 'a', 'b', 'introducedBy'])
      await sql`CREATE INDEX ${sql.id(`records_${field.toLowerCase()}`)} ON records (tenant, collection, (data->>${sql.lit(field)}))`.execute(
        db,
      );
    for (const field of ['people', 'members', 'stakeholders'])
      await sql`CREATE INDEX ${sql.id(`records_${field}`)} ON records USING gin ((data->${sql.lit(field)}))`.execute(
        db,
      );
    await sql`CREATE TABLE action_states (
      ${tenant}, key text NOT NULL, state text NOT NULL, until text, at text NOT NULL,
      PRIMARY KEY (tenant, key)
    )`.execute(db);
    await sql`CREATE TABLE snapshots (
      ${tenant}, id bigserial PRIMARY KEY, taken_at text NOT NULL, as_of text NOT NULL, data jsonb NOT NULL
    )`.execute(db);
    await sql`CREATE INDEX snapshots_tenant ON snapshots (tenant, taken_at)`.execute(db);
    await sql`CREATE TABLE backups (
      ${tenant}, name text NOT NULL, taken_at text NOT NULL, bytes integer NOT NULL, document text NOT NULL,
      PRIMARY KEY (tenant, name)
    )`.execute(db);
    for (const table of TENANT_TABLES) {
      await sql`ALTER TABLE ${sql.table(table)} ENABLE ROW LEVEL SECURITY`.execute(db);
      await sql`ALTER TABLE ${sql.table(table)} FORCE ROW LEVEL SECURITY`.execute(db);
      await sql`CREATE POLICY tenant_only ON ${sql.table(table)}
        USING (tenant = current_setting('threefold.tenant', true))
        WITH CHECK (tenant = current_setting('threefold.tenant', true))`.execute(db);
    }
  },
};

/**
 * The directory of a team server: accounts, sessions, invitations and failed sign-ins. It is
 * read before anyone's network is (to know whose it is), so it belongs to no tenant; it holds
 * no network data, and tokens only as digests.
 */
const DIRECTORY_TABLES = [
  'accounts',
  'sessions',
  'invitations',
  'sign_in_failures',
  'shares',
  'coach_notes',
  'programmes',
  'programme_members',
  'calendar_feeds',
];

const directory: Migration = {
  async up(db) {
    await sql`CREATE TABLE accounts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL UNIQUE,
      name text NOT NULL,
      role text NOT NULL CHECK (role IN ('leader', 'coach', 'admin')),
      password_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
    await sql`CREATE TABLE sessions (
      digest text PRIMARY KEY,
      account uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      csrf text NOT NULL,
      expires timestamptz NOT NULL
    )`.execute(db);
    await sql`CREATE TABLE invitations (
      digest text PRIMARY KEY,
      role text NOT NULL CHECK (role IN ('leader', 'coach', 'admin')),
      email text,
      invited_by uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      expires timestamptz NOT NULL
    )`.execute(db);
    await sql`CREATE TABLE sign_in_failures (email text NOT NULL, at timestamptz NOT NULL)`.execute(db);
    await sql`CREATE INDEX sign_in_failures_email ON sign_in_failures (email, at)`.execute(db);
  },
};

/** What a leader shares with which coach, and the notes coaches leave them. */
const sharing: Migration = {
  async up(db) {
    await sql`CREATE TABLE shares (
      leader uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      coach uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      parts text[] NOT NULL,
      since timestamptz NOT NULL,
      PRIMARY KEY (leader, coach)
    )`.execute(db);
    await sql`CREATE INDEX shares_coach ON shares (coach)`.execute(db);
    await sql`CREATE TABLE coach_notes (
      id bigserial PRIMARY KEY,
      leader uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      coach uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      at timestamptz NOT NULL,
      text text NOT NULL
    )`.execute(db);
    await sql`CREATE INDEX coach_notes_leader ON coach_notes (leader, at)`.execute(db);
  },
};

/** Leadership programmes: an admin's cohorts, and what each participant tells them for peer groups. */
const programmes: Migration = {
  async up(db) {
    await sql`CREATE TABLE programmes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      admin uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
    await sql`CREATE TABLE programme_members (
      programme uuid NOT NULL REFERENCES programmes ON DELETE CASCADE,
      leader uuid NOT NULL REFERENCES accounts ON DELETE CASCADE,
      unit text,
      function text,
      sector text,
      PRIMARY KEY (programme, leader)
    )`.execute(db);
    await sql`CREATE INDEX programme_members_leader ON programme_members (leader)`.execute(db);
    await sql`ALTER TABLE invitations ADD COLUMN programme uuid REFERENCES programmes ON DELETE CASCADE`.execute(
      db,
    );
  },
};

/**
 * The organisation analysis (`threefold company`) of the organisation a team server belongs to:
 * the same tables as the SQLite company database (src/store/company/migrations.ts).
 */
const company: Migration = {
  async up(db) {
    await sql`CREATE TABLE company_people (
      row integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      pseudonym text NOT NULL UNIQUE,
      unit text NOT NULL,
      function text NOT NULL,
      level text NOT NULL,
      location text NOT NULL,
      manager text,
      start_day integer
    )`.execute(db);
    await sql`CREATE TABLE company_aliases (alias text PRIMARY KEY, person text NOT NULL)`.execute(db);
    await sql`CREATE TABLE company_collaboration (
      a integer NOT NULL, b integer NOT NULL, day integer NOT NULL, channel smallint NOT NULL,
      count double precision NOT NULL, minutes double precision NOT NULL,
      PRIMARY KEY (a, b, day, channel)
    )`.execute(db);
    await sql`CREATE INDEX company_collaboration_day ON company_collaboration (day)`.execute(db);
    await sql`CREATE TABLE company_time (
      person integer NOT NULL, day integer NOT NULL, channel smallint NOT NULL, minutes double precision NOT NULL,
      PRIMARY KEY (person, day, channel)
    )`.execute(db);
    await sql`CREATE TABLE company_opt_outs (pseudonym text PRIMARY KEY, day integer NOT NULL)`.execute(db);
    await sql`CREATE TABLE company_settings (key text PRIMARY KEY, value text NOT NULL)`.execute(db);
    await sql`CREATE TABLE company_query_log (
      id bigserial PRIMARY KEY, at text NOT NULL, analyst text NOT NULL, query text NOT NULL, detail text NOT NULL
    )`.execute(db);
  },
};

/** Goals are shared one by one: the ids a leader chose for each coach (none for older shares). */
const sharedGoals: Migration = {
  async up(db) {
    await sql`ALTER TABLE shares ADD COLUMN goals text[] NOT NULL DEFAULT '{}'`.execute(db);
  },
};

/** Each leader's calendar feed: the digest of the secret its address carries. */
const calendarFeeds: Migration = {
  async up(db) {
    await sql`CREATE TABLE calendar_feeds (
      leader uuid PRIMARY KEY REFERENCES accounts ON DELETE CASCADE,
      digest text NOT NULL UNIQUE,
      since timestamptz NOT NULL
    )`.execute(db);
  },
};

/**
 * Every network table is keyed by its leader first, as distributing the tables by tenant (Citus)
 * requires of a primary key: snapshots were keyed by their id alone.
 */
const snapshotsByTenant: Migration = {
  async up(db) {
    await sql`ALTER TABLE snapshots DROP CONSTRAINT snapshots_pkey`.execute(db);
    await sql`ALTER TABLE snapshots ADD PRIMARY KEY (tenant, id)`.execute(db);
  },
};

/** Calendar meetings already counted, by a keyed hash of UID and occurrence (as in SQLite). */
const companyMeetings: Migration = {
  async up(db) {
    await sql`CREATE TABLE company_meetings (key text PRIMARY KEY, day integer NOT NULL)`.execute(db);
  },
};

export const COMPANY_TABLES = [
  'company_people',
  'company_aliases',
  'company_collaboration',
  'company_time',
  'company_opt_outs',
  'company_settings',
  'company_query_log',
  'company_meetings',
];

const MIGRATIONS: Record<string, Migration> = {
  '001-records-by-tenant': initial,
  '002-directory': directory,
  '003-sharing': sharing,
  '004-programmes': programmes,
  '005-shared-goals': sharedGoals,
  '006-calendar-feeds': calendarFeeds,
  '007-company': company,
  '008-snapshots-by-tenant': snapshotsByTenant,
  '009-company-meetings': companyMeetings,
};

/** Brings the schema up to date (Kysely's migrator, which locks against concurrent runs). */
export async function migratePostgres(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: 'threefold_migrations',
    migrationLockTableName: 'threefold_migrations_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

/** Lets an application role (not the tables' owner) read and write rows; RLS still confines it. */
export async function grantToApplicationRole(db: Kysely<unknown>, role: string): Promise<void> {
  for (const table of [...TENANT_TABLES, ...DIRECTORY_TABLES, ...COMPANY_TABLES])
    await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ${sql.table(table)} TO ${sql.id(role)}`.execute(db);
  await sql`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${sql.id(role)}`.execute(db);
}
