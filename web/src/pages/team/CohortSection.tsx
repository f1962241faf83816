import { useEffect, useState } from 'react';
import { api, idPath } from '../../api/client';
import { setParam } from '../../app/router';
import { FORM_LABEL, FORMS, fmtDate, fmtNumber, fmtPercent } from '../../ui/format';
import { ErrorBanner } from '../../ui/states';
import { SEVERITY_LABEL, severityOf } from '../overview/findings';
import { Problem } from './Problem';
import { ofLeaders, tooFewWords } from './programme-words';
import type { Cohort, CohortJob, CohortMeasure, ProgrammeSummary } from './types';

const POLL_MS = 1000;

const STATE_WORDS: Record<CohortJob['state'], string> = {
  waiting: 'Waiting for a worker to start the computation…',
  running: 'Computing the cohort…',
  done: 'Done.',
  failed: 'The computation failed.',
};

/**
 * The cohort as a whole, computed as a job (it reads every participant's network): the job's id
 * stays in the address, so a reload keeps following it.
 */
export function CohortSection({ programme, job }: { programme: ProgrammeSummary; job: string | undefined }) {
  const [status, setStatus] = useState<CohortJob>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const base = `/programmes/${idPath(programme.id)}/cohort/jobs`;

  useEffect(() => {
    if (!job) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const s = await api.get<CohortJob>(`${base}/${idPath(job)}`);
        if (!live) return;
        setStatus(s);
        if (s.state === 'waiting' || s.state === 'running') timer = setTimeout(poll, POLL_MS);
      } catch (err) {
        if (live) setError(err);
      }
    };
    void poll();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [base, job]);

  const request = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const made = await api.post<{ job: string }>(base, {});
      setStatus({ id: made.job, state: 'waiting' });
      setParam('job', made.job);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const pending = status?.state === 'waiting' || status?.state === 'running';
  return (
    <section className="card stack" aria-labelledby="cohort-title">
      <h2 id="cohort-title">The cohort as a whole</h2>
      <p className="muted small">
        Computed from every participant's network, as of today. It shows the cohort only in aggregate: no
        leader's own diagnosis, and nothing at all for fewer than five leaders.
      </p>
      <div className="row">
        <button type="button" className="primary" onClick={request} disabled={busy || pending}>
          {status ? 'Compute again' : 'Compute the cohort'}
        </button>
        <span role="status" className="small">
          {status ? STATE_WORDS[status.state] : ''}
        </span>
      </div>
      <Problem error={error} />
      {status?.state === 'failed' && (
        <ErrorBanner error={new Error(status.error ?? 'The computation failed: try again.')} />
      )}
      {status?.state === 'done' && status.result && <CohortView cohort={status.result} />}
    </section>
  );
}

const MEASURES: ReadonlyArray<{ key: CohortMeasure; label: string }> = [
  { key: 'depth', label: 'Depth' },
  { key: 'breadth', label: 'Breadth' },
  { key: 'leverage', label: 'Leverage' },
  { key: 'timeShare', label: 'Share of time' },
];

function CohortView({ cohort }: { cohort: Cohort }) {
  if (!cohort.shown)
    return (
      <p className="banner banner-warn" data-testid="cohort-too-small">
        {tooFewWords(cohort.leaders, cohort.minimum ?? 5)}
      </p>
    );
  const measure = (key: CohortMeasure, v: { mean: number; median: number }) =>
    key === 'timeShare'
      ? `${fmtPercent(v.median)} (${fmtPercent(v.mean)})`
      : `${fmtNumber(v.median)} (${fmtNumber(v.mean)})`;
  const commitments = cohort.commitments;
  return (
    <div className="stack" data-testid="cohort">
      <p>
        {cohort.leaders} leaders with a network, as of {fmtDate(cohort.asOf)}.
      </p>
      <div className="table-wrap">
        <table aria-label="The three forms across the cohort">
          <caption className="muted small">
            Each form across the cohort: median (mean) over the leaders
          </caption>
          <thead>
            <tr>
              <th scope="col">Form</th>
              {MEASURES.map((m) => (
                <th key={m.key} scope="col" className="num">
                  {m.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FORMS.map((form) => (
              <tr key={form}>
                <th scope="row">{FORM_LABEL[form]}</th>
                {MEASURES.map((m) => {
                  const v = cohort.forms?.[form]?.[m.key];
                  return (
                    <td key={m.key} className="num">
                      {v ? measure(m.key, v) : '–'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Findings, most frequent first</h3>
      {cohort.findings && cohort.findings.length > 0 ? (
        <ul className="team-list" aria-label="Findings across the cohort">
          {cohort.findings.map((f) => (
            <li key={f.code} className="team-item">
              <div>
                <strong>{f.title}</strong>
                <p className="small">
                  <span className={`badge ${severityOf(f)}`}>{SEVERITY_LABEL[severityOf(f)]}</span>{' '}
                  {f.form !== 'general' && FORM_LABEL[f.form] && (
                    <span className={`badge ${f.form}`}>{FORM_LABEL[f.form]}</span>
                  )}{' '}
                  {ofLeaders(f.leaders, cohort.leaders)}
                </p>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No finding for any leader.</p>
      )}
      <h3>Commitments</h3>
      {commitments && commitments.total > 0 ? (
        <p data-testid="cohort-commitments">
          {commitments.kept} of {commitments.total} commitments on track, made by{' '}
          {ofLeaders(commitments.leadersWithCommitments, cohort.leaders)}.
        </p>
      ) : (
        <p className="muted">No leader has made a commitment yet.</p>
      )}
    </div>
  );
}
