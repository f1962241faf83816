import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './client';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Loads on mount and whenever `key` changes; a later answer never overwrites a newer one. */
export function useApi<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const generation = useRef(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for everything `load` reads.
  useEffect(() => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => {
        if (mine === generation.current) setState({ data, loading: false });
      },
      (e: unknown) => {
        if (mine !== generation.current) return;
        const error = e instanceof ApiError ? e : new ApiError(0, 'internal', String(e));
        setState({ error, loading: false });
      },
    );
  }, [key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
