import type { CsrRows } from './hub.js';

/**
 * A 64-bit fingerprint (two 32-bit words) of a graph's rows and weights: what a measure kept
 * from an earlier run is checked against, so it is reused only for the very same graph (the
 * owner's edges carry strengths that change with the date, which the network's revision does
 * not tell). Two independent multiplicative hashes over every word of the offsets, the
 * neighbours and the weights' bits: linear in the edges, no allocation but a view.
 */
export function graphFingerprint(g: CsrRows): [number, number] {
  let a = 0x811c9dc5 ^ g.n;
  let b = 0x9e3779b9 ^ g.n;
  const mix = (x: number) => {
    a = Math.imul(a ^ x, 0x01000193);
    b = Math.imul(b + x, 0x5bd1e995);
    b ^= b >>> 13;
  };
  for (let i = 0; i < g.offsets.length; i++) mix(g.offsets[i]!);
  for (let i = 0; i < g.neighbors.length; i++) mix(g.neighbors[i]!);
  const bits = new Uint32Array(g.weights.buffer, g.weights.byteOffset, g.weights.length * 2);
  for (let i = 0; i < bits.length; i++) mix(bits[i]!);
  return [a >>> 0, b >>> 0];
}
