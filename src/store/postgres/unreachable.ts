import { ThreefoldError } from '../../errors.js';

/** Where a connection string points, for a person to read: never its password. */
export interface DatabaseLocation {
  host: string;
  port: string;
  database: string;
  user: string;
}

export function locationOf(url: string): DatabaseLocation {
  try {
    const u = new URL(url);
    // A socket folder may come as ?host=/var/run/postgresql instead of a host name.
    const host = decodeURIComponent(u.hostname) || u.searchParams.get('host') || 'localhost';
    const user = decodeURIComponent(u.username) || u.searchParams.get('user') || '(your login name)';
    return {
      host,
      port: u.port || u.searchParams.get('port') || '5432',
      database: decodeURIComponent(u.pathname.replace(/^\//, '')) || user,
      user,
    };
  } catch {
    return { host: '(unreadable URL)', port: '?', database: '?', user: '?' };
  }
}

const WHERE = '--database (or THREEFOLD_DATABASE_URL)';

/**
 * A failure to connect to PostgreSQL in plain words: what went wrong, where (host and port,
 * database and user, never the password) and what to check. Undefined for any other error.
 */
export function unreachable(url: string, err: unknown): ThreefoldError | undefined {
  const e = err as { code?: unknown; message?: unknown; errors?: unknown[] };
  // An address with several IPs (localhost: ::1 and 127.0.0.1) fails with an AggregateError.
  const code = String(e?.code ?? (e?.errors?.[0] as { code?: unknown } | undefined)?.code ?? '');
  const message = String(e?.message ?? '');
  const at = locationOf(url);
  const server = `the PostgreSQL server at ${at.host}:${at.port} (database "${at.database}")`;
  const said = (why: string, check: string) =>
    new ThreefoldError('internal', `cannot connect to ${server}: ${why}. ${check}`, [
      { path: '--database', message: `${at.host}:${at.port}, database "${at.database}", user "${at.user}"` },
    ]);
  if (code === 'ECONNREFUSED')
    return said(
      'nothing answers on that port (connection refused)',
      `Check that PostgreSQL is running on ${at.host} and listens on port ${at.port}, and that ${WHERE} names them right.`,
    );
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return said(
      `the host name "${at.host}" is not known`,
      `Check the host name in ${WHERE}, and this machine's DNS.`,
    );
  if (code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || /timeout/i.test(message))
    return said(
      'it did not answer in time',
      `Check that ${at.host} is up and reachable from this machine, that port ${at.port} is right, and that no firewall is in the way.`,
    );
  if (code === '28P01' || code === '28000')
    return said(
      `it refused user "${at.user}" (wrong password, no such role, or pg_hba.conf does not let this role in from here)`,
      `Check the user and password in ${WHERE}, and the server's pg_hba.conf.`,
    );
  if (code === '3D000')
    return said(
      `it has no database "${at.database}"`,
      `Create it (createdb ${at.database}), or check the database name in ${WHERE}.`,
    );
  if (
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    /terminated unexpectedly|Connection terminated/i.test(message)
  )
    return said(
      'the server closed the connection',
      `Check that ${at.host}:${at.port} is a PostgreSQL server (not another service), and whether it requires TLS (add ?sslmode=require to the URL).`,
    );
  return undefined;
}

/**
 * A migration refused for want of rights (the application role, which must not own the tables,
 * cannot create them): what to run instead. Undefined for any other error.
 */
export function cannotMigrate(url: string, err: unknown): ThreefoldError | undefined {
  if ((err as { code?: unknown })?.code !== '42501') return undefined;
  const at = locationOf(url);
  return new ThreefoldError(
    'internal',
    `user "${at.user}" may not create or change the tables of database "${at.database}" at ${at.host}:${at.port}. Run \`threefold migrate --database <URL of the role that owns the database> --grant ${at.user}\` once, then start this again with --no-migrate.`,
    [{ path: '--database', message: `${at.host}:${at.port}, database "${at.database}", user "${at.user}"` }],
  );
}
