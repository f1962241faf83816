import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client';
import type { Organization, Person } from '../../api/types';
import { Link, personHref } from '../../app/router';
import { FORM_LABEL, FORMS, STRENGTH_WORDS } from '../../ui/format';
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
  organizations: Organization[];
  onAdded: (person: Person) => void;
  onCancel: () => void;
}

/** Creates a person; the API's validation messages appear next to the fields they name. */
export function AddPersonForm({ organizations, onAdded, onCancel }: Props) {
  const [name, setName] = useState('');
  const [organization, setOrganization] = useState<OrganizationChoice>(noOrganization());
  const [direct, setDirect] = useState(true);
  const [forms, setForms] = useState<string[]>([]);
  const [cadence, setCadence] = useState('');
  const [strength, setStrength] = useState('');
  const [trust, setTrust] = useState('');
  const [support, setSupport] = useState('');
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
      const org = await resolveOrganization(organization);
      if (org) body.organization = org;
      if (title.trim()) body.title = title.trim();
      if (email.trim()) body.emails = [email.trim()];
      const person = await api.post<Person>('/people', body);
      setOrganization(noOrganization(org));
      if (direct) {
        const rel: Record<string, unknown> = { person: person.id };
        if (forms.length > 0) rel.forms = forms;
        const num = (v: string) => (Number.isNaN(Number(v)) ? v : Number(v));
        if (cadence.trim()) rel.cadenceDays = num(cadence);
        if (strength) rel.strength = Number(strength);
        if (trust) rel.trust = Number(trust);
        if (support) rel.support = Number(support);
        try {
          await api.post('/relationships', rel);
        } catch (err) {
          onAdded(person);
          if (!(err instanceof ApiError)) throw err;
          throw new ApiError(
            err.status,
            err.code,
            `${person.name} was added, but not your relationship: ${err.message}`,
            err.details,
          );
        }
      }
      setAdded(person);
      setName('');
      setTitle('');
      setEmail('');
      setForms([]);
      setCadence('');
      setStrength('');
      setTrust('');
      setSupport('');
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
        <OrganizationPicker
          idPrefix="add-person"
          organizations={organizations}
          value={organization}
          onChange={setOrganization}
          error={errors.organization}
        />
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
      <label>
        <input type="checkbox" checked={direct} onChange={(e) => setDirect(e.target.checked)} /> I know them
        directly (add my relationship)
      </label>
      {direct && (
        <fieldset className="stack">
          <legend>Your relationship</legend>
          <div className="person-checks">
            {FORMS.map((f) => (
              <label key={f}>
                <input
                  type="checkbox"
                  checked={forms.includes(f)}
                  onChange={() =>
                    setForms((cur) => (cur.includes(f) ? cur.filter((x) => x !== f) : [...cur, f]))
                  }
                />
                {FORM_LABEL[f]}
              </label>
            ))}
          </div>
          <FieldError id="add-person-forms-error" message={errors.forms} />
          <div className="form-grid">
            <div className="people-field">
              <label>
                Cadence (days)
                <input
                  type="number"
                  inputMode="numeric"
                  min={1}
                  value={cadence}
                  onChange={(e) => setCadence(e.target.value)}
                  aria-invalid={errors.cadenceDays ? true : undefined}
                  aria-describedby={errors.cadenceDays ? 'add-person-cadence-error' : undefined}
                />
              </label>
              <FieldError id="add-person-cadence-error" message={errors.cadenceDays} />
            </div>
            <Scale label="Strength" value={strength} onChange={setStrength} min={1} words={STRENGTH_WORDS} />
            <Scale label="Trust" value={trust} onChange={setTrust} min={0} />
            <Scale label="Support" value={support} onChange={setSupport} min={0} />
          </div>
        </fieldset>
      )}
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

function Scale({
  label,
  value,
  onChange,
  min,
  words,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  min: number;
  words?: Record<number, string>;
}) {
  const options: number[] = [];
  for (let v = min; v <= 5; v++) options.push(v);
  return (
    <div className="people-field">
      <label>
        {label}
        <select value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">not rated</option>
          {options.map((v) => (
            <option key={v} value={v}>
              {words ? `${v} – ${words[v]}` : v}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
