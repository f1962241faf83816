import { compareSnapshots, type Snapshot } from '../core/coach/review.js';
import { summarizeSnapshot } from '../core/coach/review-summary.js';
import { sampleNetwork } from '../core/sample/index.js';
import type { ThreefoldDocument } from '../document/schema.js';
import { validateDocument } from '../document/validate.js';
import { invalidInput } from '../errors.js';
import { parseJson } from '../io/document-file.js';
import { planFormatImport } from '../io/format-import.js';
import { API_EXPORT_FORMATS, exportFile, readUpload } from './file-formats.js';
import type { Services } from './services.js';

/** threefold/1 JSON: the format every build reads. */
export function readThreefoldJson(bytes: Uint8Array, filename: string | undefined): ThreefoldDocument {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  try {
    return validateDocument(parseJson(text, filename ?? 'the upload'));
  } catch (err) {
    if (err instanceof Error && /not valid JSON/.test(err.message)) {
      throw invalidInput(err.message, [{ path: 'body', message: 'not JSON' }]);
    }
    throw err;
  }
}

/** The core's functions, wired for the server; the clock is read here, at the edge. */
export function coreServices(): Services {
  return {
    today: () => new Date().toISOString().slice(0, 10),
    compare: (previous, current) => compareSnapshots(previous as Snapshot, current as Snapshot),
    summarize: (snapshot, previous) =>
      summarizeSnapshot(snapshot as Snapshot, previous as Snapshot | undefined),
    sample: () => sampleNetwork({ asOf: new Date().toISOString().slice(0, 10) }),
    readFile: (bytes, filename, options) => readUpload(bytes, filename, options, readThreefoldJson),
    planImport: (existing, parsed, opts) => planFormatImport(existing, parsed, opts),
    exportFormats: () => API_EXPORT_FORMATS,
    exportAs: (doc, format, asOf) => exportFile(doc, format, asOf),
  };
}
