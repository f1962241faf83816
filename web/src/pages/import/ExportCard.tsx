import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client';
import { useStatus } from '../../app/status';
import { ErrorBanner } from '../../ui/states';
import { EXPORT_FORMATS } from './formats';

/** Saves a blob the way a link would: a temporary object URL on a temporary <a download>. */
function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportCard() {
  const status = useStatus();
  const [format, setFormat] = useState<string>('json');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [saved, setSaved] = useState<string>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(undefined);
    try {
      // `json` is the threefold document: the server's default format, so no parameter.
      const { blob, filename } = await api.download('/export', {
        format: format === 'json' ? undefined : format,
      });
      save(blob, filename);
      setSaved(filename);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className="muted import-intro">
        Download your network: threefold JSON keeps everything and imports back; the others open in Gephi,
        yEd, Kumu, a spreadsheet or an address book.
      </p>
      {status.data?.empty && (
        <p className="muted small import-intro">The database is empty, so the file will be too.</p>
      )}
      <form className="row import-controls" onSubmit={submit}>
        <label>
          Export format
          <select value={format} onChange={(e) => setFormat(e.currentTarget.value)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={busy}>
          Export
        </button>
      </form>
      {busy && <p className="muted">Preparing the file…</p>}
      {saved && (
        <p className="small" role="status">
          Saved <code>{saved}</code> to your downloads.
        </p>
      )}
      {error && <ErrorBanner error={error} />}
    </section>
  );
}
