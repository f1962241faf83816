import { useState } from 'react';
import { type ApiError, api } from '../../api/client';
import { useApi } from '../../api/use-api';
import type { PageProps } from '../../app/routes';
import { useStatus } from '../../app/status';
import { fmtDate } from '../../ui/format';
import { EmptyState, ErrorBanner, Loading, Page } from '../../ui/states';
import { ComparisonView } from './ComparisonView';
import type { Comparison, ReviewResponse, TakeSnapshotResponse } from './review-types';
import { Trends } from './Trends';
import { trendDates } from './trends';
import './review.css';

export function ReviewPage(_props: PageProps) {
  const status = useStatus();
  const version = status.data?.dataVersion ?? '';
  const review = useApi(() => api.get<ReviewResponse>('/review'), `review:${version}`);
  const [taking, setTaking] = useState(false);
  const [takeError, setTakeError] = useState<ApiError | undefined>();
  const [taken, setTaken] = useState<{ takenAt: string; comparison: Comparison | null } | undefined>();

  const take = () => {
    setTaking(true);
    setTakeError(undefined);
    api.post<TakeSnapshotResponse>('/review').then(
      (r) => {
        setTaken({ takenAt: r.snapshot.takenAt, comparison: r.comparison });
        setTaking(false);
        review.reload();
        status.reload();
      },
      (e: ApiError) => {
        setTakeError(e);
        setTaking(false);
      },
    );
  };

  const data = review.data;
  const snapshots = data?.snapshots ?? [];
  const dates = data
    ? trendDates(
        snapshots.map((s) => s.takenAt),
        data.current.asOf,
      )
    : [];
  // Right after a snapshot, the server's comparison of the last two; otherwise, since the last one.
  // A comparison of a snapshot with the same day says nothing, so it is left out.
  const since = data?.comparison && data.comparison.from !== data.comparison.to ? data.comparison : null;
  const comparison = taken?.comparison ?? since;

  return (
    <Page
      title="Review"
      actions={
        <button type="button" className="primary" onClick={take} disabled={taking}>
          {taking ? 'Taking a snapshot…' : 'Take a snapshot now'}
        </button>
      }
    >
      {takeError && <ErrorBanner error={takeError} />}
      {taken && (
        <p className="banner banner-ok" role="status">
          Snapshot taken on {fmtDate(taken.takenAt)}.
          {taken.comparison
            ? ' Below: what changed since the one before.'
            : ' Take another in a few weeks to compare.'}
        </p>
      )}
      {review.error && <ErrorBanner error={review.error} onRetry={review.reload} />}
      {!data && review.loading && <Loading what="Loading your reviews" />}
      {data && (
        <div className="stack">
          {snapshots.length < 2 ? (
            <EmptyState title={snapshots.length === 0 ? 'No snapshots yet' : 'One snapshot so far'}>
              <p>
                A review compares your network with how it was: which ties grew or faded, how your time split
                across the three forms, whether you kept your commitments. It needs at least two snapshots.
              </p>
              <p>
                {snapshots.length === 0
                  ? 'Take your first snapshot now, then another in four to six weeks (a calendar reminder helps).'
                  : `Your first snapshot is from ${fmtDate(snapshots[0]?.takenAt)}. Take the next one in a few weeks to see the trend.`}
              </p>
            </EmptyState>
          ) : (
            <section aria-labelledby="trends-title">
              <h2 id="trends-title">Trends across {snapshots.length} snapshots</h2>
              <p className="muted small rv-note">
                Each point measures your network as of a snapshot date (and today), from your current records.
              </p>
              <Trends dates={dates} version={version} />
            </section>
          )}
          {comparison && <ComparisonView c={comparison} />}
          {snapshots.length > 0 && (
            <section className="card" aria-labelledby="snapshots-title">
              <h2 id="snapshots-title">Snapshots taken</h2>
              <ol className="rv-snapshots" reversed>
                {[...snapshots].reverse().map((s) => (
                  <li key={s.id}>{fmtDate(s.takenAt)}</li>
                ))}
              </ol>
            </section>
          )}
        </div>
      )}
    </Page>
  );
}
