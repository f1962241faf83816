import type { Owner } from '../document/schema.js';
import { notFound } from '../errors.js';
import type { NetworkStore } from './port.js';
import { checkEdit, mergePatch } from './records.js';

export async function getOwner(store: NetworkStore): Promise<Owner> {
  const owner = await store.owner();
  if (!owner)
    throw notFound(
      'no owner yet: set one (threefold init, PUT /api/owner), import a document or load the sample',
    );
  return owner;
}

/** Sets the owner, the leader whose network this is. */
export async function setOwner(store: NetworkStore, owner: unknown): Promise<Owner> {
  if (typeof owner === 'object' && owner !== null) checkEdit(owner as Record<string, unknown>);
  return store.setOwner(() => owner);
}

/** Changes the owner's fields a patch names (null removes one), on the owner as it is now. */
export function editOwner(store: NetworkStore, patch: Record<string, unknown>): Promise<Owner> {
  return store.setOwner((current) => {
    if (!current) throw notFound('no owner yet: set one first');
    checkEdit(patch);
    return mergePatch(current as unknown as Record<string, unknown>, patch);
  });
}
