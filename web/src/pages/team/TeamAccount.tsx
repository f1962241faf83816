import { useState } from 'react';
import { navigate } from '../../app/router';
import { ROLE_LABEL } from './paths';
import { useSession } from './session';

/** The header's corner on a team server: who is signed in, and signing out. */
export function TeamAccount() {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  if (session.state !== 'signed-in' || !session.account) return null;
  const { name, role } = session.account;
  const signOut = async () => {
    setBusy(true);
    try {
      await session.signOut();
      navigate('/', { replace: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="team-account row small">
      <span>
        {name} <span className="muted">({ROLE_LABEL[role]})</span>
      </span>
      <button type="button" onClick={signOut} disabled={busy}>
        Sign out
      </button>
    </div>
  );
}
