import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { Organization } from '../../api/types';
import { FORM_LABEL, FORMS } from '../../ui/format';
import { type PeopleQuery, updateParams } from './people-data';

const SEARCH_DELAY_MS = 300;

/** Search and filters; every change lands in the URL so a reload or a shared link keeps it. */
export function PeopleFilters({
  query,
  organizations,
}: {
  query: PeopleQuery;
  organizations: Organization[];
}) {
  const [text, setText] = useState(query.q);
  const typed = useRef(false);

  // Debounced: the list reloads once the user pauses, not on every keystroke.
  useEffect(() => {
    if (!typed.current) return;
    const timer = setTimeout(() => {
      typed.current = false;
      updateParams({ q: text.trim(), offset: null });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  // Back/forward or "Clear filters" change the URL under the input: follow it unless typing.
  useEffect(() => {
    // Compare trimmed: the URL holds the trimmed text, the input may end in a space being typed.
    if (!typed.current) setText((t) => (t.trim() === query.q ? t : query.q));
  }, [query.q]);

  const set = (name: string) => (value: string) => updateParams({ [name]: value, offset: null });
  const extra = query.unit || query.tag;
  const any = query.q || query.organization || query.form || query.internal || query.cadence || extra;

  return (
    <search className="card people-filters" aria-label="Search and filter people">
      <form
        onSubmit={(e) => {
          // Enter searches at once instead of waiting for the debounce.
          e.preventDefault();
          typed.current = false;
          updateParams({ q: text.trim(), offset: null });
        }}
      >
        <div className="form-grid">
          <label>
            Search people
            <input
              type="search"
              value={text}
              placeholder="Name, e-mail or title"
              onChange={(e) => {
                typed.current = true;
                setText(e.target.value);
              }}
            />
          </label>
          <Select label="Form" value={query.form} onChange={set('form')}>
            <option value="">Any form</option>
            {FORMS.map((f) => (
              <option key={f} value={f}>
                {FORM_LABEL[f]}
              </option>
            ))}
          </Select>
          <Select label="Organisation" value={query.organization} onChange={set('organization')}>
            <option value="">Any organisation</option>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
          <Select label="Inside or outside" value={query.internal} onChange={set('internal')}>
            <option value="">Inside and outside</option>
            <option value="true">Inside my organisation</option>
            <option value="false">Outside my organisation</option>
          </Select>
          <Select label="Cadence" value={query.cadence} onChange={set('cadence')}>
            <option value="">Any cadence</option>
            <option value="overdue">Overdue</option>
            <option value="on-track">On track</option>
            <option value="none">No cadence</option>
          </Select>
        </div>
        {any && (
          <div className="row people-filter-note">
            {extra && (
              <span className="muted small">
                Also filtered by {query.unit && <>unit “{query.unit}”</>}
                {query.unit && query.tag && ' and '}
                {query.tag && <>tag “{query.tag}”</>}.
              </span>
            )}
            <button
              type="button"
              className="link"
              onClick={() => {
                typed.current = false;
                updateParams({
                  q: null,
                  organization: null,
                  form: null,
                  internal: null,
                  cadence: null,
                  unit: null,
                  tag: null,
                  offset: null,
                });
              }}
            >
              Clear filters
            </button>
          </div>
        )}
      </form>
    </search>
  );
}

function Select({
  label,
  value,
  onChange,
  children,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  children: ReactNode;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </label>
  );
}
