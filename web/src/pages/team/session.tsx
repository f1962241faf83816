// Who is signed in to a team server, if the server is one. The single-user server (with or
// without its access token) has no accounts: there the app runs as it always did.
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ApiError, api, hasAccessToken, onUnauthorized, setCsrfToken } from '../../api/client';
import type { Account, SessionInfo } from './types';

export type SessionState = 'checking' | 'single-user' | 'signed-out' | 'signed-in';

export interface TeamSession {
  state: SessionState;
  account?: Account;
  /** The token of an invitation link (`/#invite=…`) being accepted. */
  invite?: string;
  /** After a sign-in or an accepted invitation: keeps the CSRF token for every change. */
  started(session: SessionInfo): void;
  signOut(): Promise<void>;
  dropInvite(): void;
}

const SessionContext = createContext<TeamSession | null>(null);

/** Reads `#invite=` once and cleans the URL, so the token does not linger in history. */
function takeInviteFromUrl(): string | undefined {
  const invite = new URLSearchParams(location.hash.slice(1)).get('invite') ?? undefined;
  if (invite) history.replaceState(null, '', location.pathname + location.search);
  return invite;
}

/**
 * A team server answers GET /api/session with 401 when no one is signed in; so does a
 * single-user server waiting for its token. The team server's OpenAPI document is public, the
 * other's is not: that tells them apart.
 */
async function probe(): Promise<{ state: SessionState; session?: SessionInfo }> {
  if (hasAccessToken()) return { state: 'single-user' };
  try {
    return { state: 'signed-in', session: await api.get<SessionInfo>('/session') };
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) return { state: 'single-user' };
    const open = await fetch('/api/openapi.json', { credentials: 'same-origin' }).then(
      (r) => r.ok,
      () => false,
    );
    return { state: open ? 'signed-out' : 'single-user' };
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>('checking');
  const [account, setAccount] = useState<Account>();
  const [invite, setInvite] = useState(takeInviteFromUrl);

  const started = useCallback((session: SessionInfo) => {
    setCsrfToken(session.csrf);
    setAccount(session.account);
    setInvite(undefined);
    setState('signed-in');
  }, []);

  useEffect(() => {
    let live = true;
    probe().then(({ state, session }) => {
      if (!live) return;
      if (session) started(session);
      else setState(state);
    });
    return () => {
      live = false;
    };
  }, [started]);

  const signOut = useCallback(async () => {
    try {
      await api.delete('/session');
    } finally {
      setCsrfToken(undefined);
      setAccount(undefined);
      setState('signed-out');
    }
  }, []);

  const dropInvite = useCallback(() => setInvite(undefined), []);

  // A session can end on the server (expired, signed out elsewhere): the next 401 shows the sign-in.
  const current = useRef(state);
  current.current = state;
  useEffect(() => {
    onUnauthorized(() => {
      if (current.current !== 'signed-in') return;
      setCsrfToken(undefined);
      setAccount(undefined);
      setState('signed-out');
    });
    return () => onUnauthorized(undefined);
  }, []);

  const value = useMemo<TeamSession>(
    () => ({
      state,
      ...(account ? { account } : {}),
      ...(invite ? { invite } : {}),
      started,
      signOut,
      dropInvite,
    }),
    [state, account, invite, started, signOut, dropInvite],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): TeamSession {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
