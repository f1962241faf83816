import { type FormEvent, useState } from 'react';
import { type ApiError, api, idPath, writeFailure } from '../../api/client';
import type { Relationship } from '../../api/types';
import { Link, personHref } from '../../app/router';
import { FORM_LABEL, FORMS, fmtDate, fmtStrength, STRENGTH_WORDS } from '../../ui/format';
import { ErrorBanner } from '../../ui/states';
import { FieldError } from './FieldError';
import { FormBadges } from './FormBadges';
import { fieldErrors } from './list-query';
import { PeoplePicker, type Picked } from './PeoplePicker';
import { ROLES } from './person-data';

interface Props {
  personId: string;
  personName: string;
  relationship: Relationship | null;
  /** The ETag it was read with, sent back as If-Match. */
  etag: string | undefined;
  nameOf: (id: string) => string;
  onSaved: () => void;
}

/** The owner's relationship with this person, with a quick edit (or create when there is none). */
export function RelationshipCard({ personId, personName, relationship, etag, nameOf, onSaved }: Props) {
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
          <dd>{fmtStrength(relationship.strength)}</dd>
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
          {typeof relationship.introducedBy === 'string' && (
            <>
              <dt>Introduced by</dt>
              <dd>
                <Link href={personHref(relationship.introducedBy)}>{nameOf(relationship.introducedBy)}</Link>
              </dd>
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
          etag={etag}
          nameOf={nameOf}
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

const prescribedValue = (v: unknown) => (v === true ? 'yes' : v === false ? 'no' : '');

function RelationshipForm({
  personId,
  relationship,
  etag,
  nameOf,
  onSaved,
}: {
  personId: string;
  relationship: Relationship | null;
  etag: string | undefined;
  nameOf: (id: string) => string;
  onSaved: () => void;
}) {
  const [roles, setRoles] = useState<string[]>(relationship?.roles ?? []);
  const [since, setSince] = useState(relationship?.since ?? '');
  const [prescribed, setPrescribed] = useState(prescribedValue(relationship?.prescribed));
  const [introducedBy, setIntroducedBy] = useState<Picked[]>(
    typeof relationship?.introducedBy === 'string'
      ? [{ id: relationship.introducedBy, name: nameOf(relationship.introducedBy) }]
      : [],
  );
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
      roles: roles.length > 0 ? roles : null,
      since: since || null,
      prescribed: prescribed === '' ? null : prescribed === 'yes',
      introducedBy: introducedBy[0]?.id ?? null,
    };
    try {
      if (relationship) await api.patch(`/relationships/${idPath(personId)}`, fields, etag);
      else {
        const body: Record<string, unknown> = { person: personId };
        for (const [k, v] of Object.entries(fields)) if (v !== null) body[k] = v;
        await api.post('/relationships', body);
      }
      onSaved();
    } catch (err) {
      setError(writeFailure(err));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (f: string) =>
    setForms((cur) => (cur.includes(f) ? cur.filter((x) => x !== f) : [...cur, f]));
  const toggleRole = (r: string) =>
    setRoles((cur) => (cur.includes(r) ? cur.filter((x) => x !== r) : [...cur, r]));

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
          words={STRENGTH_WORDS}
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
        <div className="people-field">
          <label>
            Since
            <input
              type="date"
              value={since}
              onChange={(e) => setSince(e.target.value)}
              aria-invalid={errors.since ? true : undefined}
              aria-describedby={errors.since ? 'rel-since-error' : undefined}
            />
          </label>
          <FieldError id="rel-since-error" message={errors.since} />
        </div>
        <div className="people-field">
          <label>
            Part of the job
            <select value={prescribed} onChange={(e) => setPrescribed(e.target.value)}>
              <option value="">not said</option>
              <option value="yes">yes, the job needs it</option>
              <option value="no">no, by choice</option>
            </select>
          </label>
        </div>
      </div>
      <fieldset className="person-checks">
        <legend className="small muted">How you know them (roles)</legend>
        {ROLES.map((r) => (
          <label key={r}>
            <input type="checkbox" checked={roles.includes(r)} onChange={() => toggleRole(r)} />
            {r.replace('-', ' ')}
          </label>
        ))}
        <FieldError id="rel-roles-error" message={errors.roles} />
      </fieldset>
      <PeoplePicker
        label="Introduced by (search)"
        listLabel="Introduced by"
        value={introducedBy}
        onChange={setIntroducedBy}
        single
        exclude={[personId]}
      />
      <FieldError id="rel-introduced-error" message={errors.introducedBy} />
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

function ScaleField({
  id,
  label,
  value,
  onChange,
  error,
  min,
  words,
}: FieldProps & { words?: Record<number, string> }) {
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
              {words ? `${v} – ${words[v]}` : v}
            </option>
          ))}
        </select>
      </label>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
