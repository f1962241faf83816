// Pure helpers for the findings list: severity order, grouping and evidence formatting.
// Kept free of React so node:test can check them.
import type { Finding, Severity } from './assess-types';

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'warning', 'info'];

export const SEVERITY_LABEL: Record<Severity, string> = {
  critical: 'Critical',
  warning: 'Warning',
  info: 'Info',
};

/** Unknown severities (a newer server) sort last and read as info rather than disappearing. */
export function severityOf(f: Pick<Finding, 'severity'>): Severity {
  return (SEVERITY_ORDER as readonly string[]).includes(f.severity) ? (f.severity as Severity) : 'info';
}

export interface FindingGroup {
  severity: Severity;
  findings: Finding[];
}

/**
 * Groups findings by severity, most severe first; inside a group the server's order is kept
 * (it already ranks by importance). Empty groups are left out.
 */
export function groupBySeverity(findings: readonly Finding[]): FindingGroup[] {
  return SEVERITY_ORDER.map((severity) => ({
    severity,
    findings: findings.filter((f) => severityOf(f) === severity),
  })).filter((g) => g.findings.length > 0);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const f of findings) out[severityOf(f)] += 1;
  return out;
}

export interface EvidenceMeasure {
  /** The measure's name, e.g. `daysSinceContact`. */
  name: string;
  /** The id the measure is about (`p:ana` in `strength:p:ana`), when it is per person. */
  subject?: string;
  value: string;
}

/**
 * Evidence measures come as `name` or `name:subject` (subjects are ids, which contain `:`
 * themselves, so only the first colon splits). Values are shown as given, rounded when numeric.
 */
export function evidenceMeasures(measures: Record<string, unknown> | undefined): EvidenceMeasure[] {
  if (!measures) return [];
  return Object.entries(measures).map(([key, raw]) => {
    const at = key.indexOf(':');
    const name = at < 0 ? key : key.slice(0, at);
    const subject = at < 0 ? undefined : key.slice(at + 1);
    const value =
      typeof raw === 'number'
        ? String(Math.round(raw * 1000) / 1000)
        : typeof raw === 'string' || typeof raw === 'boolean'
          ? String(raw)
          : JSON.stringify(raw);
    return subject === undefined ? { name, value } : { name, subject, value };
  });
}

/** Per-person measures grouped by person, so each person's line reads "strength 2, daysSinceContact 88". */
export function measuresBySubject(list: readonly EvidenceMeasure[]): {
  general: EvidenceMeasure[];
  bySubject: Map<string, EvidenceMeasure[]>;
} {
  const general: EvidenceMeasure[] = [];
  const bySubject = new Map<string, EvidenceMeasure[]>();
  for (const m of list) {
    if (m.subject === undefined) general.push(m);
    else bySubject.set(m.subject, [...(bySubject.get(m.subject) ?? []), m]);
  }
  return { general, bySubject };
}

/** `daysSinceContact` -> "days since contact": measure names in words a reader can scan. */
export function humanize(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
}
