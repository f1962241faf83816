import { type FormEvent, useState } from 'react';
import { ApiError, api, idPath } from '../../api/client';
import type { Tie } from '../../api/types';
import { Link, personHref } from '../../app/router';
import { fmtStrength, STRENGTH_WORDS } from '../../ui/format';
import { ErrorBanner } from '../../ui/states';
import { FieldError } from './FieldError';
import { fieldErrors } from './list-query';
import { PeoplePicker, type Picked } from './PeoplePicker';

interface Props {
  personId: string;
  personName: string;
  ties: Tie[];
  nameOf: (id: string) => string;
  onChanged: () => void;
}

const STRENGTHS = [1, 2, 3, 4, 5];
const tiePath = (t: Tie) => `/ties/${idPath(t.a)}/${idPath(t.b)}`;
const asError = (err: unknown) => (err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)));

/** Whom this person knows (ties among people), strongest first: add, re-rate and remove. */
export function TiesCard({ personId, personName, ties, nameOf, onChanged }: Props) {
  const [error, setError] = useState<ApiError | null>(null);
  const [removed, setRemoved] = useState<Tie | null>(null);
  const sorted = [...ties].sort((x, y) => (y.strength ?? 0) - (x.strength ?? 0));

  const write = async (action: () => Promise<unknown>, then?: () => void) => {
    setError(null);
    try {
      await action();
      then?.();
      onChanged();
    } catch (err) {
      setError(asError(err));
    }
  };

  return (
    <section className="card stack" aria-labelledby="ties-title">
      <h2 id="ties-title">Knows</h2>
      {error && <ErrorBanner error={error} />}
      {removed && (
        <p className="banner banner-ok row" role="status">
          The tie with {nameOf(removed.a === personId ? removed.b : removed.a)} was removed.
          <button
            type="button"
            onClick={() =>
              write(
                () => api.post('/ties', removed),
                () => setRemoved(null),
              )
            }
          >
            Undo
          </button>
        </p>
      )}
      {sorted.length === 0 ? (
        <p className="muted">No ties to other people recorded.</p>
      ) : (
        <ul className="person-ties">
          {sorted.map((t) => {
            const other = t.a === personId ? t.b : t.a;
            const name = nameOf(other);
            return (
              <li key={`${t.a}|${t.b}`} className="row">
                <Link href={personHref(other)}>{name}</Link>
                <span className="muted small">
                  {fmtStrength(t.strength)}
                  {t.source ? ` · ${t.source}` : ''}
                </span>
                <label className="small">
                  <span className="visually-hidden">Strength of the tie with {name}</span>
                  <select
                    value={t.strength?.toString() ?? ''}
                    onChange={(e) =>
                      write(() =>
                        api.patch(tiePath(t), {
                          strength: e.target.value === '' ? null : Number(e.target.value),
                        }),
                      )
                    }
                  >
                    <option value="">not set</option>
                    {STRENGTHS.map((s) => (
                      <option key={s} value={s}>
                        {s} – {STRENGTH_WORDS[s]}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  onClick={() =>
                    write(
                      () => api.delete(tiePath(t)),
                      () => setRemoved(t),
                    )
                  }
                >
                  Remove<span className="visually-hidden"> the tie with {name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <AddTie
        personId={personId}
        personName={personName}
        known={sorted.map((t) => (t.a === personId ? t.b : t.a))}
        onAdded={onChanged}
      />
    </section>
  );
}

function AddTie({
  personId,
  personName,
  known,
  onAdded,
}: {
  personId: string;
  personName: string;
  known: string[];
  onAdded: () => void;
}) {
  const [other, setOther] = useState<Picked[]>([]);
  const [strength, setStrength] = useState('3');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const picked = other[0];
    if (!picked) {
      setError(
        new ApiError(400, 'invalid_input', 'Choose whom they know.', [
          { path: 'body.b', message: 'choose a person' },
        ]),
      );
      return;
    }
    setBusy(true);
    try {
      await api.post('/ties', { a: personId, b: picked.id, strength: Number(strength), source: 'stated' });
      setOther([]);
      onAdded();
    } catch (err) {
      setError(asError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={`Record whom ${personName} knows`}>
      <h3 className="small">Record whom {personName} knows</h3>
      {error && <ErrorBanner error={error} />}
      <PeoplePicker
        label="Person they know (search)"
        listLabel="Person they know"
        value={other}
        onChange={setOther}
        single
        exclude={[personId, ...known]}
      />
      <FieldError id="tie-other-error" message={errors.b} />
      <div className="people-field">
        <label>
          How well they know each other
          <select value={strength} onChange={(e) => setStrength(e.target.value)}>
            {STRENGTHS.map((s) => (
              <option key={s} value={s}>
                {s} – {STRENGTH_WORDS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="row">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Add tie'}
        </button>
      </div>
    </form>
  );
}
