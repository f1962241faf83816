import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Link } from '../../app/router';
import { FORMS, fmtDate } from '../../ui/format';
import { ErrorBanner, Loading, Page } from '../../ui/states';
import { FormCard } from '../overview/FormCard';
import { NotesList } from './NotesList';
import { Problem } from './Problem';
import { describeParts, TEAM_PATHS } from './paths';
import { SharedFindings } from './SharedFindings';
import { SharedGoals } from './SharedGoals';
import { SharedPlanCard } from './SharedPlanCard';
import { SharedTrend } from './SharedTrend';
import type { LeaderView } from './types';

/** What one leader shares with this coach, read from their network now; and the coach's notes. */
export function LeaderPage({ id }: { id: string }) {
  const view = useApi(() => api.get<LeaderView>(`/coaching/${encodeURIComponent(id)}`), `coaching:${id}`);
  if (view.error?.status === 404)
    return (
      <Page title="Nothing shared">
        <section className="card">
          <p>This leader shares nothing with you at the moment: they may have stopped sharing.</p>
          <p>
            <Link href={TEAM_PATHS.leaders}>Back to my leaders</Link>
          </p>
        </section>
      </Page>
    );
  if (view.error) return <ErrorBanner error={view.error} onRetry={view.reload} />;
  const v = view.data;
  if (!v) return <Loading what="Reading what this leader shares" />;
  const names = v.parts.includes('names');
  const first = v.leader.name.split(/\s+/)[0] || v.leader.name;
  return (
    <Page title={v.leader.name}>
      <div className="stack">
        <p>
          {first} shares {describeParts(v.parts, v.goals)}.{' '}
          {!names && <span className="muted">People are counted, never named.</span>}
        </p>
        {v.parts.includes('diagnosis') && !v.diagnosis && (
          <p className="muted">{first} has no network on this server yet.</p>
        )}
        {v.diagnosis && (
          <>
            <p className="muted small">Diagnosis as of {fmtDate(v.diagnosis.asOf)}.</p>
            <div className="grid grid-3">
              {FORMS.map((f) => (
                <FormCard key={f} form={f} m={v.diagnosis?.metrics.forms[f]} />
              ))}
            </div>
            <SharedGoals goals={v.diagnosis.metrics.goals ?? []} />
            <SharedFindings findings={v.diagnosis.findings} />
            <SharedTrend trend={v.trend ?? []} />
          </>
        )}
        {v.plan && <SharedPlanCard plan={v.plan} />}
        <section className="card stack" aria-labelledby="notes-title">
          <h2 id="notes-title">Your notes to {first}</h2>
          <NotesList notes={v.notes} empty="You have left no note yet." />
          <NoteForm leaderId={v.leader.id} name={first} onLeft={view.reload} />
        </section>
      </div>
    </Page>
  );
}

function NoteForm({ leaderId, name, onLeft }: { leaderId: string; name: string; onLeft: () => void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setDone('');
    try {
      await api.post(`/coaching/${encodeURIComponent(leaderId)}/notes`, { text });
      setText('');
      setDone(`Note left. ${name} sees it on their Sharing page.`);
      onLeft();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="stack" onSubmit={submit}>
      <label>
        A note for {name}
        <textarea
          rows={4}
          required
          maxLength={4000}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <div>
        <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
          Leave note
        </button>
      </div>
      <p role="status" className="small">
        {done}
      </p>
      <Problem
        error={error}
        plain={(e) =>
          e.status === 404 ? `${name} no longer shares with you: the note was not left.` : undefined
        }
      />
    </form>
  );
}
