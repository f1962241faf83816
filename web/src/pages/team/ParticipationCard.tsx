import { type FormEvent, useState } from 'react';
import { api, idPath } from '../../api/client';
import { Problem } from './Problem';
import { ATTRIBUTE_LABEL, type MixedAttribute } from './programme-words';
import type { ProgrammeSummary } from './types';

const ATTRIBUTES: MixedAttribute[] = ['unit', 'function', 'sector'];

/**
 * A leader's part in one programme: what they tell it of their unit, function and sector (for
 * peer groups that mix them; nothing of their network), and leaving it.
 */
export function ParticipationCard({
  programme,
  onLeft,
}: {
  programme: ProgrammeSummary;
  onLeft: () => void;
}) {
  const [values, setValues] = useState<Record<MixedAttribute, string>>({
    unit: '',
    function: '',
    sector: '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState('');

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setDone('');
    try {
      const body: Partial<Record<MixedAttribute, string>> = {};
      for (const a of ATTRIBUTES) if (values[a].trim()) body[a] = values[a].trim();
      await api.put(`/programmes/${idPath(programme.id)}/me`, body);
      setDone(`${programme.name} now knows what you told it.`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const leave = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.delete(`/programmes/${idPath(programme.id)}/me`);
      onLeft();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const titleId = `programme-${programme.id}`;
  return (
    <form className="card stack team-narrow" onSubmit={save} aria-labelledby={titleId}>
      <h2 id={titleId}>{programme.name}</h2>
      <p className="muted small">
        The programme sees its cohort only as a whole, never your network. To mix its peer groups, it may know
        your unit, function and sector: tell it only what you want to.
      </p>
      <div className="form-grid">
        {ATTRIBUTES.map((a) => (
          <label key={a}>
            {ATTRIBUTE_LABEL[a]}
            <input
              maxLength={200}
              value={values[a]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setValues((v) => ({ ...v, [a]: value }));
              }}
            />
          </label>
        ))}
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          Save
        </button>
        <button type="button" onClick={leave} disabled={busy} aria-label={`Leave ${programme.name}`}>
          Leave programme
        </button>
      </div>
      <Problem error={error} />
      <p role="status" className="small">
        {done}
      </p>
    </form>
  );
}
