import iconv from 'iconv-lite';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes to text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; anything
 * that is not valid UTF-8 is taken as Windows-1252, which is what Excel writes on Western systems.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decodeUtf8OrLatin(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16be');
  return decodeUtf8OrLatin(bytes);
}

function decodeUtf8OrLatin(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), 'win1252');
  }
}

/** Collapses runs of white space and trims: `Horatio ` and `Horatio` are the same first name. */
export function clean(value: string | undefined): string {
  if (!value) return '';
  // Most cells are already clean (single plain spaces inside): testing is cheaper than replacing.
  if (!/\s\s|[^\S ]|^ | $/.test(value)) return value;
  return value.replace(/\s+/g, ' ').trim();
}

const EMAIL_RE = /^[^@\s<>(),;:"]+@[^@\s<>(),;:"]+\.[^@\s<>(),;:"]+$/;

/** A usable e-mail address, lower-cased domain kept as written; undefined for anything else. */
export function email(value: string | undefined): string | undefined {
  const v = clean(value).replace(/^mailto:/i, '');
  return EMAIL_RE.test(v) ? v : undefined;
}

/** Names and titles are limited to 200 characters by the document. */
export function clip(text: string, max = 200): string {
  return text.length > max ? text.slice(0, max) : text;
}
