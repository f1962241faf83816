import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { addAccount, ROLES } from '../../app/accounts.js';
import { invalidInput } from '../../errors.js';
import { type CliContext, wantsJson } from '../context.js';

/** The password from a file's first line, or else the first line of standard input (never an argument: `ps` shows those). */
export function readPassword(file: string | undefined): string {
  let text: string;
  try {
    text = readFileSync(file ?? 0, 'utf8');
  } catch {
    throw invalidInput(`--password-file: cannot read ${file ?? 'standard input'}`, [
      { path: '--password-file', message: 'unreadable' },
    ]);
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** `threefold account add`: an account on a team server's database (the first admin, say). */
export function register(program: Command, ctx: CliContext): void {
  const account = program.command('account').description("a team server's accounts (PostgreSQL)");
  account
    .command('add')
    .description('add an account directly (the first admin; others are invited from the app)')
    .requiredOption('--email <address>', 'the address they sign in with')
    .requiredOption('--name <name>', 'their name')
    .option('--role <role>', `${ROLES.join(', ')}`, 'leader')
    .option('--password-file <path>', 'a file whose first line is the password (default: standard input)')
    .option('--database <url>', "the team server's PostgreSQL database (or THREEFOLD_DATABASE_URL)")
    .action(
      async (
        opts: { email: string; name: string; role: string; passwordFile?: string; database?: string },
        command: Command,
      ) => {
        const url = opts.database ?? process.env.THREEFOLD_DATABASE_URL;
        if (!url)
          throw invalidInput('--database: give the PostgreSQL connection string (postgres://…)', [
            { path: '--database', message: 'missing' },
          ]);
        const password = readPassword(opts.passwordFile);
        const { PostgresDatabase } = await import('../../store/postgres/database.js');
        const database = await PostgresDatabase.connect(url);
        try {
          const made = await addAccount(database.accounts(), { ...opts, password });
          if (wantsJson(command)) ctx.out.json({ account: made });
          else
            ctx.out.line(
              `${made.name} (${made.email}) can now sign in as ${made.role === 'admin' ? 'an' : 'a'} ${made.role}.`,
            );
        } finally {
          await database.close();
        }
      },
    );
}
