/** What GET /api/company/report answers (src/core/organisation/report.ts, words.ts). */
export interface UnitRow {
  name: string;
  people: number;
  ties: { inside: number; outside: number };
  ei: number | null;
  silo: boolean;
  brokers: number;
  overloaded: number;
  inDemand: number;
  medianMinutesPerWeek: number | null;
  trend: Array<{ month: string; ei: number | null }>;
}

export interface OrganisationReport {
  asOf: string;
  window: { from: string; to: string; days: number };
  shown: boolean;
  reason?: string;
  people: number;
  ties: number;
  units: UnitRow[];
  matrix: { units: string[]; ties: number[][]; interactions: number[][] };
  silos: string[];
}

export interface CompanyReportResponse {
  report: OrganisationReport;
  sections: Array<{ title: string; lines: string[] }>;
}

/** What GET /api/company/me answers: one's own picture (core/organisation/personal.ts) in words. */
export interface OwnPictureResponse {
  picture: { ties: number; unit: string };
  lines: string[];
}
