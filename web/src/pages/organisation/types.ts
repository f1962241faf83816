/** What GET /api/company/report answers: the core's report (src/core/organisation/report.ts), and in words (words.ts). */
import type { OrganisationReport } from '../../../../src/core/organisation/report';

export type { OrganisationReport, UnitRow } from '../../../../src/core/organisation/report';

export interface CompanyReportResponse {
  report: OrganisationReport;
  sections: Array<{ title: string; lines: string[] }>;
}

/** What GET /api/company/me answers: one's own picture (core/organisation/personal.ts) in words. */
export interface OwnPictureResponse {
  picture: { ties: number; unit: string };
  lines: string[];
}
