import { useState } from 'react';
import { api } from '../../api/client';
import type { Page, Person } from '../../api/types';
import { useApi } from '../../api/use-api';

export interface Picked {
  id: string;
  name: string;
}

interface Props {
  /** The visible label of the search box, e.g. "Add a person". */
  label: string;
  /** What the chosen list is called, for screen readers ("People in this interaction"). */
  listLabel: string;
  value: Picked[];
  onChange: (value: Picked[]) => void;
  /** One person at most (a new pick replaces the old one). */
  single?: boolean;
  /** Ids that cannot be picked (the person whose page this is, for a tie). */
  exclude?: string[];
  describedBy?: string;
}

/**
 * Chooses people by searching (the API filters by name, so this works on 20k people): matches
 * are buttons that add, the chosen are listed with a button that removes.
 */
export function PeoplePicker({
  label,
  listLabel,
  value,
  onChange,
  single,
  exclude = [],
  describedBy,
}: Props) {
  const [q, setQ] = useState('');
  const matches = useApi(
    async () =>
      q.trim() === ''
        ? []
        : (await api.get<Page<Person>>('/people', { q: q.trim(), limit: 8, sort: 'name' })).items,
    `pick:${q.trim()}`,
  );
  const chosen = new Set(value.map((p) => p.id));
  const offered = (matches.data ?? []).filter((p) => !chosen.has(p.id) && !exclude.includes(p.id));
  const add = (p: Person) => {
    onChange(single ? [{ id: p.id, name: p.name }] : [...value, { id: p.id, name: p.name }]);
    setQ('');
  };
  return (
    <div className="people-picker stack">
      {value.length > 0 && (
        <ul className="people-picked row" aria-label={listLabel}>
          {value.map((p) => (
            <li key={p.id} className="badge info">
              {p.name}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${p.name}`}
                onClick={() => onChange(value.filter((x) => x.id !== p.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label>
        {label}
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          aria-describedby={describedBy}
        />
      </label>
      {offered.length > 0 && (
        <ul className="people-matches" aria-label={`People matching "${q.trim()}"`}>
          {offered.map((p) => (
            <li key={p.id}>
              <button type="button" onClick={() => add(p)}>
                {p.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {q.trim() !== '' && matches.data && offered.length === 0 && (
        <p className="muted small">No one else matches.</p>
      )}
    </div>
  );
}
