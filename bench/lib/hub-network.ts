// A generated network whose owner is a hub: 5 ties per person among people and the owner tied
// to 37 % of everyone, as a leader who imported a large address book would be (issue 20).
// Four interactions per person keep the 200k document under the import's 200 MB bound.
// The owner's extra relationships carry only a strength, as an address book's would.

import { mulberry32 } from '../../src/core/graph/index.js';
import type { Network } from '../../src/core/model.js';
import { generateNetwork } from '../../src/core/sample/index.js';

export const OWNER_SHARE = 0.37;

export function generateHubNetwork(people: number, seed = 1): Network {
  const doc = generateNetwork({ people, seed, tiesPerPerson: 5, interactionsPerPerson: 4 });
  const random = mulberry32(seed + 1000);
  const known = new Set(doc.relationships!.map((r) => r.person));
  for (const p of doc.people) {
    if (known.has(p.id) || random() >= OWNER_SHARE) continue;
    doc.relationships!.push({ person: p.id, strength: 1 + Math.floor(random() * 3) });
  }
  return doc;
}
