import { invalidInput, ThreefoldError } from '../errors.js';
import { jsonDepth, MAX_JSON_DEPTH } from '../io/document-file.js';

export const JSON_BODY_LIMIT = 1024 * 1024;
export const UPLOAD_BODY_LIMIT = 200 * 1024 * 1024;

function tooLarge(limit: number): ThreefoldError {
  return new ThreefoldError('too_large', `request body is larger than ${formatBytes(limit)}`, [
    { path: 'body', message: `at most ${limit} bytes` },
  ]);
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${n / (1024 * 1024)} MB` : `${Math.round(n / 1024)} KB`;
}

/**
 * Reads a request body up to `limit` bytes. A declared Content-Length beyond the limit is refused
 * before reading; a chunked body is counted as it streams, so a client cannot exhaust memory.
 */
export async function readBody(req: Request, limit: number): Promise<Uint8Array> {
  const declared = req.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
  if (!req.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Parses a JSON request body (1 MB at most); an empty body is `undefined`. */
export async function readJsonBody(req: Request, limit = JSON_BODY_LIMIT): Promise<unknown> {
  const bytes = await readBody(req, limit);
  if (bytes.byteLength === 0) return undefined;
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
    throw invalidInput('the request body must be JSON (Content-Type: application/json)', [
      { path: 'body', message: `unexpected Content-Type "${type}"` },
    ]);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidInput('the request body is not UTF-8 text', [{ path: 'body', message: 'not UTF-8' }]);
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH)
    throw invalidInput(`the request body nests deeper than ${MAX_JSON_DEPTH} levels`, [
      { path: 'body', message: 'nested too deeply' },
    ]);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw invalidInput(`the request body is not valid JSON: ${(err as Error).message}`, [
      { path: 'body', message: 'not valid JSON' },
    ]);
  }
}
