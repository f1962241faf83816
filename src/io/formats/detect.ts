import { contactsCsvFlavour } from './contacts-csv.js';
import { lines } from './csv.js';
import { linkedinHeaderIndex } from './linkedin.js';
import type { ImportFormat } from './types.js';

/**
 * The format of a file from its content (the first few kilobytes), not its name: an `.csv`
 * may be LinkedIn's, Google's or Outlook's; a `.xml` may be GEXF or GraphML.
 */
export function detectFormat(text: string, fileName = ''): ImportFormat | undefined {
  const head = text.slice(0, 16_384).replace(/^\uFEFF/, '');
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{')) return 'json';
  if (/^BEGIN:VCARD/im.test(trimmed.slice(0, 2048))) return 'vcard';
  if (/^BEGIN:VCALENDAR/im.test(trimmed.slice(0, 2048))) return 'ics';
  if (trimmed.startsWith('<')) {
    const root = xmlRootName(text);
    if (root === 'gexf' || root === 'graphml') return root;
    return undefined;
  }
  if (linkedinHeaderIndex(head) >= 0) return 'linkedin';
  const flavour = contactsCsvFlavour(lines(head)[0] ?? '');
  if (flavour) return flavour;
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'vcf') return 'vcard';
  if (ext === 'ics') return 'ics';
  if (ext === 'gexf') return 'gexf';
  if (ext === 'graphml') return 'graphml';
  return undefined;
}

/** How far into a file its root element is looked for (past comments, the prolog, a DOCTYPE). */
const ROOT_SEARCH = 4 * 1024 * 1024;

/**
 * The local name of an XML file's root element, lower-cased (`graphml`), found past any
 * amount of comments and processing instructions up to a few megabytes; undefined if none.
 */
export function xmlRootName(text: string): string | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = Math.min(text.length, ROOT_SEARCH);
  while (i < end) {
    const lt = text.indexOf('<', i);
    if (lt < 0 || lt >= end) return undefined;
    if (text.startsWith('<?', lt)) i = close(text, lt, '?>');
    else if (text.startsWith('<!--', lt)) i = close(text, lt, '-->');
    else if (text.startsWith('<!', lt)) i = close(text, lt, '>');
    else {
      const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]/.exec(text.slice(lt, lt + 256));
      return m ? m[2]!.toLowerCase() : undefined;
    }
    if (i < 0) return undefined;
  }
  return undefined;
}

function close(text: string, from: number, token: string): number {
  const at = text.indexOf(token, from);
  return at < 0 ? -1 : at + token.length;
}
