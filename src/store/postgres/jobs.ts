import { sql } from 'kysely';
import PgBoss from 'pg-boss';
import { JOB_KINDS, type JobQueue, type JobState, type JobStatus } from '../../app/jobs.js';
import type { Db } from './database.js';

const SCHEMA = 'threefold_jobs';
const STATES: Record<string, JobState> = {
  created: 'waiting',
  retry: 'waiting',
  active: 'running',
  completed: 'done',
  cancelled: 'failed',
  failed: 'failed',
};

/**
 * Creates pg-boss's schema and queues as the tables' owner, and lets the application role use
 * them (it may not create tables itself). Run with the migrations.
 */
export async function prepareJobs(ownerUrl: string, db: Db, appRole?: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: SCHEMA,
    supervise: false,
    schedule: false,
    max: 2,
  });
  boss.on('error', () => {});
  await boss.start();
  for (const queue of JOB_KINDS) if (!(await boss.getQueue(queue))) await boss.createQueue(queue);
  await boss.stop({ graceful: false, close: true });
  if (appRole) {
    await sql`GRANT USAGE ON SCHEMA ${sql.id(SCHEMA)} TO ${sql.id(appRole)}`.execute(db);
    await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${sql.id(SCHEMA)} TO ${sql.id(appRole)}`.execute(
      db,
    );
    await sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${sql.id(SCHEMA)} TO ${sql.id(appRole)}`.execute(
      db,
    );
    await sql`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${sql.id(SCHEMA)} TO ${sql.id(appRole)}`.execute(db);
  }
}

/** The job queue on PostgreSQL (pg-boss); `work` makes this process one of the workers. */
export class PostgresJobs implements JobQueue {
  private constructor(private readonly boss: PgBoss) {}

  static async start(url: string, report: (err: unknown) => void = () => {}): Promise<PostgresJobs> {
    // The schema exists already (prepareJobs): an application role only uses it.
    const boss = new PgBoss({
      connectionString: url,
      schema: SCHEMA,
      migrate: false,
      schedule: false,
      max: 4,
    });
    boss.on('error', report);
    await boss.start();
    return new PostgresJobs(boss);
  }

  async enqueue(kind: string, data: Record<string, unknown>): Promise<string> {
    const id = await this.boss.send(kind, data, { retryLimit: 1, expireInMinutes: 30 });
    if (!id) throw new Error(`the ${kind} job was not queued`);
    return id;
  }

  async status(kind: string, id: string): Promise<JobStatus | undefined> {
    const job = await this.boss.getJobById<Record<string, unknown>>(kind, id, { includeArchive: true });
    if (!job) return undefined;
    const state = STATES[job.state] ?? 'waiting';
    const output = job.output as Record<string, unknown> | null;
    return {
      id: job.id,
      state,
      data: job.data,
      ...(state === 'done' ? { result: output } : {}),
      ...(state === 'failed' ? { error: String(output?.message ?? 'the job failed') } : {}),
    };
  }

  /** Runs jobs of `kind` as they come, one at a time; what `handler` returns is the job's result. */
  async work(kind: string, handler: (data: Record<string, unknown>) => Promise<unknown>): Promise<void> {
    await this.boss.work<Record<string, unknown>>(kind, { batchSize: 1 }, async ([job]) =>
      handler(job!.data),
    );
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, close: true, timeout: 5000 });
  }
}
