// What kept kernels are checked against: the same words give the same print, and any one word
// changed, or moved from one list to the next, gives another.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordsFingerprint } from './fingerprint.js';
import { mulberry32 } from './rng.js';

test('a fingerprint tells apart lists that differ in one word or in where they split', () => {
  const random = mulberry32(7);
  const lists = [5, 8, 1, 0, 12].map((n) =>
    Uint32Array.from({ length: n }, () => (random() * 2 ** 32) >>> 0),
  );
  const print = wordsFingerprint(3, lists);
  assert.deepEqual(
    wordsFingerprint(
      3,
      lists.map((l) => l.slice()),
    ),
    print,
  );
  assert.notDeepEqual(wordsFingerprint(4, lists), print);
  const seen = new Set([print.join()]);
  for (let l = 0; l < lists.length; l++) {
    for (let i = 0; i < lists[l]!.length; i++) {
      const changed = lists.map((list) => list.slice());
      changed[l]![i] = (changed[l]![i]! + 1) >>> 0;
      seen.add(wordsFingerprint(3, changed).join());
    }
  }
  const words = lists.reduce((n, l) => n + l.length, 0);
  assert.equal(seen.size, words + 1, 'each one-word change gives its own print');
  // The same words split otherwise: the first word of the second list moved to the first.
  const [first, second, ...rest] = lists;
  const moved = [Uint32Array.from([...first!, second![0]!]), second!.slice(1), ...rest];
  assert.notDeepEqual(wordsFingerprint(3, moved), print);
});
