import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { navigate } from '../../app/router';
import { Page } from '../../ui/states';
import { Problem } from './Problem';
import { homeFor } from './paths';
import { useSession } from './session';
import type { SessionInfo } from './types';
import './team.css';

const MIN_PASSWORD = 12;

/** An invitation link (`/#invite=…`): the new account's address, name and password; then signed in. */
export function AcceptInvitationPage({ token }: { token: string }) {
  const session = useSession();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const opened = await api.post<SessionInfo>('/invitations/accept', {
        token,
        email: email.trim(),
        name: name.trim(),
        password,
      });
      navigate(homeFor(opened.account.role), { replace: true });
      session.started(opened);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="team-narrow">
      <Page title="Accept your invitation">
        <p className="muted">
          You were invited to this team's threefold server. Choose how you will sign in from now on.
        </p>
        <form className="stack card" onSubmit={submit} aria-labelledby="page-title">
          <label>
            E-mail address
            <input
              type="email"
              required
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
          </label>
          <label>
            Your name
            <input
              required
              maxLength={200}
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
            />
          </label>
          <label>
            Password
            <input
              type="password"
              required
              minLength={MIN_PASSWORD}
              maxLength={1024}
              autoComplete="new-password"
              aria-describedby="password-hint"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
          </label>
          <p id="password-hint" className="muted small">
            At least {MIN_PASSWORD} characters. A few words you will remember make a long password that is
            easy to type.
          </p>
          <div>
            <button type="submit" className="primary" disabled={busy}>
              {busy ? 'Creating your account…' : 'Create my account'}
            </button>
          </div>
          <Problem
            error={error}
            plain={(e) =>
              e.status === 404
                ? 'This invitation is unknown, already used, expired or meant for another address. Ask whoever invited you for a new link.'
                : e.status === 409
                  ? 'An account for this address already exists: sign in instead.'
                  : undefined
            }
          />
        </form>
        <p className="small">
          <button type="button" className="link" onClick={session.dropInvite}>
            I already have an account: sign in
          </button>
        </p>
      </Page>
    </div>
  );
}
