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
    if (/<gexf[\s>]/i.test(head)) return 'gexf';
    if (/<graphml[\s>]/i.test(head)) return 'graphml';
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
