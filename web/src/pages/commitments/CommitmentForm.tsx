import { type FormEvent, useState } from 'react';
import { type ApiError, api, idPath, writeFailure } from '../../api/client';
import { useApi } from '../../api/use-api';
import { FORM_LABEL, FORMS } from '../../ui/format';
import { useNames } from '../../ui/names';
import type { Editing } from '../../ui/record-edits';
import { ErrorBanner } from '../../ui/states';
import type { Group } from '../groups/groups-data';
import { FieldError } from '../people/FieldError';
import { fieldErrors } from '../people/list-query';
import { PeoplePicker, type Picked } from '../people/PeoplePicker';
import { fetchAll } from '../people/people-data';
import { ROLES } from '../people/person-data';
import { COMMITMENT_PERIODS, type Commitment, INTERACTION_KINDS, roleWords } from './commitments-data';

interface Props {
  /** The commitment to change, with the ETag it was read with; absent to add one. */
  existing?: Editing<Commitment>;
  onSaved: (commitment: Commitment) => void;
  onCancel?: () => void;
}

/** A habit the leader sets themself: what, which form, how often, how many. */
export function CommitmentForm({ existing, onSaved, onCancel }: Props) {
  const old = existing?.record;
  const [text, setText] = useState(old?.text ?? '');
  const [form, setForm] = useState(old?.form ?? '');
  const [kind, setKind] = useState(old?.kind ?? '');
  const [roles, setRoles] = useState<string[]>(old?.roles ?? []);
  const toggleRole = (r: string) =>
    setRoles((now) => (now.includes(r) ? now.filter((x) => x !== r) : [...now, r]));
  const oldPeople = useNames('people', old?.people ?? []);
  const [picked, setPicked] = useState<Picked[] | null>(null);
  // The people already named, with their names once known (an edit starts from them).
  const people: Picked[] =
    picked ?? (old?.people ?? []).map((id) => ({ id, name: oldPeople.get(id) ?? '…' }));
  const [groups, setGroups] = useState<string[]>(old?.groups ?? []);
  const toggleGroup = (g: string) =>
    setGroups((now) => (now.includes(g) ? now.filter((x) => x !== g) : [...now, g]));
  const allGroups = useApi(() => fetchAll<Group>('/groups', { sort: 'name' }), 'commitment-form-groups');
  const [per, setPer] = useState(old?.per ?? 'week');
  const [target, setTarget] = useState(old?.target?.toString() ?? '1');
  const [since, setSince] = useState(old?.since ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrors(error);
  const prefix = old ? `commitment-${old.id}` : 'commitment-new';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    // A non-number goes as typed, so that the API's message names the field.
    const count = target.trim() === '' ? null : Number.isNaN(Number(target)) ? target : Number(target);
    const fields: Record<string, unknown> = {
      text: text.trim(),
      form: form || null,
      kind: kind || null,
      roles: roles.length > 0 ? roles : null,
      people: people.length > 0 ? people.map((p) => p.id) : null,
      groups: groups.length > 0 ? groups : null,
      per: per || null,
      target: count,
      since: since || null,
    };
    try {
      if (existing) {
        onSaved(
          await api.patch<Commitment>(`/commitments/${idPath(existing.record.id)}`, fields, existing.etag),
        );
      } else {
        const body = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
        onSaved(await api.post<Commitment>('/commitments', body));
        setText('');
      }
    } catch (err) {
      setError(writeFailure(err));
    } finally {
      setBusy(false);
    }
  };
  const invalid = (field: string) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${prefix}-${field}-error` } : {};

  return (
    <form
      className="stack"
      onSubmit={submit}
      noValidate
      aria-label={old ? `Edit the commitment “${old.text}”` : 'Add a commitment'}
    >
      {error && <ErrorBanner error={error} />}
      <div className="people-field">
        <label>
          What you commit to
          <input
            value={text}
            maxLength={200}
            onChange={(e) => setText(e.target.value)}
            {...invalid('text')}
          />
        </label>
        <FieldError id={`${prefix}-text-error`} message={errors.text} />
      </div>
      <fieldset className="person-checks">
        <legend className="small muted">Only contacts with a… (none ticked: anyone)</legend>
        {ROLES.map((r) => (
          <label key={r}>
            <input type="checkbox" checked={roles.includes(r)} onChange={() => toggleRole(r)} />
            {roleWords(r)}
          </label>
        ))}
      </fieldset>
      <PeoplePicker
        label="Only contacts with these people (none: anyone)"
        listLabel="People this commitment counts"
        value={people}
        onChange={setPicked}
      />
      {(allGroups.data ?? []).length > 0 && (
        <fieldset className="person-checks">
          <legend className="small muted">Only contacts with a member of… (none ticked: anyone)</legend>
          {(allGroups.data ?? []).map((g) => (
            <label key={g.id}>
              <input type="checkbox" checked={groups.includes(g.id)} onChange={() => toggleGroup(g.id)} />
              {g.name}
            </label>
          ))}
        </fieldset>
      )}
      <div className="form-grid">
        <label>
          Form
          <select value={form} onChange={(e) => setForm(e.target.value)}>
            <option value="">any</option>
            {FORMS.map((f) => (
              <option key={f} value={f}>
                {FORM_LABEL[f]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind of contact
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">any</option>
            {INTERACTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <div className="people-field">
          <label>
            How many
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={1000}
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              {...invalid('target')}
            />
          </label>
          <FieldError id={`${prefix}-target-error`} message={errors.target} />
        </div>
        <label>
          Per
          <select value={per} onChange={(e) => setPer(e.target.value)}>
            {COMMITMENT_PERIODS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <div className="people-field">
          <label>
            Since
            <input
              type="date"
              value={since}
              onChange={(e) => setSince(e.target.value)}
              {...invalid('since')}
            />
          </label>
          <FieldError id={`${prefix}-since-error`} message={errors.since} />
        </div>
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : old ? 'Save commitment' : 'Add commitment'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
