import { FORM_LABEL, fmtNumber } from '../../ui/format';
import { SEVERITY_LABEL, SEVERITY_ORDER, severityOf } from '../overview/findings';
import type { SharedFinding } from './types';

const people = (n: number) => `${fmtNumber(n)} ${n === 1 ? 'person' : 'people'}`;

/** The leader's findings, most severe first: what, in which form, and how many people (who, only if shared). */
export function SharedFindings({ findings }: { findings: SharedFinding[] }) {
  // Most severe first; within a severity the server's order, which ranks by importance.
  const groups = SEVERITY_ORDER.map((s) => ({
    severity: s,
    findings: findings.filter((f) => severityOf(f) === s),
  }));
  return (
    <section aria-labelledby="findings-title" className="stack">
      <h2 id="findings-title">Findings</h2>
      {findings.length === 0 ? (
        <p className="banner banner-ok">No findings: nothing in this network needs attention right now.</p>
      ) : (
        <>
          <p className="row small">
            {groups
              .filter((g) => g.findings.length > 0)
              .map((g) => (
                <span key={g.severity} className={`badge ${g.severity}`}>
                  {g.findings.length} {g.severity}
                </span>
              ))}
          </p>
          <ul aria-label="Findings" className="team-list">
            {groups.flatMap(({ severity, findings }) =>
              findings.map((f, i) => {
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: two findings may share a title once quotes are hidden
                  <li key={`${severity}:${i}:${f.title}`} className="card">
                    <div className="row">
                      <span className={`badge ${severity}`}>{SEVERITY_LABEL[severity]}</span>
                      {f.form && f.form !== 'general' && (
                        <span className={`badge ${f.form}`}>{FORM_LABEL[f.form] ?? f.form}</span>
                      )}
                      {f.people > 0 && <span className="muted small">{people(f.people)}</span>}
                    </div>
                    <h3 className="team-finding-title">{f.title}</h3>
                    {f.explanation && <p>{f.explanation}</p>}
                    {f.names && f.names.length > 0 && <p className="small">Who: {f.names.join(', ')}</p>}
                  </li>
                );
              }),
            )}
          </ul>
        </>
      )}
    </section>
  );
}
