import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client';
import type { Interaction } from '../../api/types';
import { FORM_LABEL, FORMS, todayIso } from '../../ui/format';
import { ErrorBanner } from '../../ui/states';
import { FieldError } from './FieldError';
import { fieldErrors } from './list-query';
import { INTERACTION_KINDS } from './person-data';

interface Props {
  personId: string;
  /** Pre-ticks the forms the relationship serves; the user can change them. */
  defaultForms: string[];
  onSaved: (interaction: Interaction) => void;
  onCancel: () => void;
}

/** Logs a contact with this person: POST /api/interactions. */
export function InteractionForm({ personId, defaultForms, onSaved, onCancel }: Props) {
  const [date, setDate] = useState(todayIso);
  const [kind, setKind] = useState('meeting');
  const [minutes, setMinutes] = useState('30');
  const [notes, setNotes] = useState('');
  const [forms, setForms] = useState<string[]>(defaultForms);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const errors = fieldErrors(error);

  useEffect(() => {
    first.current?.focus();
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const body: Record<string, unknown> = { date, kind, people: [personId] };
    // A non-number goes to the API as written so its message names the field.
    if (minutes.trim() !== '') body.minutes = Number.isNaN(Number(minutes)) ? minutes : Number(minutes);
    if (notes.trim()) body.notes = notes.trim();
    if (forms.length > 0) body.forms = forms;
    try {
      onSaved(await api.post<Interaction>('/interactions', body));
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (f: string) =>
    setForms((cur) => (cur.includes(f) ? cur.filter((x) => x !== f) : [...cur, f]));
  const invalid = (field: string) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `interaction-${field}-error` } : {};

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="interaction-form-title">
      <h2 id="interaction-form-title">Log an interaction</h2>
      {error && <ErrorBanner error={error} />}
      <div className="form-grid">
        <div className="people-field">
          <label>
            Date
            <input
              ref={first}
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              {...invalid('date')}
            />
          </label>
          <FieldError id="interaction-date-error" message={errors.date} />
        </div>
        <div className="people-field">
          <label>
            Kind
            <select value={kind} onChange={(e) => setKind(e.target.value)} {...invalid('kind')}>
              {INTERACTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>
          <FieldError id="interaction-kind-error" message={errors.kind} />
        </div>
        <div className="people-field">
          <label>
            Minutes
            <input
              type="number"
              inputMode="numeric"
              min={0}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              {...invalid('minutes')}
            />
          </label>
          <FieldError id="interaction-minutes-error" message={errors.minutes} />
        </div>
      </div>
      <fieldset className="person-checks">
        <legend className="small muted">Served</legend>
        {FORMS.map((f) => (
          <label key={f}>
            <input type="checkbox" checked={forms.includes(f)} onChange={() => toggle(f)} />
            {FORM_LABEL[f]}
          </label>
        ))}
      </fieldset>
      <div className="people-field">
        <label>
          Notes
          <textarea rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} {...invalid('notes')} />
        </label>
        <FieldError id="interaction-notes-error" message={errors.notes} />
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save interaction'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
