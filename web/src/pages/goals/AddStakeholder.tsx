import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import type { Page, Person } from '../../api/types';
import { useApi } from '../../api/use-api';
import { INFLUENCES, STANCE_LABEL, STANCES, type Stance } from './stances';

/** Finds a person by name and adds them to the goal with a stance and an influence. */
export function AddStakeholder({
  exclude,
  busy,
  onAdd,
}: {
  exclude: ReadonlySet<string>;
  busy: boolean;
  onAdd: (s: { person: string; stance: Stance; influence: number }, name: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<Person>();
  const [stance, setStance] = useState<Stance>('unknown');
  const [influence, setInfluence] = useState(3);
  const q = query.trim();
  const found = useApi(
    () =>
      q.length < 2 || picked ? Promise.resolve(undefined) : api.get<Page<Person>>('/people', { q, limit: 6 }),
    `${q}|${picked?.id}`,
  );
  const options = (found.data?.items ?? []).filter((p) => !exclude.has(p.id));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!picked) return;
    onAdd({ person: picked.id, stance, influence }, picked.name);
    setPicked(undefined);
    setQuery('');
  };

  return (
    <form className="stack add-stakeholder" onSubmit={submit}>
      <h3>Add a stakeholder</h3>
      <div className="form-grid">
        <label>
          Find a stakeholder
          <input
            value={picked ? picked.name : query}
            placeholder="Type a name"
            onChange={(e) => {
              setPicked(undefined);
              setQuery(e.currentTarget.value);
            }}
          />
        </label>
        <label>
          Stance
          <select value={stance} onChange={(e) => setStance(e.currentTarget.value as Stance)}>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {STANCE_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Influence
          <select value={influence} onChange={(e) => setInfluence(Number(e.currentTarget.value))}>
            {INFLUENCES.map((i) => (
              <option key={i} value={i}>
                {i}
              </option>
            ))}
          </select>
        </label>
        <div>
          <button type="submit" className="primary" disabled={busy || !picked}>
            Add stakeholder
          </button>
        </div>
      </div>
      {!picked && q.length >= 2 && (
        <ul className="pick-list" aria-label="Matching people">
          {options.length === 0 && !found.loading && <li className="muted">Nobody new matches “{q}”.</li>}
          {options.map((p) => (
            <li key={p.id}>
              <button type="button" className="link" onClick={() => setPicked(p)}>
                {p.name}
              </button>
              {p.title && <span className="muted small"> {p.title}</span>}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
