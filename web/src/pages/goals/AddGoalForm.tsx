import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client';
import type { Goal } from '../../api/types';
import { ErrorBanner } from '../../ui/states';

/** Title and an optional due date; the server makes a readable id from the title. */
export function AddGoalForm({ onAdded }: { onAdded: (goal: Goal) => void }) {
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const goal = await api.post<Goal>('/goals', { title: title.trim(), ...(due ? { due } : {}) });
      setTitle('');
      setDue('');
      onAdded(goal);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack add-goal" onSubmit={submit}>
      <div className="form-grid">
        <label>
          Goal title
          <input
            required
            maxLength={200}
            value={title}
            placeholder="e.g. Open the first EU hub"
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
        </label>
        <label>
          Due (optional)
          <input type="date" value={due} onChange={(e) => setDue(e.currentTarget.value)} />
        </label>
        <div>
          <button type="submit" className="primary" disabled={busy || title.trim() === ''}>
            Add goal
          </button>
        </div>
      </div>
      {error && <ErrorBanner error={error} />}
    </form>
  );
}
