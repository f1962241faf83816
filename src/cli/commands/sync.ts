import type { Command } from 'commander';
import { importNetwork } from '../../app/backups.js';
import { validateDocument } from '../../document/validate.js';
import { invalidInput, noNetworkYet, ThreefoldError } from '../../errors.js';
import { type CliContext, wantsJson } from '../context.js';
import { readPassword } from './account.js';

interface SyncOptions {
  server: string;
  email: string;
  passwordFile?: string;
}

/** A signed-in conversation with a team server: its session cookie and CSRF token. */
async function signIn(opts: SyncOptions) {
  const base = opts.server.replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(base))
    throw invalidInput("--server: give the team server's address (https://…)", [
      { path: '--server', message: 'not an http(s) address' },
    ]);
  const answer = async (res: Response) => {
    const body = (await res.json().catch(() => ({}))) as {
      error?: { code?: string; message?: string };
    } & Record<string, unknown>;
    if (!res.ok) {
      const code = (body.error?.code ?? 'internal') as ConstructorParameters<typeof ThreefoldError>[0];
      throw new ThreefoldError(code, `the team server says: ${body.error?.message ?? res.statusText}`);
    }
    return body;
  };
  const session = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: opts.email, password: readPassword(opts.passwordFile) }),
  });
  const cookie = session.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const { csrf } = (await answer(session)) as { csrf: string };
  const call = async (path: string, init: { method?: string; body?: string; type?: string } = {}) =>
    answer(
      await fetch(`${base}${path}`, {
        method: init.method ?? 'GET',
        headers: { cookie, 'x-csrf-token': csrf, ...(init.type ? { 'content-type': init.type } : {}) },
        ...(init.body !== undefined ? { body: init.body } : {}),
      }),
    );
  return {
    call,
    signOut: () =>
      fetch(`${base}/api/session`, { method: 'DELETE', headers: { cookie, 'x-csrf-token': csrf } }),
  };
}

const options = (command: Command) =>
  command
    .requiredOption('--server <address>', 'the team server (https://…)')
    .requiredOption('--email <address>', 'your account on it')
    .option('--password-file <path>', 'a file whose first line is the password (default: standard input)');

/** `threefold push` and `pull`: a leader's network between this machine and their team-server account. */
export function register(program: Command, ctx: CliContext): void {
  options(
    program
      .command('push')
      .description(
        "replace your network on a team server with this machine's (the server keeps a copy first)",
      ),
  ).action(async (opts: SyncOptions, command: Command) => {
    const doc = await (await ctx.network()).exportDocument();
    if (!doc) throw noNetworkYet();
    const team = await signIn(opts);
    try {
      const summary = await team.call('/api/import?mode=replace&filename=threefold.json', {
        method: 'POST',
        body: JSON.stringify(doc),
        type: 'application/json',
      });
      if (wantsJson(command)) ctx.out.json(summary);
      else
        ctx.out.line(
          `Pushed ${doc.people.length} people to ${opts.server}; the network it replaced is kept there as a backup.`,
        );
    } finally {
      await team.signOut();
    }
  });

  options(
    program
      .command('pull')
      .description(
        "replace this machine's network with your network on a team server (a backup is kept first)",
      ),
  ).action(async (opts: SyncOptions, command: Command) => {
    const team = await signIn(opts);
    let remote: unknown;
    try {
      remote = await team.call('/api/export?format=threefold');
    } finally {
      await team.signOut();
    }
    const doc = validateDocument(remote);
    const store = await ctx.network();
    const mode = (await store.owner()) ? 'replace' : 'new';
    const result = await importNetwork(store, doc, mode, { at: new Date().toISOString() });
    if (wantsJson(command)) ctx.out.json(result);
    else
      ctx.out.line(
        `Pulled ${doc.people.length} people from ${opts.server}${result.backup ? `; your previous network is kept as ${result.backup.name}` : ''}.`,
      );
  });
}
