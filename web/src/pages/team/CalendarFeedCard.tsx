import { useRef, useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { fmtDate } from '../../ui/format';
import { ErrorBanner, Loading } from '../../ui/states';
import { Problem } from './Problem';

interface FeedState {
  active: boolean;
  since?: string;
}

/**
 * A leader's calendar app reads their reminders from a secret address (it can send no cookie):
 * made here, shown once, replaced or stopped at once.
 */
export function CalendarFeedCard() {
  const state = useApi(() => api.get<FeedState>('/calendar-feed'), 'calendar-feed');
  const [made, setMade] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState('');
  const field = useRef<HTMLInputElement>(null);

  const make = async () => {
    setBusy(true);
    setError(undefined);
    setDone('');
    try {
      const feed = await api.post<{ link: string }>('/calendar-feed');
      setMade(`${location.origin}${feed.link}`);
      state.reload();
      requestAnimationFrame(() => field.current?.focus());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const stop = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.delete('/calendar-feed');
      setMade(undefined);
      setDone('Your calendar feed is stopped: its address shows nothing any more.');
      state.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const active = state.data?.active === true;
  return (
    <section className="card stack" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Your calendar app</h2>
      <p className="muted small">
        Your calendar app can show this week's moves and the follow-ups due. It reads them from a private
        address: anyone who has it sees your reminders, with the names in them. Make a new one whenever you
        like; the old one then stops working.
      </p>
      {state.error && <ErrorBanner error={state.error} onRetry={state.reload} />}
      {!state.data && state.loading && <Loading />}
      {state.data && !made && (
        <p>
          {active
            ? `Your calendar feed has been on since ${fmtDate(state.data.since)}.`
            : 'You have no calendar feed.'}
        </p>
      )}
      {made && (
        <label>
          Subscribe to this address in your calendar app. It is shown only now.
          <input ref={field} readOnly value={made} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={make} disabled={busy || !state.data}>
          {active ? 'Make a new address' : 'Make a calendar address'}
        </button>
        {active && (
          <button type="button" onClick={stop} disabled={busy}>
            Stop the feed
          </button>
        )}
      </div>
      <Problem error={error} />
      <p role="status" className="small">
        {done}
      </p>
    </section>
  );
}
