import type { Command } from 'commander';
import { invalidInput } from '../../errors.js';
import type { CliContext } from '../context.js';

function databaseUrl(given: string | undefined): string {
  const url = given ?? process.env.THREEFOLD_DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url))
    throw invalidInput('--database: give the PostgreSQL connection string (postgres://…)', [
      { path: '--database', message: 'missing or not a postgres:// URL' },
    ]);
  return url;
}

/** `threefold migrate` and `threefold worker`: setting up and running a team server's database. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('migrate')
    .description("create or update a team server's tables and job queue (as the role that owns them)")
    .option('--database <url>', 'the PostgreSQL database, as its owning role (or THREEFOLD_DATABASE_URL)')
    .option('--grant <role>', 'let this application role (which does not own the tables) use them')
    .action(async (opts: { database?: string; grant?: string }) => {
      const { PostgresDatabase } = await import('../../store/postgres/database.js');
      const database = await PostgresDatabase.connect(databaseUrl(opts.database));
      try {
        if (opts.grant) await database.grant(opts.grant);
        ctx.out.line(
          `The team server's tables are up to date${opts.grant ? `; ${opts.grant} may use them` : ''}.`,
        );
      } finally {
        await database.close();
      }
    });

  program
    .command('worker')
    .description("run a team server's long analyses (cohorts) until stopped; any number may run")
    .option('--database <url>', 'the PostgreSQL database (or THREEFOLD_DATABASE_URL)')
    .action(async (opts: { database?: string }) => {
      const { PostgresDatabase } = await import('../../store/postgres/database.js');
      const { runWorkers } = await import('../../server/serve.js');
      const database = await PostgresDatabase.connect(databaseUrl(opts.database), { migrate: false });
      const jobs = await database.jobs((err) => process.stderr.write(`${String(err)}\n`));
      await runWorkers(jobs, database.accounts(), (id) => database.network(id), database.company());
      ctx.out.line('threefold worker is running (Ctrl-C to stop)');
      const stop = () => {
        void jobs
          .stop()
          .then(() => database.close())
          .then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
