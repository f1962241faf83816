import { createHash } from 'node:crypto';

/**
 * The version of a stored record: a digest of what it holds, so any change to it (through this
 * process, another one, or an import) gives a new version and an `If-Match` naming the old one
 * fails. A record changed and changed back has its old version again, and a write conditioned on
 * it applies to exactly what its author saw.
 */
export function recordVersion(record: unknown): string {
  return createHash('sha256').update(JSON.stringify(record)).digest('base64url').slice(0, 22);
}
