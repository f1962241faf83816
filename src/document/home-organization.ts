import type { ThreefoldDocument } from './schema.js';

/**
 * The owner may name a home organisation before any organisation is recorded (the document
 * allows it while `organizations` is empty). The first organisation added would leave that name
 * dangling and the network invalid, so every writer records the home organisation then, under
 * this record when nothing more is known of it.
 */
export function homeOrganizationRecord(id: string): { id: string; name: string } {
  return { id, name: id.replace(/^o:/, '') || id };
}

/** The document with its home organisation recorded whenever it holds any organisation. */
export function withHomeOrganization(doc: ThreefoldDocument): ThreefoldDocument {
  const organizations = doc.organizations ?? [];
  const home = doc.owner.organization;
  if (organizations.length === 0 || organizations.some((o) => o.id === home)) return doc;
  return { ...doc, organizations: [homeOrganizationRecord(home), ...organizations] };
}
