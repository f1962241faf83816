import type { ThreefoldDocument } from '../document/schema.js';
import { validateDocument } from '../document/validate.js';
import { invalidInput, ThreefoldError } from '../errors.js';
import type { Services } from './services.js';

function unavailable(what: string): never {
  throw new ThreefoldError('internal', `${what} is not available in this build yet`);
}

/** threefold/1 JSON: the format every build reads, whatever importers are present. */
export function readThreefoldJson(bytes: Uint8Array, filename: string | undefined): ThreefoldDocument {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch (err) {
    throw invalidInput(
      `${filename ?? 'the upload'} is not a threefold/1 JSON document: ${(err as Error).message}`,
      [{ path: 'body', message: 'not JSON' }],
    );
  }
  return validateDocument(value);
}

/** The core's functions, wired for the server; the clock is read here, at the edge. */
export function coreServices(): Services {
  return {
    today: () => new Date().toISOString().slice(0, 10),
    assess: () => unavailable('assess'),
    suggest: () => unavailable('suggest'),
    paths: () => unavailable('path'),
    plan: () => unavailable('plan'),
    snapshot: () => unavailable('review'),
    compare: () => unavailable('review'),
    sample: () => unavailable('the sample network'),
    readFile: (bytes, filename) => readThreefoldJson(bytes, filename),
    exportFormats: () => ['threefold'],
    exportAs: (doc) => ({
      body: `${JSON.stringify(doc, null, 2)}\n`,
      contentType: 'application/json; charset=utf-8',
      extension: 'json',
    }),
  };
}
