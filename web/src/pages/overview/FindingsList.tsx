import type { Finding } from './assess-types';
import { FindingItem, type Names } from './FindingItem';
import { countBySeverity, groupBySeverity, SEVERITY_ORDER } from './findings';

/**
 * One flat list (aria-label "Findings"), critical first, then warning, then info. The groups are
 * told by the counts above and each item's badge, so every listitem is a finding.
 */
export function FindingsList({ findings, names }: { findings: readonly Finding[]; names: Names }) {
  if (findings.length === 0) {
    return (
      <p className="banner banner-ok" role="status">
        No findings: nothing in your network needs attention right now.
      </p>
    );
  }
  const counts = countBySeverity(findings);
  const ordered = groupBySeverity(findings).flatMap((g) => g.findings);
  return (
    <>
      <p className="row small">
        {SEVERITY_ORDER.filter((s) => counts[s] > 0).map((s) => (
          <span key={s} className={`badge ${s}`}>
            {counts[s]} {s}
          </span>
        ))}
      </p>
      <ul aria-label="Findings" className="ov-findings">
        {ordered.map((f) => (
          <FindingItem key={f.code + f.title} finding={f} names={names} />
        ))}
      </ul>
    </>
  );
}
