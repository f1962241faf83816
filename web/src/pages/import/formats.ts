// What the import and export cards offer. The server detects the import format from the file's
// content (the name helps), so the list only tells people what they can bring.

export const IMPORT_FORMATS = [
  { name: 'threefold JSON', hint: 'a file exported from threefold (.json)' },
  { name: 'LinkedIn Connections.csv', hint: 'from “Get a copy of your data”' },
  { name: 'vCard', hint: 'phone or address-book contacts (.vcf)' },
  {
    name: 'Address-book CSV',
    hint: 'contacts exported as .csv from Google, Outlook, Thunderbird or Roundcube',
  },
  { name: 'iCalendar', hint: 'a calendar export (.ics): meetings become interactions' },
  { name: 'GEXF', hint: 'Gephi graphs (.gexf)' },
  { name: 'GraphML', hint: 'graph files (.graphml)' },
] as const;

export const IMPORT_ACCEPT = '.json,.csv,.vcf,.vcard,.ics,.gexf,.graphml,.xml,.txt';

export const IMPORT_MODES = [
  { value: 'new', label: 'new: into an empty database' },
  { value: 'merge', label: 'merge: add to and update what is there' },
  { value: 'replace', label: 'replace: remove everything first' },
] as const;
export type ImportMode = (typeof IMPORT_MODES)[number]['value'];

/** The values GET /api/export accepts; `json` is the threefold document, the server's default. */
export const EXPORT_FORMATS = [
  { value: 'json', label: 'threefold JSON (everything, re-importable)' },
  { value: 'gexf', label: 'GEXF (Gephi)' },
  { value: 'graphml', label: 'GraphML' },
  { value: 'vcard', label: 'vCard (contacts)' },
  { value: 'csv', label: 'CSV (people, spreadsheet-safe)' },
  { value: 'kumu', label: 'Kumu JSON' },
] as const;
