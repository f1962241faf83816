import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fmtCluster, fmtRoute, fmtStrength, STRENGTH_WORDS } from './format';

describe('fmtStrength', () => {
  it('reads a tie strength one way: words, then the number out of five', () => {
    assert.equal(fmtStrength(1), 'acquaintance (1 of 5)');
    assert.equal(fmtStrength(4), 'close (4 of 5)');
    assert.equal(fmtStrength(5), 'very close (5 of 5)');
  });
  it('says when no strength is set, and keeps a stray value on the scale', () => {
    assert.equal(fmtStrength(undefined), 'strength not set');
    assert.equal(fmtStrength(null), 'strength not set');
    assert.equal(fmtStrength(3.4), 'regular (3 of 5)');
    assert.equal(fmtStrength(9), 'very close (5 of 5)');
  });
  it('has a word for every step of the scale, each different', () => {
    const words = [1, 2, 3, 4, 5].map((n) => STRENGTH_WORDS[n]);
    assert.ok(words.every((w) => typeof w === 'string' && w.length > 0));
    assert.equal(new Set(words).size, 5);
  });
});

describe('fmtRoute', () => {
  it('names a route by its band with its percentage, one way on every page', () => {
    assert.equal(fmtRoute(0.56), 'strong route (56%)');
    assert.equal(fmtRoute(0.36), 'fair route (36%)');
    assert.equal(fmtRoute(0.11), 'weak route (11%)');
    assert.equal(fmtRoute(undefined), 'no known route');
  });
});

describe('fmtCluster', () => {
  it('numbers clusters from 1, as the map legend does', () => {
    assert.equal(fmtCluster(0), 'Cluster 1');
    assert.equal(fmtCluster(-1), 'No cluster');
  });
});
