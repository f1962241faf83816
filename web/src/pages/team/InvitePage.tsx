import { type FormEvent, useRef, useState } from 'react';
import { api } from '../../api/client';
import { fmtDate } from '../../ui/format';
import { Page } from '../../ui/states';
import { Problem } from './Problem';
import { ROLE_LABEL } from './paths';
import type { Account, Role } from './types';

interface Invitation {
  link: string;
  role: Role;
  expires: string;
}

/** Who may invite whom (as the server decides): an admin anyone, a coach leaders. */
const MAY_INVITE: Record<Role, Role[]> = {
  admin: ['leader', 'coach', 'admin'],
  coach: ['leader'],
  leader: [],
};

/** An admin or a coach creates an invitation link to pass on (by e-mail, chat…): it works once. */
export function InvitePage({ account }: { account: Account }) {
  const roles = MAY_INVITE[account.role];
  const [role, setRole] = useState<Role>(roles[0] ?? 'leader');
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [made, setMade] = useState<Invitation & { email: string }>();
  const [copied, setCopied] = useState(false);
  const linkField = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setCopied(false);
    try {
      const address = email.trim();
      const invitation = await api.post<Invitation>('/invitations', {
        role,
        ...(address ? { email: address } : {}),
      });
      setMade({ ...invitation, email: address });
      setEmail('');
      requestAnimationFrame(() => linkField.current?.focus());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    linkField.current?.select();
    try {
      await navigator.clipboard.writeText(linkField.current?.value ?? '');
      setCopied(true);
    } catch {
      // Without clipboard access the link stays selected, for Ctrl-C.
      setCopied(false);
    }
  };

  if (roles.length === 0)
    return (
      <Page title="Invite">
        <p>Only coaches and programme admins invite people to this server.</p>
      </Page>
    );

  const fullLink = made ? `${location.origin}${made.link}` : '';
  return (
    <Page title="Invite">
      <div className="stack team-narrow">
        <form className="stack card" onSubmit={submit} aria-labelledby="invite-title">
          <h2 id="invite-title">Invite someone</h2>
          <p className="muted small">
            The link creates one account. If you give an address, only that address can use it.
          </p>
          <div className="form-grid">
            <label>
              Role
              <select value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABEL[r]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              E-mail address (optional)
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
          <section className="card stack" aria-labelledby="link-title">
            <h2 id="link-title">
              Invitation link for {made.email || `a new ${ROLE_LABEL[made.role].toLowerCase()}`}
            </h2>
            <label>
              Send this link. It works once, until {fmtDate(made.expires)}.
              <input ref={linkField} readOnly value={fullLink} onFocus={(e) => e.currentTarget.select()} />
            </label>
            <div className="row">
              <button type="button" onClick={copy}>
                Copy link
              </button>
              <span role="status" className="muted small">
                {copied ? 'Copied.' : ''}
              </span>
            </div>
          </section>
        )}
      </div>
    </Page>
  );
}
