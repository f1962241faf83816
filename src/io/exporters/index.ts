import type { Network } from '../../core/model.js';
import { exportPeopleCsv } from './csv.js';
import { exportGexf } from './gexf.js';
import type { ExportOptions } from './graph-model.js';
import { exportGraphml } from './graphml.js';
import { exportKumu } from './kumu.js';
import { exportVcard } from './vcard.js';

export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'vcard', 'csv', 'kumu'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type { ExportOptions, NodeMeasures } from './graph-model.js';

/** The network in a format other than the threefold/1 document (which document-file writes). */
export function exportAs(
  format: Exclude<ExportFormat, 'json'>,
  doc: Network,
  options: ExportOptions = {},
): string {
  switch (format) {
    case 'gexf':
      return exportGexf(doc, options);
    case 'graphml':
      return exportGraphml(doc, options);
    case 'vcard':
      return exportVcard(doc);
    case 'csv':
      return exportPeopleCsv(doc);
    case 'kumu':
      return `${JSON.stringify(exportKumu(doc), null, 2)}\n`;
  }
}
