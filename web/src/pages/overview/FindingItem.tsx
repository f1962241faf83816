import { goalHref, Link, personHref } from '../../app/router';
import { FORM_LABEL } from '../../ui/format';
import type { Finding } from './assess-types';
import { evidenceMeasures, humanize, measuresBySubject, SEVERITY_LABEL, severityOf } from './findings';

export interface Names {
  people: ReadonlyMap<string, string>;
  organizations: ReadonlyMap<string, string>;
  goals: ReadonlyMap<string, string>;
}

/**
 * One finding: severity and form, what it is and why, then who (the evidence); its code, which a
 * leader never needs to read, waits inside the details for a coach or the API.
 */
export function FindingItem({ finding, names }: { finding: Finding; names: Names }) {
  const severity = severityOf(finding);
  const { general, bySubject } = measuresBySubject(evidenceMeasures(finding.evidence.measures));
  const people = finding.evidence.people ?? [];
  const orgs = finding.evidence.organizations ?? [];
  const goals = finding.evidence.goals ?? [];
  return (
    <li className={`card ov-finding ov-finding-${severity}`}>
      <div className="row">
        <span className={`badge ${severity}`}>{SEVERITY_LABEL[severity]}</span>
        {finding.form && finding.form !== 'general' && (
          <span className={`badge ${finding.form}`}>{FORM_LABEL[finding.form] ?? finding.form}</span>
        )}
      </div>
      <h3 className="ov-finding-title">{finding.title}</h3>
      <p>{finding.explanation}</p>
      <details className="ov-evidence" open={people.length > 0 && people.length <= 8}>
        <summary>
          Evidence
          {people.length > 0 && ` · ${people.length} ${people.length === 1 ? 'person' : 'people'}`}
        </summary>
        {people.length > 0 && (
          <ul className="ov-people">
            {people.map((id) => {
              const facts = bySubject.get(id) ?? [];
              return (
                <li key={id}>
                  <Link href={personHref(id)}>{names.people.get(id) ?? id}</Link>
                  {facts.length > 0 && (
                    <span className="muted small">
                      {' '}
                      ({facts.map((m) => `${humanize(m.name)} ${m.value}`).join(', ')})
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {orgs.length > 0 && (
          <p className="small">
            Organisations: {orgs.map((id) => names.organizations.get(id) ?? id).join(', ')}
          </p>
        )}
        {goals.length > 0 && (
          <p className="small">
            Goals:{' '}
            {goals.map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                <Link href={goalHref(id)}>{names.goals.get(id) ?? id}</Link>
              </span>
            ))}
          </p>
        )}
        {general.length > 0 && (
          <p className="small muted">
            Measured: {general.map((m) => `${humanize(m.name)} ${m.value}`).join(' · ')}
          </p>
        )}
        <p className="small muted">
          Finding code, for your coach or the API: <code>{finding.code}</code>
        </p>
      </details>
      {finding.actions.length > 0 && (
        <p className="small muted">
          What helps: {finding.actions.join(', ')} (<Link href="/week">see the actions for this week</Link>)
        </p>
      )}
    </li>
  );
}
