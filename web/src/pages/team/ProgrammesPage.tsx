import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Link, navigate } from '../../app/router';
import { ErrorBanner, Loading, Page } from '../../ui/states';
import { ParticipationCard } from './ParticipationCard';
import { Problem } from './Problem';
import { programmeHref } from './paths';
import type { Account, ProgrammeSummary } from './types';

const leadersWord = (n: number) => `${n} ${n === 1 ? 'leader' : 'leaders'}`;

/** An admin's programmes (and a new one); a leader's, with what they tell each for its peer groups. */
export function ProgrammesPage({ account }: { account: Account }) {
  const programmes = useApi(() => api.get<{ programmes: ProgrammeSummary[] }>('/programmes'), 'programmes');
  const list = programmes.data?.programmes ?? [];
  const admin = account.role === 'admin';
  return (
    <Page title="Programmes">
      <div className="stack">
        {programmes.error && <ErrorBanner error={programmes.error} onRetry={programmes.reload} />}
        {!programmes.data && programmes.loading && <Loading />}
        {programmes.data && list.length === 0 && (
          <p className="muted">
            {admin
              ? 'You run no programme yet. Start one below, then invite its leaders.'
              : 'You take part in no programme. A programme admin invites you with a link.'}
          </p>
        )}
        {admin && list.length > 0 && (
          <ul className="team-list" aria-label="Your programmes">
            {list.map((p) => (
              <li key={p.id} className="card team-item">
                <div>
                  <Link href={programmeHref(p.id)}>
                    <strong>{p.name}</strong>
                  </Link>
                  <p className="small">{leadersWord(p.leaders)} taking part.</p>
                </div>
              </li>
            ))}
          </ul>
        )}
        {!admin && list.map((p) => <ParticipationCard key={p.id} programme={p} onLeft={programmes.reload} />)}
        {admin && <StartProgramme />}
      </div>
    </Page>
  );
}

function StartProgramme() {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const made = await api.post<ProgrammeSummary>('/programmes', { name: name.trim() });
      navigate(programmeHref(made.id));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <form className="card stack team-narrow" onSubmit={submit} aria-labelledby="start-title">
      <h2 id="start-title">Start a programme</h2>
      <label>
        Programme name
        <input required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} />
      </label>
      <div>
        <button type="submit" className="primary" disabled={busy}>
          Start programme
        </button>
      </div>
      <Problem error={error} />
    </form>
  );
}
