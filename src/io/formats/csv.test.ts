import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ThreefoldError } from '../../errors.js';
import { readCsv } from './csv.js';

const failsAt = (text: string, line: number, reason: RegExp) =>
  assert.throws(
    () => readCsv(text, 1, ','),
    (e: unknown) =>
      e instanceof ThreefoldError &&
      e.code === 'invalid_input' &&
      e.message.startsWith(`CSV cannot be read at line ${line}:`) &&
      reason.test(e.message),
  );

describe('readCsv (RFC 4180)', () => {
  test('quotes, doubled quotes, delimiters and line breaks inside quotes; the line where each record ends', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""",\r\n"two\r\nlines",2,3\n\nlast,"",z';
    assert.deepEqual(readCsv(text, 1, ','), [
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['x, y', 'say "hi"', ''] },
      { line: 4, cells: ['two\r\nlines', '2', '3'] },
      { line: 6, cells: ['last', '', 'z'] },
    ]);
  });

  test('CR-only line ends (old Mac Excel), a BOM, `;` and tab delimiters, rows of any width', () => {
    assert.deepEqual(readCsv('\uFEFFa;b\rc;"d;e";f\r', 1, ';'), [
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['c', 'd;e', 'f'] },
    ]);
    assert.deepEqual(readCsv('a\tb\n1\t2\t3\n', 1, '\t'), [
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2', '3'] },
    ]);
  });

  test('starts at a line: a preamble before it is not read as CSV, even with a broken quote', () => {
    assert.deepEqual(readCsv('Notes:\n"an unclosed note\n\nh1,h2\n1,2\n', 4, ','), [
      { line: 4, cells: ['h1', 'h2'] },
      { line: 5, cells: ['1', '2'] },
    ]);
  });

  test('broken quotes are errors naming the line', () => {
    failsAt('a,b\n1,"never closed\n3,4\n', 2, /never closes/);
    failsAt('a,b\n1,2\n"x"y,3\n', 3, /closing quote/);
    failsAt('a,b\n1,2\n3,4 "inch"\n', 3, /quote inside a field/);
    failsAt(`a\n"${'x'.repeat(1_000_001)}"\n`, 2, /longer than/);
  });
});
