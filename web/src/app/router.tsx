// A small history-API router: the server answers every page path with index.html, so links
// and reloads of /people/p:ana work. Query strings carry page state (filters, selection).
import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from 'react';

export interface Location {
  path: string;
  params: URLSearchParams;
}

const listeners = new Set<() => void>();

function current(): Location {
  return { path: decodeURI(location.pathname), params: new URLSearchParams(location.search) };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  for (const l of listeners) l();
}

/** Updates one query parameter of the current page without a new history entry. */
export function setParam(name: string, value: string | null | undefined): void {
  const params = new URLSearchParams(location.search);
  if (value === null || value === undefined || value === '') params.delete(name);
  else params.set(name, value);
  const search = params.toString();
  navigate(location.pathname + (search ? `?${search}` : ''), { replace: true });
}

export function useLocation(): Location {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const update = () => setLoc(current());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return loc;
}

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
    window.scrollTo(0, 0);
  };
  return <a href={href} onClick={follow} {...rest} />;
}

export const personHref = (id: string) => `/people/${encodeURIComponent(id)}`;
export const goalHref = (id: string) => `/goals?goal=${encodeURIComponent(id)}`;
