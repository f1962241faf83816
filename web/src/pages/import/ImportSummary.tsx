import { Link } from '../../app/router';
import { fmtNumber } from '../../ui/format';
import { changeRows, headline, type ImportResult } from './summary';

/** The answer of a successful import: a status line with "Imported" and the per-collection counts. */
export function ImportSummary({ result, filename }: { result: ImportResult; filename: string }) {
  const rows = changeRows(result);
  const skipped = Array.isArray(result.skipped) ? result.skipped : [];
  const unsure = Array.isArray(result.unsure) ? result.unsure.length : 0;
  const matched = result.people?.matched ?? 0;
  const seen = typeof result.interactions === 'object' ? (result.interactions.alreadyThere ?? 0) : 0;
  return (
    <div className="banner banner-ok import-summary" role="status">
      <p>
        <strong>{headline(rows)}</strong> from <code>{filename}</code>
        {typeof result.format === 'string' && <> (read as {result.format})</>}
        {typeof result.mode === 'string' && <>, mode {result.mode}</>}.
      </p>
      {typeof result.backup === 'object' && result.backup !== null && (
        <p>The network it replaced is kept: restore it under Backups to undo this import.</p>
      )}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="muted small">Changes per collection</caption>
            <thead>
              <tr>
                <th scope="col">Collection</th>
                <th scope="col" className="num">
                  Created
                </th>
                <th scope="col" className="num">
                  Updated
                </th>
                <th scope="col" className="num">
                  Unchanged
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ collection, change }) => (
                <tr key={collection}>
                  <th scope="row">{collection}</th>
                  <td className="num">{fmtNumber(change.created)}</td>
                  <td className="num">{fmtNumber(change.updated)}</td>
                  <td className="num">{fmtNumber(change.unchanged)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(matched > 0 || unsure > 0 || seen > 0 || skipped.length > 0) && (
        <ul className="small">
          {matched > 0 && <li>{fmtNumber(matched)} people matched someone already in your network.</li>}
          {seen > 0 && <li>{fmtNumber(seen)} interactions were already there and were not added twice.</li>}
          {unsure > 0 && (
            <li>
              {fmtNumber(unsure)} possible duplicates: <Link href="/duplicates">review and merge them</Link>.
            </li>
          )}
          {skipped.map((s) => (
            <li key={s.reason}>
              Skipped {fmtNumber(s.count)}: {s.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
