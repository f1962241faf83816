import type { Command } from 'commander';
import { backupNetwork, restoreBackup } from '../../app/backups.js';
import { type CliContext, wantsJson } from '../context.js';

const kib = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** `threefold backup list | create | restore NAME`: copies of the whole network, kept beside the database. */
export function register(program: Command, ctx: CliContext): void {
  const backup = program
    .command('backup')
    .description('copies of the whole network kept beside the database (one is taken before every replace)');
  backup
    .command('list', { isDefault: true })
    .description('the copies kept, newest first')
    .action(async (_opts: unknown, command: Command) => {
      const list = await (await ctx.network()).listBackups();
      if (wantsJson(command)) {
        ctx.out.json({ backups: list });
        return;
      }
      if (list.length === 0)
        ctx.out.line('No backups yet: one is taken before every import that replaces the network.');
      else
        ctx.out.table(
          list.map((b) => [b.name, b.takenAt.slice(0, 16).replace('T', ' '), kib(b.bytes)]),
          ['backup', 'taken', 'size'],
        );
    });
  backup
    .command('create')
    .description('keep a copy of the network now')
    .action(async (_opts: unknown, command: Command) => {
      const made = await backupNetwork(await ctx.network(), { at: new Date().toISOString() });
      if (wantsJson(command)) ctx.out.json({ backup: made ?? null });
      else
        ctx.out.line(made ? `kept ${made.name} (${kib(made.bytes)})` : 'There is no network to back up yet.');
    });
  backup
    .command('restore')
    .description(
      'bring a copy back in place of the network now (which is kept first, so this can be undone too)',
    )
    .argument('<name>', 'the backup (from `threefold backup list`)')
    .action(async (name: string, _opts: unknown, command: Command) => {
      const restored = await restoreBackup(await ctx.network(), name, { at: new Date().toISOString() });
      if (wantsJson(command)) {
        ctx.out.json(restored);
        return;
      }
      ctx.out.line(`restored ${name}`);
      if (restored.backup) ctx.out.line(`The network it replaced is kept as ${restored.backup.name}.`);
    });
}
