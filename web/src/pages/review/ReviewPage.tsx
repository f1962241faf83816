import { useState } from 'react';
import { type ApiError, api } from '../../api/client';
import { useApi } from '../../api/use-api';
import type { PageProps } from '../../app/routes';
import { useStatus } from '../../app/status';
import { fmtDate } from '../../ui/format';
import { EmptyState, ErrorBanner, Loading, Page } from '../../ui/states';
import { ComparisonView } from './ComparisonView';
import { HistoryCard } from './HistoryCard';
import type { ReviewResponse, TakeSnapshotResponse } from './review-types';
import { Trends } from './Trends';
import { trendRows } from './trends';
import './review.css';

export function ReviewPage(_props: PageProps) {
  const status = useStatus();
  const version = status.data?.dataVersion ?? '';
  const review = useApi(() => api.get<ReviewResponse>('/review'), `review:${version}`);
  const [taking, setTaking] = useState(false);
  const [takeError, setTakeError] = useState<ApiError | undefined>();
  const [taken, setTaken] = useState<{ takenAt: string; compared: boolean } | undefined>();

  const take = () => {
    setTaking(true);
    setTakeError(undefined);
    api.post<TakeSnapshotResponse>('/review').then(
      (r) => {
        setTaken({ takenAt: r.snapshot.takenAt, compared: r.comparison !== null });
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
  const rows = data ? trendRows(snapshots, { asOf: data.current.asOf, summary: data.currentSummary }) : [];
  // The last two snapshots, as they were recorded; then what moved since the last one. A
  // comparison of a snapshot with the same day says nothing, so it is left out.
  const between = data?.previousComparison ?? null;
  const since = data?.comparison && data.comparison.from !== data.comparison.to ? data.comparison : null;

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
          {taken.compared
            ? ' Below: what changed since the one before.'
            : ' Take another in a few weeks to compare.'}
        </p>
      )}
      {review.error && <ErrorBanner error={review.error} onRetry={review.reload} />}
      {!data && review.loading && <Loading what="Loading your reviews" />}
      {data && (
        <div className="stack">
          <HistoryCard history={data.history} names={data.names} question={data.reflection?.question} />
          {snapshots.length < 2 ? (
            <EmptyState title={snapshots.length === 0 ? 'No snapshots yet' : 'One snapshot so far'}>
              <p>
                A review compares your network with how it was: which ties grew or faded, how your time split
                across the three forms, whether you kept your commitments. It needs at least two snapshots.
              </p>
              <p>
                {snapshots.length === 0
                  ? 'Take your first snapshot now, then another in four to six weeks (a calendar reminder helps).'
                  : `Your first snapshot is from ${fmtDate(snapshots[0]?.asOf)}. Take the next one in a few weeks to see the trend.`}
              </p>
            </EmptyState>
          ) : (
            <section aria-labelledby="trends-title">
              <h2 id="trends-title">Trends across {snapshots.length} snapshots</h2>
              <p className="muted small rv-note">
                Each point is what a snapshot recorded on its date; the last point, marked “now”, is your
                network today.
              </p>
              <Trends rows={rows} />
            </section>
          )}
          {between && <ComparisonView c={between} title="Between your last two snapshots" />}
          {since && <ComparisonView c={since} title="Since your last snapshot" now />}
          {snapshots.length > 0 && (
            <section className="card" aria-labelledby="snapshots-title">
              <h2 id="snapshots-title">Snapshots taken</h2>
              <ol className="rv-snapshots" reversed>
                {[...snapshots].reverse().map((s) => (
                  <li key={s.id}>{fmtDate(s.asOf)}</li>
                ))}
              </ol>
            </section>
          )}
        </div>
      )}
    </Page>
  );
}
