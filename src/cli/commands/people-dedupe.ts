import type { Command } from 'commander';
import { mergePeople, possibleDuplicates } from '../../app/network.js';
import { type CliContext, wantsJson } from '../context.js';

/** `people duplicates` and `people merge KEEP DROP`, added to the `people` family. */
export function register(program: Command, ctx: CliContext): void {
  const people =
    program.commands.find((c) => c.name() === 'people' || c.aliases().includes('people')) ??
    program.command('people');
  people
    .command('duplicates')
    .description('list people who are probably the same person, with the reasons')
    .action(async (_opts: unknown, command: Command) => {
      const pairs = await possibleDuplicates(await ctx.network());
      if (wantsJson(command)) {
        ctx.out.json(pairs);
        return;
      }
      ctx.out.table(
        pairs.map((p) => [p.a, p.names[0], p.b, p.names[1], p.confidence, p.reasons.join('; ')]),
        ['keep', 'name', 'drop', 'name', 'confidence', 'why'],
      );
      if (pairs.length > 0) ctx.out.line(ctx.out.dim('merge a pair with `threefold people merge KEEP DROP`'));
    });
  people
    .command('merge')
    .description(
      'merge person DROP into person KEEP: every relationship, tie, interaction, group and goal moves over',
    )
    .argument('<keep>', 'id of the person who stays')
    .argument('<drop>', 'id of the person merged into them and removed')
    .action(async (keep: string, drop: string, _opts: unknown, command: Command) => {
      const result = await mergePeople(await ctx.network(), keep, drop);
      if (wantsJson(command)) {
        ctx.out.json(result);
        return;
      }
      const m = result.moved;
      ctx.out.line(
        `merged ${drop} into ${keep}: moved ${m.relationships} relationship(s), ${m.ties} tie(s), ${m.interactions} interaction(s), ${m.groups} group(s), ${m.goals} goal(s)`,
      );
    });
}
