import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { LIMITS } from '../core/vocabulary.js';
import type { ThreefoldDocument } from '../document/schema.js';
import { validateDocument } from '../document/validate.js';
import { invalidInput, notFound, ThreefoldError } from '../errors.js';
import { jsonErrorOffset } from './json-position.js';

/** Where in `text` the character at `offset` sits, as `line L, column C` (1-based). */
function position(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** Parses JSON text, reporting a syntax error with its line and column. */
/** Deeper than any threefold/1 document nests (a stakeholder in a goal is four levels down). */
export const MAX_JSON_DEPTH = 64;

/**
 * How deep `text` nests arrays and objects, counted outside strings, stopping past `limit`: a
 * parser recursing through a million brackets runs out of stack, so the depth is checked first.
 */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

export function parseJson(text: string, name: string): unknown {
  if (jsonDepth(text) > MAX_JSON_DEPTH)
    throw invalidInput(`${name} nests deeper than ${MAX_JSON_DEPTH} levels: not a threefold/1 document`, [
      { path: name, message: 'nested too deeply' },
    ]);
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const offset = jsonErrorOffset(body);
    const where = offset >= 0 ? ` at ${position(body, offset)}` : '';
    const reason = (err as Error).message.split(/[,\n]/)[0]!.replace(/ in JSON at position \d+.*$/, '');
    throw invalidInput(`${name} is not valid JSON${where}: ${reason}`);
  }
}

/** Reads and validates a `threefold/1` document from a file, within the documented limits. */
export function readDocumentFile(path: string): ThreefoldDocument {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw notFound(`no such file: ${path}`);
  }
  if (size > LIMITS.documentBytes) {
    throw new ThreefoldError(
      'too_large',
      `${path} is ${(size / 1048576).toFixed(0)} MB; a document may be at most 200 MB`,
    );
  }
  // Bytes first, then decoded: on Node 20, readFileSync(path, 'utf8') yields a string that is
  // slower to make and slower to parse (71 MB: 0.95 + 1.4 s against 0.55 + 1.2 s).
  return validateDocument(parseJson(readFileSync(path).toString('utf8'), path));
}

/** The document as JSON text: indented when small enough for a person to read, compact when large. */
export function stringifyDocument(doc: ThreefoldDocument): string {
  const large = doc.people.length > 5000 || (doc.ties?.length ?? 0) > 50_000;
  return `${JSON.stringify(doc, null, large ? undefined : 2)}\n`;
}

export function writeDocumentFile(path: string, doc: ThreefoldDocument): void {
  writeFileSync(path, stringifyDocument(doc));
}
