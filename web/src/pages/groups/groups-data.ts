export { EXTERNAL_GROUP_KINDS } from '../../../../src/core/vocabulary';

export interface Group {
  id: string;
  name: string;
  kind?: string;
  members?: string[];
  ownerIsMember?: boolean;
  [extra: string]: unknown;
}
