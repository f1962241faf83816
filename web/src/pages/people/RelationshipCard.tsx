import { type FormEvent, useState } from 'react';
import { ApiError, api, idPath } from '../../api/client';
import type { Relationship } from '../../api/types';
import { FORM_LABEL, FORMS, fmtDate } from '../../ui/format';
import { ErrorBanner } from '../../ui/states';
import { FieldError } from './FieldError';
import { FormBadges } from './FormBadges';
import { fieldErrors } from './list-query';

interface Props {
  personId: string;
  personName: string;
  relationship: Relationship | null;
  onSaved: () => void;
}

/** The owner's relationship with this person, with a quick edit (or create when there is none). */
export function RelationshipCard({ personId, personName, relationship, onSaved }: Props) {
  const [editing, setEditing] = useState(false);
  return (
    <section className="card stack" aria-labelledby="relationship-title">
      <div className="row person-card-head">
        <h2 id="relationship-title">Relationship</h2>
        <button type="button" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
          {relationship ? 'Edit relationship' : 'Add relationship'}
        </button>
      </div>
      {relationship ? (
        <dl className="person-facts">
          <dt>Forms</dt>
          <dd>
            {relationship.forms?.length ? (
              <FormBadges forms={relationship.forms} inferred={false} />
            ) : (
              'none stated'
            )}
          </dd>
          <dt>Strength</dt>
          <dd>{scale(relationship.strength, 5)}</dd>
          <dt>Trust</dt>
          <dd>{scale(relationship.trust, 5)}</dd>
          <dt>Support</dt>
          <dd>{scale(relationship.support, 5)}</dd>
          <dt>Since</dt>
          <dd>{relationship.since ? fmtDate(relationship.since) : 'not recorded'}</dd>
          <dt>Cadence</dt>
          <dd>
            {relationship.cadenceDays ? `every ${relationship.cadenceDays} days` : 'not set (form default)'}
          </dd>
          {relationship.roles && relationship.roles.length > 0 && (
            <>
              <dt>Roles</dt>
              <dd>{relationship.roles.join(', ')}</dd>
            </>
          )}
          {relationship.prescribed !== undefined && (
            <>
              <dt>Prescribed</dt>
              <dd>{relationship.prescribed ? 'yes, part of the job' : 'no, by choice'}</dd>
            </>
          )}
        </dl>
      ) : (
        <p className="muted">You have no recorded relationship with {personName}.</p>
      )}
      {editing && (
        <RelationshipForm
          personId={personId}
          relationship={relationship}
          onSaved={() => {
            setEditing(false);
            onSaved();
          }}
        />
      )}
    </section>
  );
}

const scale = (v: number | undefined, max: number) => (v === undefined ? 'not rated' : `${v} / ${max}`);

function RelationshipForm({
  personId,
  relationship,
  onSaved,
}: {
  personId: string;
  relationship: Relationship | null;
  onSaved: () => void;
}) {
  const [forms, setForms] = useState<string[]>(relationship?.forms ?? []);
  const [cadence, setCadence] = useState(relationship?.cadenceDays?.toString() ?? '');
  const [strength, setStrength] = useState(relationship?.strength?.toString() ?? '');
  const [trust, setTrust] = useState(relationship?.trust?.toString() ?? '');
  const [support, setSupport] = useState(relationship?.support?.toString() ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    // Empty fields remove the value on an edit (merge patch null) and are left out on a create.
    const num = (v: string) => (v.trim() === '' ? null : Number(v));
    const fields: Record<string, unknown> = {
      forms: forms.length > 0 ? forms : null,
      cadenceDays: num(cadence),
      strength: num(strength),
      trust: num(trust),
      support: num(support),
    };
    try {
      if (relationship) await api.patch(`/relationships/${idPath(personId)}`, fields);
      else {
        const body: Record<string, unknown> = { person: personId };
        for (const [k, v] of Object.entries(fields)) if (v !== null) body[k] = v;
        await api.post('/relationships', body);
      }
      onSaved();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (f: string) =>
    setForms((cur) => (cur.includes(f) ? cur.filter((x) => x !== f) : [...cur, f]));

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Edit relationship">
      {error && <ErrorBanner error={error} />}
      <fieldset className="person-checks">
        <legend className="small muted">Forms</legend>
        {FORMS.map((f) => (
          <label key={f}>
            <input type="checkbox" checked={forms.includes(f)} onChange={() => toggle(f)} />
            {FORM_LABEL[f]}
          </label>
        ))}
        <FieldError id="rel-forms-error" message={errors.forms} />
      </fieldset>
      <div className="form-grid">
        <NumberField
          id="rel-cadence"
          label="Cadence (days)"
          value={cadence}
          onChange={setCadence}
          error={errors.cadenceDays}
          min={1}
          max={3650}
        />
        <ScaleField
          id="rel-strength"
          label="Strength"
          value={strength}
          onChange={setStrength}
          error={errors.strength}
          min={1}
        />
        <ScaleField
          id="rel-trust"
          label="Trust"
          value={trust}
          onChange={setTrust}
          error={errors.trust}
          min={0}
        />
        <ScaleField
          id="rel-support"
          label="Support"
          value={support}
          onChange={setSupport}
          error={errors.support}
          min={0}
        />
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save relationship'}
        </button>
      </div>
    </form>
  );
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
  min: number;
}

function NumberField({ id, label, value, onChange, error, min, max }: FieldProps & { max: number }) {
  return (
    <div className="people-field">
      <label>
        {label}
        <input
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </label>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

function ScaleField({ id, label, value, onChange, error, min }: FieldProps) {
  const options = [];
  for (let v = min; v <= 5; v++) options.push(v);
  return (
    <div className="people-field">
      <label>
        {label}
        <select
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          <option value="">not rated</option>
          {options.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
