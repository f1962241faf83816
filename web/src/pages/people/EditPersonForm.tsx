import { type FormEvent, useState } from 'react';
import { type ApiError, api, idPath, writeFailure } from '../../api/client';
import type { Organization, Person } from '../../api/types';
import { ErrorBanner } from '../../ui/states';
import { FieldError } from './FieldError';
import { fieldErrors } from './list-query';
import {
  noOrganization,
  type OrganizationChoice,
  OrganizationPicker,
  resolveOrganization,
} from './OrganizationPicker';

interface Props {
  person: Person;
  /** The ETag the person was read with: the edit applies only if no one changed them since. */
  etag: string | undefined;
  organizations: Organization[];
  onSaved: (person: Person) => void;
  onCancel: () => void;
}

/** Addresses typed one per line or separated by commas. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Edits who the person is: PATCH /api/people/{id} with If-Match. */
export function EditPersonForm({ person, etag, organizations, onSaved, onCancel }: Props) {
  const [name, setName] = useState(person.name);
  const [organization, setOrganization] = useState<OrganizationChoice>(noOrganization(person.organization));
  const [title, setTitle] = useState(person.title ?? '');
  const [emails, setEmails] = useState((person.emails ?? []).join('\n'));
  const [notes, setNotes] = useState(person.notes ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const org = await resolveOrganization(organization);
      const list = splitList(emails);
      // Empty fields remove the value (merge patch null).
      const patch = {
        name: name.trim(),
        organization: org ?? null,
        title: title.trim() || null,
        emails: list.length > 0 ? list : null,
        notes: notes.trim() || null,
      };
      onSaved(await api.patch<Person>(`/people/${idPath(person.id)}`, patch, etag));
    } catch (err) {
      setError(writeFailure(err));
    } finally {
      setBusy(false);
    }
  };

  const invalid = (field: string) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `edit-person-${field}-error` } : {};

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="edit-person-title">
      <h2 id="edit-person-title">Edit {person.name}</h2>
      {error && <ErrorBanner error={error} />}
      <div className="form-grid">
        <div className="people-field">
          <label>
            Name
            <input value={name} onChange={(e) => setName(e.target.value)} required {...invalid('name')} />
          </label>
          <FieldError id="edit-person-name-error" message={errors.name} />
        </div>
        <OrganizationPicker
          idPrefix="edit-person"
          organizations={organizations}
          value={organization}
          onChange={setOrganization}
          error={errors.organization}
        />
        <div className="people-field">
          <label>
            Role or title
            <input value={title} onChange={(e) => setTitle(e.target.value)} {...invalid('title')} />
          </label>
          <FieldError id="edit-person-title-error" message={errors.title} />
        </div>
        <div className="people-field">
          <label>
            E-mails (one per line)
            <textarea
              rows={2}
              value={emails}
              onChange={(e) => setEmails(e.target.value)}
              {...invalid('emails')}
            />
          </label>
          <FieldError id="edit-person-emails-error" message={errors.emails} />
        </div>
      </div>
      <div className="people-field">
        <label>
          Notes
          <textarea rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} {...invalid('notes')} />
        </label>
        <FieldError id="edit-person-notes-error" message={errors.notes} />
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save person'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
