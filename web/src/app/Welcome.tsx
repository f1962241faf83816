import { useState } from 'react';
import { type ApiError, api } from '../api/client';
import { useSession } from '../pages/team/session';
import { ErrorBanner } from '../ui/states';
import { Link } from './router';
import { useStatus } from './status';

/** What an empty database shows: bring your network in, or explore the sample first. */
export function Welcome() {
  const status = useStatus();
  const team = useSession().state === 'signed-in';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const loadSample = async () => {
    setBusy(true);
    try {
      await api.post('/sample');
      status.reload();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="empty card" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        Your network is empty
      </h1>
      <p>
        threefold diagnoses the three networks a leader needs (operational, personal and strategic) and
        suggests what to do next. Start with the people you know:
      </p>
      <div className="row">
        <Link className="button primary" href="/import">
          Import contacts, a calendar or a threefold file
        </Link>
        <button type="button" className="button" onClick={loadSample} disabled={busy}>
          {busy ? 'Loading the sample…' : 'Explore a sample network'}
        </button>
      </div>
      <p className="muted">
        LinkedIn connections, phone contacts (vCard), address books (Google, Outlook, Thunderbird, Roundcube
        CSV), calendars (.ics), Gephi and GraphML files all work.{' '}
        {team
          ? 'Your network is yours: no one else on this team server sees it, unless you share it with a coach.'
          : 'Your data stays on this machine.'}
      </p>
      {error && <ErrorBanner error={error} />}
    </section>
  );
}
