import { ApiError, api } from '../../api/client';
import { useApi } from '../../api/use-api';
import type { PageProps } from '../../app/routes';
import { fmtDate, fmtPercent } from '../../ui/format';
import { EmptyState, ErrorBanner, Loading, Page } from '../../ui/states';
import { HEAT_UNITS, heatCells, insideShare } from './heat';
import type { CompanyReportResponse, OrganisationReport, OwnPictureResponse, UnitRow } from './types';
import './organisation.css';

export function OrganisationPage(_props: PageProps) {
  const loaded = useApi(() => api.get<CompanyReportResponse>('/company/report'), 'company-report');
  const data = loaded.data;
  // The report is for the organisation's admins; everyone else sees their own place in it.
  if (loaded.error instanceof ApiError && loaded.error.status === 403) return <OwnPicture />;
  return (
    <Page title="Organisation">
      {loaded.error && <ErrorBanner error={loaded.error} onRetry={loaded.reload} />}
      {!data && loaded.loading && <Loading what="Analysing the organisation" />}
      {data && !data.report.shown && (
        <EmptyState title="Nothing to show">
          <p>{data.sections[0]?.lines[0]}</p>
        </EmptyState>
      )}
      {data?.report.shown && (
        <div className="stack">
          <p className="org-lede">
            {data.report.people} people in {data.report.units.length} units, {data.report.ties} working ties
            from {fmtDate(data.report.window.from)} to {fmtDate(data.report.window.to)}. Every figure is about
            a group of five people or more; no one is named.
          </p>
          <HeatMap report={data.report} />
          <section className="card" aria-labelledby="org-findings">
            <h2 id="org-findings">What the network shows</h2>
            {data.sections.map((s) => (
              <div key={s.title} className="org-section">
                <h3>{s.title}</h3>
                <ul>
                  {s.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
          <UnitTable units={data.report.units} />
        </div>
      )}
    </Page>
  );
}

function HeatMap({ report }: { report: OrganisationReport }) {
  const { units, cells } = heatCells(report);
  return (
    <section className="card" aria-labelledby="org-heat">
      <h2 id="org-heat">Who works with whom</h2>
      <p className="muted">
        Working ties between units, for each possible pair of their people: the darker, the closer.
        {report.units.length > HEAT_UNITS
          ? ` The ${HEAT_UNITS} largest units of ${report.units.length}.`
          : ''}
      </p>
      <div className="org-heat-scroll">
        <table className="org-heat">
          <caption className="visually-hidden">Ties between units (rows and columns)</caption>
          <thead>
            <tr>
              <td />
              {units.map((u) => (
                <th key={u} scope="col">
                  <span>{u}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {units.map((row, r) => (
              <tr key={row}>
                <th scope="row">{row}</th>
                {cells[r]!.map((cell, c) => (
                  <td
                    key={units[c]}
                    className={cell.shade > 0.55 ? 'dark' : undefined}
                    style={{ background: `rgba(37, 99, 235, ${cell.shade.toFixed(3)})` }}
                    title={`${row} and ${units[c]}: ${cell.ties} ties`}
                  >
                    {cell.ties}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A unit's last months as a small line: up is outward, down is inward. */
function Trend({ trend }: { trend: UnitRow['trend'] }) {
  const known = trend
    .map((t, i) => ({ i, v: t.ei }))
    .filter((t): t is { i: number; v: number } => t.v !== null);
  if (known.length < 2) return <span className="muted">–</span>;
  const x = (i: number) => (i / Math.max(1, trend.length - 1)) * 80;
  const y = (v: number) => 12 - v * 10;
  const points = known.map((t) => `${x(t.i).toFixed(1)},${y(t.v).toFixed(1)}`).join(' ');
  const first = known[0]!.v;
  const last = known[known.length - 1]!.v;
  const words = `${fmtPercent(insideShare(first))} inside in ${trend[known[0]!.i]!.month}, ${fmtPercent(insideShare(last))} in ${trend[known[known.length - 1]!.i]!.month}`;
  return (
    <svg className="org-trend" viewBox="0 0 80 24" role="img" aria-label={words}>
      <title>{words}</title>
      <line x1="0" x2="80" y1="12" y2="12" className="org-trend-zero" />
      <polyline points={points} />
    </svg>
  );
}

function UnitTable({ units }: { units: UnitRow[] }) {
  return (
    <section className="card" aria-labelledby="org-units">
      <h2 id="org-units">Units</h2>
      <div className="org-heat-scroll">
        <table className="org-units">
          <thead>
            <tr>
              <th scope="col">Unit</th>
              <th scope="col">People</th>
              <th scope="col">Ties staying inside</th>
              <th scope="col">Last six months</th>
              <th scope="col">Brokers</th>
              <th scope="col">Overloaded</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.name} className={u.silo ? 'org-silo' : undefined}>
                <th scope="row">
                  {u.name}
                  {u.silo && <span className="badge">silo</span>}
                </th>
                <td>{u.people}</td>
                <td>{u.ei === null ? '–' : fmtPercent(insideShare(u.ei))}</td>
                <td>
                  <Trend trend={u.trend} />
                </td>
                <td>{u.brokers}</td>
                <td>{u.overloaded}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A person's own place in the organisation: what only they may read. */
function OwnPicture() {
  const loaded = useApi(() => api.get<OwnPictureResponse>('/company/me'), 'company-me');
  return (
    <Page title="Your place in the organisation">
      {loaded.error && <ErrorBanner error={loaded.error} onRetry={loaded.reload} />}
      {!loaded.data && loaded.loading && <Loading what="Reading your place in the organisation" />}
      {loaded.data && (
        <section className="card" aria-labelledby="org-me">
          <h2 id="org-me">From the organisation's collaboration, over the last three months</h2>
          <ul className="org-me">
            {loaded.data.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="muted">Only you see this page; the organisation's report names no one.</p>
        </section>
      )}
    </Page>
  );
}
