import { createContext, type ReactNode, useContext } from 'react';
import { api } from '../api/client';
import type { Status } from '../api/types';
import { type Loaded, useApi } from '../api/use-api';

const StatusContext = createContext<Loaded<Status> | null>(null);

/** The counts and the empty flag, loaded once and reloaded after any write (`refresh`). */
export function StatusProvider({ children }: { children: ReactNode }) {
  const status = useApi(() => api.get<Status>('/status'), 'status');
  return <StatusContext.Provider value={status}>{children}</StatusContext.Provider>;
}

export function useStatus(): Loaded<Status> {
  const s = useContext(StatusContext);
  if (!s) throw new Error('useStatus outside StatusProvider');
  return s;
}
