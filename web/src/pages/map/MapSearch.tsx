// "Find a person": the keyboard route to every node on the map. A combobox with up to eight
// suggestions; Enter picks the highlighted one (or the first), and the page flies the camera there.
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';

export interface SearchEntry {
  id: string;
  name: string;
  /** Lower-cased name, computed once so typing stays cheap on 20,000 people. */
  key: string;
}

const LIMIT = 8;

/** Names that start with the query (or a word of it) first, then names containing it; A to Z within each. */
export function matches(entries: readonly SearchEntry[], query: string): SearchEntry[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const starts: SearchEntry[] = [];
  const contains: SearchEntry[] = [];
  for (const e of entries) {
    const at = e.key.indexOf(q);
    if (at < 0) continue;
    if (at === 0 || e.key.includes(` ${q}`)) starts.push(e);
    else contains.push(e);
  }
  const byName = (a: SearchEntry, b: SearchEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return [...starts.sort(byName), ...contains.sort(byName)].slice(0, LIMIT);
}

export function MapSearch({
  entries,
  onPick,
  find,
}: {
  entries: readonly SearchEntry[];
  onPick: (id: string) => void;
  /** Finds people who are not in `entries` (those beyond the ego view), by name. */
  find?: (query: string) => Promise<SearchEntry[]>;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [more, setMore] = useState<readonly SearchEntry[]>([]);
  const listId = useId();
  const inputId = useId();
  useEffect(() => {
    const q = query.trim();
    if (!find || q.length < 2) {
      setMore([]);
      return;
    }
    let live = true;
    // After a pause in typing, so each keystroke does not ask the server.
    const timer = setTimeout(() => {
      find(q).then(
        (found) => live && setMore(found),
        () => live && setMore([]),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [find, query]);
  const found = useMemo(() => {
    if (more.length === 0) return matches(entries, query);
    const known = new Set(entries.map((e) => e.id));
    return matches([...entries, ...more.filter((e) => !known.has(e.id))], query);
  }, [entries, more, query]);
  const expanded = open && found.length > 0;

  const pick = (e: SearchEntry) => {
    setQuery(e.name);
    setOpen(false);
    onPick(e.id);
  };

  const onKeyDown = (ev: KeyboardEvent<HTMLInputElement>) => {
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, found.length - 1));
    } else if (ev.key === 'ArrowUp') {
      ev.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (ev.key === 'Enter') {
      const e = found[active] ?? found[0];
      if (e) {
        ev.preventDefault();
        pick(e);
      }
    } else if (ev.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="map-search">
      <label htmlFor={inputId}>Find a person</label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && found[active] ? `${listId}-${active}` : undefined}
        value={query}
        placeholder="Type a name"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <div id={listId} role="listbox" aria-label="Suggestions" className="map-suggestions" hidden={!expanded}>
        {found.map((e, i) => (
          <div
            key={e.id}
            tabIndex={-1}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            // mousedown, not click: the input's blur would close the list before a click lands
            onMouseDown={(ev) => {
              ev.preventDefault();
              pick(e);
            }}
          >
            {e.name}
          </div>
        ))}
      </div>
    </div>
  );
}
