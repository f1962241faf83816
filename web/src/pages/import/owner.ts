import { ApiError, api } from '../../api/client';

/** A threefold document carries its own owner; contacts, calendars and graphs need one to exist first. */
export function needsOwnerFirst(filename: string, hasOwner: boolean | undefined): boolean {
  return hasOwner === false && !/\.json$/i.test(filename);
}

function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s || 'mine';
}

/** Sets the owner and their organisation (kept if it already exists) so a contacts import can attach to them. */
export async function createOwner(name: string, organization: string): Promise<void> {
  const id = `o:${slug(organization)}`;
  // Owner first: until one exists the server keeps no network to add the organisation to.
  await api.put('/owner', { name, organization: id });
  try {
    await api.post('/organizations', { id, name: organization });
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 409)) throw e;
  }
}
