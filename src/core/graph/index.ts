export { addEdges } from './add-edges.js';
export { type Betweenness, betweenness, EXACT_BETWEENNESS_UP_TO } from './betweenness.js';
export { buildCsrGraph, type CsrGraph, degree, edgeCount, fromEdgeArrays } from './csr.js';
export { blau, eiIndex, Tally } from './diversity.js';
export { graphFingerprint, wordsFingerprint } from './fingerprint.js';
export { type CsrRows, withHub } from './hub.js';
export { type Communities, louvain, modularity } from './louvain.js';
export { hopDistances } from './reach.js';
export { mulberry32 } from './rng.js';
export {
  constraint,
  effectiveSize,
  efficiency,
  hierarchy,
  type NodeHoles,
  type StructuralHoles,
  structuralHoles,
  structuralHolesOf,
} from './structural-holes.js';
