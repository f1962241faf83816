export { type DuplicatePair, findDuplicates } from './duplicates.js';
export { mergePeopleInNetwork } from './merge.js';
export { emailKey, nameKey, organizationKey, profileKey } from './normalise.js';
export { type IdentityReport, type IncomingFragment, mergeRecord, resolveIdentities } from './resolve.js';
