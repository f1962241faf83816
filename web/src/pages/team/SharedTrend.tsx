import { FORM_LABEL, FORMS, fmtDate, fmtNumber } from '../../ui/format';
import type { SnapshotSummary } from '../review/review-types';

/** What each review recorded, oldest first: relationships by form, ties and commitments kept. */
export function SharedTrend({ trend }: { trend: Array<{ asOf: string; summary: SnapshotSummary }> }) {
  return (
    <section className="card stack" aria-labelledby="trend-title">
      <h2 id="trend-title">Trend</h2>
      {trend.length === 0 ? (
        <p className="muted">No review recorded yet: the trend starts with the first one.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="muted small">Relationships by form at each review</caption>
            <thead>
              <tr>
                <th scope="col">Review</th>
                {FORMS.map((f) => (
                  <th key={f} scope="col" className="num">
                    {FORM_LABEL[f]}
                  </th>
                ))}
                <th scope="col" className="num">
                  Ties
                </th>
                <th scope="col" className="num">
                  Commitments kept
                </th>
              </tr>
            </thead>
            <tbody>
              {trend.map(({ asOf, summary: s }) => (
                <tr key={asOf}>
                  <th scope="row">{fmtDate(asOf)}</th>
                  {FORMS.map((f) => (
                    <td key={f} className="num">
                      {fmtNumber(s.forms[f]?.relationships)}
                    </td>
                  ))}
                  <td className="num">{fmtNumber(s.ties.count)}</td>
                  <td className="num">
                    {fmtNumber(s.commitments.kept)} of {fmtNumber(s.commitments.total)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
