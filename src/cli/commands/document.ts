import type { Command } from 'commander';
import { invalidInput } from '../../errors.js';
import { readDocumentFile, stringifyDocument, writeDocumentFile } from '../../io/document-file.js';
import { exportDocument, type ImportMode, importDocument } from '../../store/document.js';
import { type CliContext, wantsJson } from '../context.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('import a threefold/1 document (one transaction: all or nothing)')
    .argument('<file>', 'the document to read')
    .option('--merge', 'merge into the existing network by id')
    .option('--replace', 'remove the existing network first')
    .action((file: string, opts: { merge?: boolean; replace?: boolean }, command: Command) => {
      if (opts.merge && opts.replace) throw invalidInput('choose one of --merge and --replace');
      const mode: ImportMode = opts.merge ? 'merge' : opts.replace ? 'replace' : 'new';
      const doc = readDocumentFile(file);
      const summary = importDocument(ctx.store(), doc, { mode });
      if (wantsJson(command)) {
        ctx.out.json(summary);
        return;
      }
      ctx.out.line(`imported ${file} (${mode})`);
      ctx.out.table(
        Object.entries(summary.changes).map(([name, c]) => [name, c.created, c.updated, c.unchanged]),
        ['collection', 'created', 'updated', 'unchanged'],
      );
    });

  program
    .command('export')
    .description('write the whole network as a threefold/1 document (standard output without --out)')
    .option('--out <file>', 'file to write')
    .action((opts: { out?: string }) => {
      const doc = exportDocument(ctx.store());
      if (opts.out) {
        writeDocumentFile(opts.out, doc);
        ctx.err.line(`wrote ${opts.out}`);
      } else process.stdout.write(stringifyDocument(doc));
    });
}
