import { createHmac, randomBytes } from 'node:crypto';
import { invalidInput } from '../../errors.js';

/** The shortest organisation key accepted: 128 bits, so pseudonyms cannot be brute-forced. */
export const MIN_KEY_CHARACTERS = 32;

/**
 * Employee ids and addresses are replaced by a keyed hash (HMAC-SHA-256) as they are read:
 * the organisation holds the key, threefold stores only the hashes. Without the key, a hash
 * cannot be turned back into an id, nor an id tried against the hashes.
 */
export function pseudonymiser(key: string): (id: string) => string {
  const k = key.trim();
  if (k.length < MIN_KEY_CHARACTERS)
    throw invalidInput(`the organisation key must have at least ${MIN_KEY_CHARACTERS} characters`, [
      { path: 'key', message: `${k.length} characters` },
    ]);
  // A collaboration file names the same few thousand people millions of times: each is hashed once.
  const known = new Map<string, string>();
  return (id) => {
    let hash = known.get(id);
    if (hash === undefined) {
      hash = createHmac('sha256', k).update(id.trim().toLowerCase()).digest('base64url').slice(0, 22);
      if (known.size < 1_000_000) known.set(id, hash);
    }
    return hash;
  };
}

/** A new random key, for `threefold company key`. */
export function newOrganisationKey(): string {
  return randomBytes(32).toString('base64url');
}
