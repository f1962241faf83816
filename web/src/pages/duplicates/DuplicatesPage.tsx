import { useState } from 'react';
import { ApiError, api, idPath } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Link, personHref } from '../../app/router';
import { useStatus } from '../../app/status';
import { fmtNumber } from '../../ui/format';
import { EmptyState, ErrorBanner, Loading, Page } from '../../ui/states';
import { Comparison } from './Comparison';
import { type DuplicatePair, loadPairs } from './duplicates-data';
import '../people/people.css';
import './duplicates.css';

interface Merged {
  kept: string;
  keptName: string;
  droppedName: string;
  /** The copy taken before the merge: restoring it is the undo. */
  backup?: string;
  undone?: boolean;
}

/** Possible duplicates: pick a pair, compare the two side by side, merge one into the other. */
export function DuplicatesPage() {
  const status = useStatus();
  const version = status.data?.dataVersion ?? '';
  const pairs = useApi(loadPairs, `duplicates:${version}`);
  const [open, setOpen] = useState<DuplicatePair | null>(null);
  const [merged, setMerged] = useState<Merged | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const merge = async (pair: DuplicatePair, keep: 'a' | 'b') => {
    const drop = keep === 'a' ? 'b' : 'a';
    setBusy(true);
    setError(null);
    try {
      const result = await api.post<{ backup?: { name: string } }>('/people/merge', {
        keep: pair[keep],
        drop: pair[drop],
      });
      setMerged({
        kept: pair[keep],
        keptName: pair.names[keep === 'a' ? 0 : 1],
        droppedName: pair.names[keep === 'a' ? 1 : 0],
        ...(result.backup ? { backup: result.backup.name } : {}),
      });
      setOpen(null);
      status.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)));
    } finally {
      setBusy(false);
    }
  };

  const undo = async () => {
    if (!merged?.backup) return;
    setBusy(true);
    setError(null);
    try {
      await api.post(`/backups/${idPath(merged.backup)}/restore`, {});
      setMerged({ ...merged, undone: true });
      status.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)));
    } finally {
      setBusy(false);
    }
  };

  const list = pairs.data ?? [];
  return (
    <Page title="Possible duplicates">
      <div className="stack">
        <p className="muted small">
          <Link href="/people">People</Link> / Possible duplicates
        </p>
        {merged && !merged.undone && (
          <p className="banner banner-ok row" role="status">
            <span>
              {merged.droppedName} was merged into{' '}
              <Link href={personHref(merged.kept)}>{merged.keptName}</Link>.
            </span>
            {merged.backup && (
              <button type="button" onClick={undo} disabled={busy}>
                Undo the merge
              </button>
            )}
          </p>
        )}
        {merged?.undone && (
          <p className="banner banner-ok" role="status">
            Merge undone: {merged.keptName} and {merged.droppedName} are two people again.
          </p>
        )}
        {error && <ErrorBanner error={error} />}
        {pairs.error && <ErrorBanner error={pairs.error} onRetry={pairs.reload} />}
        {!pairs.data && pairs.loading && <Loading what="Looking for duplicates" />}
        {pairs.data && list.length === 0 && (
          <EmptyState title="No duplicates found">
            <p>No two people share an e-mail address, a profile or a name.</p>
          </EmptyState>
        )}
        {list.length > 0 && (
          <section className="card stack" aria-labelledby="pairs-title">
            <h2 id="pairs-title">
              {fmtNumber(list.length)} {list.length === 1 ? 'pair' : 'pairs'} to check
            </h2>
            <ul className="duplicate-pairs">
              {list.map((p) => {
                const current = open?.a === p.a && open.b === p.b;
                return (
                  <li key={`${p.a}|${p.b}`} className="stack">
                    <div className="row">
                      <strong>
                        {p.names[0]} and {p.names[1]}
                      </strong>
                      <span className={`badge ${p.confidence === 'likely' ? 'warning' : 'info'}`}>
                        {p.confidence === 'likely' ? 'likely the same' : 'possibly the same'}
                      </span>
                      <span className="muted small">{p.reasons.join('; ')}</span>
                      <button
                        type="button"
                        aria-expanded={current}
                        onClick={() => setOpen(current ? null : p)}
                      >
                        Compare {p.names[0]} and {p.names[1]}
                      </button>
                    </div>
                    {current && <Comparison pair={p} busy={busy} onMerge={(keep) => merge(p, keep)} />}
                  </li>
                );
              })}
            </ul>
          </section>
        )}
      </div>
    </Page>
  );
}
