import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client';
import type { Organization, Person } from '../../api/types';
import { Link, personHref } from '../../app/router';
import { ErrorBanner } from '../../ui/states';
import { FieldError } from './FieldError';
import { fieldErrors } from './list-query';

interface Props {
  organizations: Organization[];
  onAdded: (person: Person) => void;
  onCancel: () => void;
}

/** Creates a person; the API's validation messages appear next to the fields they name. */
export function AddPersonForm({ organizations, onAdded, onCancel }: Props) {
  const [name, setName] = useState('');
  const [organization, setOrganization] = useState('');
  const [title, setTitle] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<Person | null>(null);
  const errors = fieldErrors(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body: Record<string, unknown> = { name: name.trim() };
      if (organization) body.organization = organization;
      if (title.trim()) body.title = title.trim();
      if (email.trim()) body.emails = [email.trim()];
      const person = await api.post<Person>('/people', body);
      setAdded(person);
      setName('');
      setTitle('');
      setEmail('');
      onAdded(person);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack people-add" onSubmit={submit} aria-labelledby="add-person-title" noValidate>
      <h2 id="add-person-title">Add a person</h2>
      {error && <ErrorBanner error={error} />}
      {added && (
        <p className="banner banner-ok" role="status">
          Added <Link href={personHref(added.id)}>{added.name}</Link>.
        </p>
      )}
      <div className="form-grid">
        <div className="people-field">
          <label>
            Name
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? 'add-person-name-error' : undefined}
            />
          </label>
          <FieldError id="add-person-name-error" message={errors.name} />
        </div>
        <div className="people-field">
          <label>
            Organisation
            <select value={organization} onChange={(e) => setOrganization(e.target.value)}>
              <option value="">None</option>
              {organizations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <FieldError id="add-person-org-error" message={errors.organization} />
        </div>
        <div className="people-field">
          <label>
            Title
            <input value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <FieldError id="add-person-title-error" message={errors.title} />
        </div>
        <div className="people-field">
          <label>
            E-mail
            <input
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={errors.emails ? true : undefined}
              aria-describedby={errors.emails ? 'add-person-email-error' : undefined}
            />
          </label>
          <FieldError id="add-person-email-error" message={errors.emails} />
        </div>
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save person'}
        </button>
        <button type="button" onClick={onCancel}>
          Close
        </button>
      </div>
    </form>
  );
}
