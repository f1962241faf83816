import { useState } from 'react';
import { type ApiError, api, idPath } from '../../api/client';
import { useApi } from '../../api/use-api';
import { useStatus } from '../../app/status';
import { fmtDate } from '../../ui/format';
import { ErrorBanner } from '../../ui/states';

interface Backup {
  name: string;
  takenAt: string;
  bytes: number;
}

const REASON: Record<string, string> = {
  'before-replace': 'before a replace',
  'before-restore': 'before a restore',
};

function why(name: string): string {
  const reason = /-(before-[a-z]+)\.json$/.exec(name)?.[1];
  return reason ? (REASON[reason] ?? '') : 'on request';
}

/**
 * The copies of the network kept beside the database: one is taken before every replace (and
 * before every restore), so both can be undone. Restoring asks for a second click.
 */
export function BackupsCard() {
  const status = useStatus();
  const version = status.data?.dataVersion ?? '';
  const backups = useApi(() => api.get<{ backups: Backup[] }>('/backups'), `backups:${version}`);
  const [confirming, setConfirming] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [said, setSaid] = useState('');

  const restore = async (name: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const done = await api.post<{ backup?: Backup }>(`/backups/${idPath(name)}/restore`, {});
      setSaid(
        `Restored the copy of ${fmtDate(backups.data?.backups.find((b) => b.name === name)?.takenAt ?? '')}.${done.backup ? ' The network it replaced is kept too.' : ''}`,
      );
      setConfirming(undefined);
      status.reload();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const keep = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.post('/backups', {});
      setSaid('A copy of the network is kept.');
      status.reload();
      backups.reload();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };

  const list = backups.data?.backups ?? [];
  return (
    <section className="card stack" aria-labelledby="backups-title">
      <h2 id="backups-title">Backups</h2>
      <p className="muted small">
        A copy of the whole network is kept before every import that replaces it. Restoring one puts it back
        in place of the network now, which is kept first.
      </p>
      {said && (
        <p className="banner banner-ok small" role="status">
          {said}
        </p>
      )}
      {error && <ErrorBanner error={error} />}
      {backups.error && <ErrorBanner error={backups.error} onRetry={backups.reload} />}
      {list.length === 0 ? (
        <p className="muted small">No copies kept yet.</p>
      ) : (
        <ul className="stack backups-list">
          {list.map((b) => (
            <li key={b.name} className="row">
              <span>
                {fmtDate(b.takenAt)} {b.takenAt.slice(11, 16)} UTC{' '}
                <span className="muted small">({why(b.name)})</span>
              </span>
              {confirming === b.name ? (
                <>
                  <button type="button" className="primary" disabled={busy} onClick={() => restore(b.name)}>
                    Replace the network with this copy
                  </button>
                  <button type="button" disabled={busy} onClick={() => setConfirming(undefined)}>
                    Cancel
                  </button>
                </>
              ) : (
                <button type="button" disabled={busy} onClick={() => setConfirming(b.name)}>
                  Restore…
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div>
        <button type="button" disabled={busy || status.data?.empty} onClick={keep}>
          Keep a copy now
        </button>
      </div>
    </section>
  );
}
