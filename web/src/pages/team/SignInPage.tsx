import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import { navigate } from '../../app/router';
import { Page } from '../../ui/states';
import { Problem } from './Problem';
import { homeFor } from './paths';
import { useSession } from './session';
import type { SessionInfo } from './types';
import './team.css';

/** A team server with no one signed in: e-mail address and password. */
export function SignInPage() {
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const opened = await api.post<SessionInfo>('/session', { email: email.trim(), password });
      // A link to a page opens that page once signed in; the front page, the account's own start.
      if (location.pathname === '/') navigate(homeFor(opened.account.role), { replace: true });
      session.started(opened);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="team-narrow">
      <Page title="Sign in">
        <p className="muted">This threefold server is shared by a team: sign in with your account.</p>
        <form className="stack card" onSubmit={submit} aria-labelledby="page-title">
          <label>
            E-mail address
            <input
              type="email"
              required
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
          </label>
          <label>
            Password
            <input
              type="password"
              required
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
          </label>
          <div>
            <button type="submit" className="primary" disabled={busy}>
              {busy ? 'Signing in…' : 'Sign in'}
            </button>
          </div>
          <Problem
            error={error}
            plain={(e) =>
              e.status === 401
                ? 'Wrong e-mail address or password.'
                : e.status === 429
                  ? 'Too many failed sign-ins for this address. Wait 15 minutes, then try again.'
                  : undefined
            }
          />
        </form>
        <p className="muted small">
          New here? Open the invitation link you were sent. Forgot your password? Ask your programme admin for
          a new invitation.
        </p>
      </Page>
    </div>
  );
}
