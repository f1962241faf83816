#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { loadConfig } from '../config.js';
import { EXIT_CODES, toThreefoldError } from '../errors.js';
import { commandsFor } from './commands/index.js';
import { createContext } from './context.js';
import { createOutput, safeText } from './output.js';

/**
 * `--db PATH` is a global option accepted before or after the command name (and after a
 * subcommand such as `person add`): lift it to the front, where commander reads root options.
 */
export function liftGlobalOptions(argv: readonly string[]): string[] {
  const rest: string[] = [];
  const lifted: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--db' && i + 1 < argv.length) {
      lifted.push('--db', argv[++i]!);
    } else if (arg.startsWith('--db=')) {
      lifted.push('--db', arg.slice(5));
    } else rest.push(arg);
  }
  return [...lifted, ...rest];
}

/** The command a command line runs: its first word that is not an option (after `--db PATH`). */
export function commandName(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') i++;
    else if (arg === '--') return argv[i + 1];
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

export async function buildProgram(argv: readonly string[]): Promise<{ program: Command; close(): void }> {
  const dbIndex = argv.indexOf('--db');
  const db = dbIndex >= 0 ? argv[dbIndex + 1] : undefined;
  const config = loadConfig(db !== undefined ? { db } : {});
  const out = createOutput((text) => process.stdout.write(text), config.color);
  const err = createOutput(
    (text) => process.stderr.write(text),
    Boolean(process.stderr.isTTY) && config.color,
  );
  const ctx = createContext(config, out, err);
  const program = new Command('threefold')
    .description("Diagnose and coach a leader's operational, personal and strategic networks.")
    .option('--db <path>', 'database file (default: $THREEFOLD_DB or $XDG_DATA_HOME/threefold/threefold.db)')
    .option('--json', 'machine-readable output')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  program.configureOutput({ writeErr: (text) => process.stderr.write(text) });
  for (const register of await commandsFor(commandName(argv))) register(program, ctx);
  // Every command, however deep, accepts --json and reports usage errors the same way.
  const visit = (command: Command) => {
    command.exitOverride();
    if (command !== program && !command.options.some((o) => o.long === '--json'))
      command.option('--json', 'machine-readable output');
    command.commands.forEach(visit);
  };
  visit(program);
  return { program, close: () => ctx.close() };
}

export async function main(argv: readonly string[]): Promise<number> {
  // A reader that stops early (`threefold export | head`) closes the pipe: stop quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const args = liftGlobalOptions(argv);
  const { program, close } = await buildProgram(args);
  try {
    await program.parseAsync(args, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (raw) {
    if (raw instanceof CommanderError) {
      if (
        raw.code === 'commander.helpDisplayed' ||
        raw.code === 'commander.version' ||
        raw.code === 'commander.help'
      )
        return 0;
      return EXIT_CODES.invalid_input;
    }
    const error = toThreefoldError(raw);
    const wantsJson = args.includes('--json');
    if (wantsJson) {
      process.stderr.write(
        `${JSON.stringify({ error: { code: error.code, message: error.message, details: error.details } })}\n`,
      );
    } else {
      process.stderr.write(`threefold: ${safeText(error.message)}\n`);
      for (const d of error.details.slice(1, 10))
        process.stderr.write(`  ${safeText(d.path ?? '')}: ${safeText(d.message)}\n`);
    }
    return EXIT_CODES[error.code];
  } finally {
    close();
  }
}

const invokedDirectly = (() => {
  try {
    return (
      process.argv[1] !== undefined &&
      realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
    );
  } catch {
    return false;
  }
})();
if (invokedDirectly || process.env.THREEFOLD_CLI_ENTRY === '1') {
  // exitCode, not process.exit: output still flowing into a pipe must not be cut off.
  process.exitCode = await main(process.argv.slice(2));
}
