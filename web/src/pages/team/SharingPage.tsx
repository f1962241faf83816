import { type FormEvent, type RefObject, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { Page as ApiPage, Goal } from '../../api/types';
import { useApi } from '../../api/use-api';
import { fmtDate } from '../../ui/format';
import { ErrorBanner, Loading, Page } from '../../ui/states';
import { CalendarFeedCard } from './CalendarFeedCard';
import { NotesList } from './NotesList';
import { Problem } from './Problem';
import { describeParts } from './paths';
import type { CoachNote, Share, SharePart } from './types';

/** A leader's sharing: which coach sees what, changed or revoked at once; and the notes coaches left. */
export function SharingPage() {
  const shares = useApi(() => api.get<{ shares: Share[] }>('/shares'), 'shares');
  const notes = useApi(() => api.get<{ notes: CoachNote[] }>('/notes'), 'notes');
  const [editing, setEditing] = useState<Share>();
  const [revokeError, setRevokeError] = useState<unknown>();
  const [busy, setBusy] = useState<string>();
  // Kept here: the form starts afresh after each save, the message stays.
  const [done, setDone] = useState('');
  const form = useRef<HTMLFormElement>(null);

  const revoke = async (share: Share) => {
    setBusy(share.coach.email);
    setRevokeError(undefined);
    setDone('');
    try {
      await api.delete(`/shares/${encodeURIComponent(share.coach.email)}`);
      setDone(`${share.coach.name} sees nothing of yours any more.`);
      shares.reload();
    } catch (e) {
      setRevokeError(e);
    } finally {
      setBusy(undefined);
    }
  };

  const change = (share: Share) => {
    setEditing(share);
    requestAnimationFrame(() => form.current?.querySelector('input')?.focus());
  };

  const list = shares.data?.shares ?? [];
  return (
    <Page title="Sharing">
      <div className="stack">
        <section className="card stack" aria-labelledby="shares-title">
          <h2 id="shares-title">What your coaches see</h2>
          {shares.error && <ErrorBanner error={shares.error} onRetry={shares.reload} />}
          {!shares.data && shares.loading && <Loading />}
          {shares.data && list.length === 0 && (
            <p className="muted">You share nothing with any coach. Your network is yours alone.</p>
          )}
          {list.length > 0 && (
            <ul className="team-list" aria-label="Coaches you share with">
              {list.map((s) => (
                <li key={s.coach.email} className="team-item">
                  <div>
                    <strong>{s.coach.name}</strong> <span className="muted small">{s.coach.email}</span>
                    <p className="small">
                      Sees {describeParts(s.parts, s.goals.length)}, since {fmtDate(s.since)}.
                    </p>
                  </div>
                  <div className="row">
                    <button type="button" onClick={() => change(s)}>
                      Change
                    </button>
                    <button
                      type="button"
                      onClick={() => revoke(s)}
                      disabled={busy === s.coach.email}
                      aria-label={`Stop sharing with ${s.coach.name}`}
                    >
                      Stop sharing
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
          <Problem error={revokeError} />
          <p role="status" className="small">
            {done}
          </p>
        </section>
        <ShareForm
          key={editing ? `${editing.coach.email}:${editing.parts.join()}:${editing.goals.join()}` : 'new'}
          formRef={form}
          initial={editing}
          onStart={() => setDone('')}
          onShared={(share) => {
            setDone(`${share.coach.name} now sees ${describeParts(share.parts, share.goals.length)}.`);
            setEditing(undefined);
            shares.reload();
          }}
        />
        <CalendarFeedCard />
        <section className="card stack" aria-labelledby="notes-title">
          <h2 id="notes-title">Notes from your coaches</h2>
          {notes.error && <ErrorBanner error={notes.error} onRetry={notes.reload} />}
          {!notes.data && notes.loading && <Loading />}
          {notes.data && (
            <NotesList notes={notes.data.notes} empty="No coach has left you a note yet." showCoach />
          )}
        </section>
      </div>
    </Page>
  );
}

const PARTS: ReadonlyArray<{ part: SharePart; label: string; hint: string }> = [
  {
    part: 'diagnosis',
    label: 'Diagnosis and trend',
    hint: 'your three forms, the findings and how your reviews changed',
  },
  { part: 'plan', label: "This week's plan", hint: 'the kinds of moves, their forms and minutes' },
  {
    part: 'names',
    label: 'Names of the people in them',
    hint: 'without it, your coach sees how many people, never who',
  },
];

function ShareForm({
  initial,
  onStart,
  onShared,
  formRef,
}: {
  initial: Share | undefined;
  onStart: () => void;
  onShared: (share: Share) => void;
  formRef: RefObject<HTMLFormElement | null>;
}) {
  const [coach, setCoach] = useState(initial?.coach.email ?? '');
  const [parts, setParts] = useState<SharePart[]>(initial?.parts ?? ['diagnosis']);
  const [goals, setGoals] = useState<string[]>(initial?.goals ?? []);
  const own = useApi(() => api.get<ApiPage<Goal>>('/goals', { limit: 500 }), 'goals');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const something = parts.includes('diagnosis') || parts.includes('plan');
  const toggle = (part: SharePart, on: boolean) =>
    setParts((ps) => (on ? [...ps.filter((p) => p !== part), part] : ps.filter((p) => p !== part)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    onStart();
    try {
      // Names alone show nothing: they go only with a part that has people in it.
      const chosen = something ? parts : [];
      // Goals come with the diagnosis: without it none is sent.
      const share = await api.put<Share>('/shares', {
        coach: coach.trim(),
        parts: chosen,
        goals: chosen.includes('diagnosis') ? goals : [],
      });
      setCoach('');
      onShared(share);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} className="card stack" onSubmit={submit} aria-labelledby="share-title">
      <h2 id="share-title">{initial ? `Change what ${initial.coach.name} sees` : 'Share with a coach'}</h2>
      <label>
        Your coach's e-mail address
        <input type="email" required value={coach} onChange={(e) => setCoach(e.currentTarget.value)} />
      </label>
      <fieldset>
        <legend>What they see</legend>
        {PARTS.map(({ part, label, hint }) => (
          <label key={part} className="team-check">
            <span>
              <input
                type="checkbox"
                checked={parts.includes(part)}
                disabled={part === 'names' && !something}
                onChange={(e) => toggle(part, e.currentTarget.checked)}
              />{' '}
              {label}
            </span>
            <span className="muted small">{hint}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Goals they see</legend>
        <p className="muted small">
          Each goal you tick comes with the diagnosis: its title and how its stakeholders stand. A goal you
          leave unticked never reaches your coach.
        </p>
        {own.error && <ErrorBanner error={own.error} onRetry={own.reload} />}
        {own.data && own.data.items.length === 0 && <p className="muted small">You have no goal yet.</p>}
        {own.data?.items.map((g) => (
          <label key={g.id} className="team-check">
            <span>
              <input
                type="checkbox"
                checked={goals.includes(g.id)}
                disabled={!parts.includes('diagnosis')}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setGoals((gs) =>
                    on ? [...gs.filter((x) => x !== g.id), g.id] : gs.filter((x) => x !== g.id),
                  );
                }}
              />{' '}
              {g.title}
            </span>
          </label>
        ))}
      </fieldset>
      <div>
        <button type="submit" className="primary" disabled={busy || !something}>
          {initial ? 'Save' : 'Share'}
        </button>
      </div>
      <Problem
        error={error}
        plain={(e) =>
          e.status === 404 ? 'No coach has an account with that address on this server.' : undefined
        }
      />
    </form>
  );
}
