import iconv from 'iconv-lite';

/** One property of a vCard or iCalendar object after unfolding: `item1.EMAIL;TYPE=work:x@y`. */
export interface ContentLine {
  /** 1-based line of the file where the property starts. */
  line: number;
  group?: string;
  name: string;
  params: Map<string, string[]>;
  /** Bare 2.1 parameters such as `CELL`, `PREF`, `QUOTED-PRINTABLE`, upper-cased. */
  flags: Set<string>;
  value: string;
}

const MAX_LINE = 1_000_000;

/**
 * Unfolds and splits content lines. Handles RFC 6350/2426 folding (a leading space or tab) and
 * vCard 2.1 quoted-printable soft breaks (a trailing `=` continues on the next line).
 */
export function contentLines(text: string): ContentLine[] {
  const physical = text.split(/\r\n|\n|\r/);
  const out: ContentLine[] = [];
  let current: { start: number; text: string } | undefined;
  const flush = () => {
    if (current && current.text.trim() !== '') {
      const parsed = parseLine(current.text, current.start);
      if (parsed) out.push(parsed);
    }
    current = undefined;
  };
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]!;
    if (current && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      if (current.text.length < MAX_LINE) current.text += raw.slice(1);
      continue;
    }
    if (
      current &&
      /QUOTED-PRINTABLE/i.test(current.text.split(':', 1)[0] ?? '') &&
      current.text.endsWith('=')
    ) {
      if (current.text.length < MAX_LINE) current.text = current.text.slice(0, -1) + raw;
      continue;
    }
    flush();
    current = { start: i + 1, text: raw };
  }
  flush();
  return out;
}

function parseLine(text: string, line: number): ContentLine | undefined {
  // The name and parameters end at the first colon outside double quotes.
  let colon = -1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return undefined;
  const head = text.slice(0, colon);
  const value = text.slice(colon + 1);
  const parts = splitOutsideQuotes(head, ';');
  const fullName = parts.shift() ?? '';
  const dot = fullName.lastIndexOf('.');
  const group = dot > 0 ? fullName.slice(0, dot) : undefined;
  const name = (dot > 0 ? fullName.slice(dot + 1) : fullName).trim().toUpperCase();
  if (!name) return undefined;
  const params = new Map<string, string[]>();
  const flags = new Set<string>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq < 0) {
      flags.add(part.trim().toUpperCase());
      continue;
    }
    const key = part.slice(0, eq).trim().toUpperCase();
    const values = splitOutsideQuotes(part.slice(eq + 1), ',').map((v) => v.replace(/^"|"$/g, ''));
    params.set(key, [...(params.get(key) ?? []), ...values]);
    if (key === 'TYPE') for (const v of values) flags.add(v.toUpperCase());
    if (key === 'ENCODING') for (const v of values) flags.add(v.toUpperCase());
  }
  return { line, group, name, params, flags, value };
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === separator && !quoted) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes quoted-printable text (`=C3=91` is Ñ in UTF-8) in the charset the property names.
 * With no CHARSET, bytes that are not UTF-8 are Windows-1252, as phones and Outlook wrote
 * vCard 2.1 (`Iksi=F1ski`): better a likely letter than U+FFFD.
 */
export function decodeQuotedPrintable(value: string, charset?: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (ch === '=' && i === value.length - 1) {
      // a soft break left at the very end
    } else {
      const code = ch.charCodeAt(0);
      if (code < 0x80) bytes.push(code);
      else bytes.push(...Buffer.from(ch, 'utf8'));
    }
  }
  if (charset && iconv.encodingExists(charset)) return iconv.decode(Buffer.from(bytes), charset);
  try {
    return strictUtf8.decode(Uint8Array.from(bytes));
  } catch {
    return iconv.decode(Buffer.from(bytes), 'win1252');
  }
}

/** Splits a structured value (`Doe;John;;;`) on separators that are not escaped. */
export function splitEscaped(value: string, separator: ';' | ','): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\' && i + 1 < value.length) {
      cur += ch + value[i + 1];
      i++;
    } else if (ch === separator) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Undoes vCard/iCalendar text escapes: `\n`, `\,`, `\;`, `\\`. */
export function unescapeText(value: string): string {
  return value.replace(/\\([nN,;:\\"])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
