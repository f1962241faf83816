import { type FormEvent, useRef, useState } from 'react';
import { api, idPath } from '../../api/client';
import { fmtDate } from '../../ui/format';
import { Problem } from './Problem';
import type { ProgrammeSummary } from './types';

/** An invitation link that makes a new leader's account and puts them in the programme. */
export function ProgrammeInvite({ programme }: { programme: ProgrammeSummary }) {
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [made, setMade] = useState<{ link: string; expires: string; email: string }>();
  const linkField = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const address = email.trim();
      const invitation = await api.post<{ link: string; expires: string }>(
        `/programmes/${idPath(programme.id)}/invitations`,
        address ? { email: address } : {},
      );
      setMade({ ...invitation, email: address });
      setEmail('');
      requestAnimationFrame(() => linkField.current?.focus());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="programme-invite-title">
      <h2 id="programme-invite-title">Invite leaders</h2>
      <form className="stack" onSubmit={submit} aria-labelledby="programme-invite-title">
        <p className="muted small">
          Each link makes one leader's account and puts them in this programme. If you give an address, only
          that address can use it.
        </p>
        <div className="form-grid">
          <label>
            Leader's e-mail address (optional)
            <input type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          </label>
          <div>
            <button type="submit" className="primary" disabled={busy}>
              Create invitation link
            </button>
          </div>
        </div>
        <Problem error={error} />
      </form>
      {made && (
        <label>
          {`Invitation for ${made.email || 'a new leader'}: send this link. It works once, until ${fmtDate(made.expires)}.`}
          <input
            ref={linkField}
            readOnly
            value={`${location.origin}${made.link}`}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
    </section>
  );
}
