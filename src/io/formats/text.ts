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
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return iconv.decode(Buffer.from(bytes), utf16);
  return decodeUtf8OrLatin(bytes);
}

/**
 * UTF-16 without a byte-order mark, told by its NUL bytes: text that is mostly ASCII has a NUL
 * in every other byte (the high byte), which UTF-8 and Windows-1252 text never has.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf16le' | 'utf16be' | undefined {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.6 && evenNul === 0) return 'utf16le';
  if (evenNul >= pairs * 0.6 && oddNul === 0) return 'utf16be';
  return undefined;
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
