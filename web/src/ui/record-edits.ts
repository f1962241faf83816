import { useState } from 'react';
import { ApiError, api, idPath } from '../api/client';
import { useStatus } from '../app/status';

/** A record being edited, with the version it was read at (sent back as If-Match). */
export interface Editing<T> {
  record: T;
  etag: string | undefined;
}

/**
 * Editing one collection from a list page: open a record for editing at its current version,
 * delete it with an undo (the record is posted back as it was), and the message or error of the
 * last step. `reload` refreshes the page's list after each change.
 */
export function useRecordEdits<T extends { id: string }>(collection: string, reload: () => void) {
  const status = useStatus();
  const [editing, setEditing] = useState<Editing<T> | null>(null);
  const [deleted, setDeleted] = useState<T | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  const changed = (what: string) => {
    setMessage(what);
    reload();
    status.reload();
  };
  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)));
    }
  };
  return {
    editing,
    deleted,
    message,
    error,
    changed,
    stopEditing: () => setEditing(null),
    edit: (r: T) =>
      run(async () => {
        const v = await api.getVersioned<T>(`/${collection}/${idPath(r.id)}`);
        setEditing({ record: v.data, etag: v.etag });
      }),
    remove: (r: T) =>
      run(async () => {
        await api.delete(`/${collection}/${idPath(r.id)}`);
        setDeleted(r);
        changed('');
      }),
    /** Puts a deleted record back; `back` is the message that says so. */
    undo: (r: T, back: string) =>
      run(async () => {
        await api.post(`/${collection}`, r);
        setDeleted(null);
        changed(back);
      }),
  };
}
