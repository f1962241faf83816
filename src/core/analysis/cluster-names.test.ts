import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Network } from '../model.js';
import { clusterNames } from './cluster-names.js';

const network = {
  format: 'threefold/1',
  owner: { name: 'Ada', organization: 'o:acme' },
  organizations: [
    { id: 'o:acme', name: 'Acme', kind: 'company' },
    { id: 'o:bank', name: 'Harbour Bank', kind: 'company' },
  ],
  groups: [{ id: 'g:rotary', name: 'Rotary Club', members: ['p:6', 'p:7', 'p:8'] }],
  people: [
    { id: 'p:1', name: 'A', organization: 'o:acme', unit: 'Finance' },
    { id: 'p:2', name: 'B', organization: 'o:acme', unit: 'Finance' },
    { id: 'p:3', name: 'C', organization: 'o:acme', unit: 'Sales' },
    { id: 'p:4', name: 'D', organization: 'o:bank' },
    { id: 'p:5', name: 'E', organization: 'o:bank', unit: 'Lending' },
    { id: 'p:6', name: 'F' },
    { id: 'p:7', name: 'G', sector: 'retail' },
    { id: 'p:8', name: 'H' },
    { id: 'p:9', name: 'I', sector: 'retail' },
    { id: 'p:10', name: 'J', sector: 'retail' },
    { id: 'p:11', name: 'K' },
    { id: 'p:12', name: 'L', organization: 'o:acme', unit: 'Finance' },
  ],
} as unknown as Network;

describe('clusterNames', () => {
  it('names each cluster from what most of its members share, unit first, then organisation, group, sector', () => {
    // node 0 is the owner; node i + 1 is people[i]
    const community = [0, 0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 5];
    assert.deepEqual(clusterNames(network, community, 6), [
      'Finance (Acme)',
      'Harbour Bank',
      'Rotary Club',
      'retail sector',
      'Cluster 5',
      'Finance (Acme) 2',
    ]);
  });
});
