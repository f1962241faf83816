import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type ApiError, api, idPath, writeFailure } from '../../api/client';
import type { Interaction } from '../../api/types';
import { FORM_LABEL, FORMS, todayIso } from '../../ui/format';
import { ErrorBanner } from '../../ui/states';
import { FieldError } from './FieldError';
import { fieldErrors } from './list-query';
import { PeoplePicker, type Picked } from './PeoplePicker';
import { INTERACTION_KINDS } from './person-data';

interface Props {
  personId: string;
  personName: string;
  nameOf: (id: string) => string;
  /** An interaction to change (with the ETag it was read with); absent to log a new one. */
  existing?: { interaction: Interaction; etag: string | undefined };
  /** Pre-ticks the forms the relationship serves; the user can change them. */
  defaultForms: string[];
  onSaved: (interaction: Interaction) => void;
  onCancel: () => void;
}

/** Logs a contact with this person: POST /api/interactions. */
export function InteractionForm({
  personId,
  personName,
  nameOf,
  existing,
  defaultForms,
  onSaved,
  onCancel,
}: Props) {
  const old = existing?.interaction;
  const [date, setDate] = useState(old?.date ?? todayIso());
  const [kind, setKind] = useState(old?.kind ?? 'meeting');
  const [minutes, setMinutes] = useState(old ? (old.minutes?.toString() ?? '') : '30');
  const [notes, setNotes] = useState(old?.notes ?? '');
  const [forms, setForms] = useState<string[]>(old ? (old.forms ?? []) : defaultForms);
  const [people, setPeople] = useState<Picked[]>(
    old
      ? old.people.map((id) => ({ id, name: id === personId ? personName : nameOf(id) }))
      : [{ id: personId, name: personName }],
  );
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
    const body: Record<string, unknown> = { date, kind, people: people.map((p) => p.id) };
    // A non-number goes to the API as written so its message names the field.
    if (minutes.trim() !== '') body.minutes = Number.isNaN(Number(minutes)) ? minutes : Number(minutes);
    if (notes.trim()) body.notes = notes.trim();
    if (forms.length > 0) body.forms = forms;
    try {
      if (existing) {
        // Cleared fields are removed (merge patch null).
        const patch = { minutes: null, notes: null, forms: null, ...body };
        onSaved(
          await api.patch<Interaction>(
            `/interactions/${idPath(existing.interaction.id)}`,
            patch,
            existing.etag,
          ),
        );
      } else onSaved(await api.post<Interaction>('/interactions', body));
    } catch (err) {
      setError(writeFailure(err));
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
      <h2 id="interaction-form-title">{existing ? 'Edit interaction' : 'Log an interaction'}</h2>
      {error && <ErrorBanner error={error} />}
      <PeoplePicker
        label="Add someone who was there (search)"
        listLabel="People in this interaction"
        value={people}
        onChange={setPeople}
        describedBy={errors.people ? 'interaction-people-error' : undefined}
      />
      <FieldError id="interaction-people-error" message={errors.people} />
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
