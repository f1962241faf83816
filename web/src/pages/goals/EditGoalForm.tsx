import { type FormEvent, useState } from 'react';
import { type ApiError, api, idPath, writeFailure } from '../../api/client';
import type { Goal } from '../../api/types';
import { ErrorBanner } from '../../ui/states';

interface Props {
  goal: Goal;
  etag: string | undefined;
  onSaved: () => void;
  onCancel: () => void;
}

/** The goal's title and due date, saved with If-Match. */
export function EditGoalForm({ goal, etag, onSaved, onCancel }: Props) {
  const [title, setTitle] = useState(goal.title);
  const [due, setDue] = useState(goal.due ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.patch<Goal>(`/goals/${idPath(goal.id)}`, { title: title.trim(), due: due || null }, etag);
      onSaved();
    } catch (err) {
      setError(writeFailure(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Edit goal">
      {error && <ErrorBanner error={error} />}
      <div className="form-grid">
        <label>
          Goal title
          <input required maxLength={200} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        </label>
        <label>
          Due date
          <input type="date" value={due} onChange={(e) => setDue(e.currentTarget.value)} />
        </label>
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save goal'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
