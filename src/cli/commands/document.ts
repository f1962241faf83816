import { existsSync, rmSync } from 'node:fs';
import type { Command } from 'commander';
import { importNetwork } from '../../app/network.js';
import type { Backup } from '../../app/port.js';
import { invalidInput } from '../../errors.js';
import { exportDocument, type ImportMode, type ImportSummary } from '../../store/document.js';
import { type CliContext, wantsJson } from '../context.js';
import type { FormatImportOptions } from './import-formats.js';

// Reading and validating files (zod, the format parsers and exporters) loads only for the
// command that needs it, so every other command starts faster.
const documentFiles = () => import('../../io/document-file.js');
const formats = () => import('./import-formats.js');

export function register(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description(
      'import a threefold/1 document, LinkedIn Connections.csv, vCard, address-book CSV (Google, Outlook, Thunderbird, Roundcube), calendar (.ics), GEXF or GraphML (one transaction: all or nothing)',
    )
    .argument('<file>', 'the file to read')
    .option('--merge', 'merge into the existing network by id')
    .option('--replace', 'remove the existing network first')
    .option(
      '--format <format>',
      'json|linkedin|vcard|google|outlook|ics|gexf|graphml (default: from the content)',
    )
    .option('--dry-run', 'show what would be imported, write nothing')
    .option('--skip-invalid', 'import the valid records and list the ones left out')
    .option('--owner-email <email>', "calendar: the owner's address (their declines skip a meeting)")
    .option('--as-of <date>', 'calendar: meetings before this date are past (default today)')
    .option('--max-attendees <n>', 'calendar: skip meetings with more attendees (default 25)')
    .action(
      async (
        file: string,
        opts: { merge?: boolean; replace?: boolean } & FormatImportOptions,
        command: Command,
      ) => {
        // An import that fails into a database that did not exist leaves no empty one behind.
        const created = !existsSync(ctx.config.dbPath);
        try {
          await importFile(ctx, file, opts, command);
        } catch (err) {
          if (created && ctx.config.dbPath !== ':memory:') {
            ctx.close();
            for (const suffix of ['', '-wal', '-shm'])
              rmSync(`${ctx.config.dbPath}${suffix}`, { force: true });
          }
          throw err;
        }
      },
    );

  program
    .command('export')
    .description(
      'write the whole network as a threefold/1 document or another format (standard output without --out)',
    )
    .option('--out <file>', 'file to write')
    .option('--format <format>', 'json|gexf|graphml|vcard|csv|kumu (default json)')
    .option('--as-of <date>', 'gexf/graphml: date of the measures (default today)')
    .action(async (opts: { out?: string; format?: string; asOf?: string }) => {
      if (opts.format && opts.format !== 'json') return (await formats()).exportFormatted(ctx, opts);
      const { stringifyDocument, writeDocumentFile } = await documentFiles();
      const doc = exportDocument(ctx.store());
      if (opts.out) {
        writeDocumentFile(opts.out, doc);
        ctx.err.line(`wrote ${opts.out}`);
      } else process.stdout.write(stringifyDocument(doc));
    });
}

/** `threefold import FILE`: a threefold/1 document, or any format the importers read. */
async function importFile(
  ctx: CliContext,
  file: string,
  opts: { merge?: boolean; replace?: boolean } & FormatImportOptions,
  command: Command,
): Promise<void> {
  const { chooseImportFormat, importFormatted } = await formats();
  const format = chooseImportFormat(file, opts.format);
  if (format !== 'json') return importFormatted(ctx, file, format, opts, wantsJson(command));
  if (opts.merge && opts.replace) throw invalidInput('choose one of --merge and --replace');
  const mode: ImportMode = opts.merge ? 'merge' : opts.replace ? 'replace' : 'new';
  const doc = (await documentFiles()).readDocumentFile(file);
  const summary = (await importNetwork(await ctx.network(), doc, mode, {
    at: new Date().toISOString(),
    ...(opts.dryRun ? { dryRun: true } : {}),
  })) as unknown as ImportSummary & { backup?: Backup };
  if (wantsJson(command)) {
    ctx.out.json(opts.dryRun ? { ...summary, dryRun: true } : summary);
    return;
  }
  ctx.out.line(
    opts.dryRun
      ? `would import ${file} (${mode}): nothing written (--dry-run)`
      : `imported ${file} (${mode})`,
  );
  ctx.out.table(
    Object.entries(summary.changes).map(([name, c]) => [name, c.created, c.updated, c.unchanged]),
    ['collection', 'created', 'updated', 'unchanged'],
  );
  if (summary.backup)
    ctx.out.line(
      `The network it replaced is kept as ${summary.backup.name}: \`threefold backup restore ${summary.backup.name}\` brings it back.`,
    );
}
