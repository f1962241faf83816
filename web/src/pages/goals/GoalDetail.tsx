import { useState } from 'react';
import { ApiError, api, idPath } from '../../api/client';
import type { Goal } from '../../api/types';
import { useStatus } from '../../app/status';
import { fmtDate } from '../../ui/format';
import { ErrorBanner, Loading } from '../../ui/states';
import { AddStakeholder } from './AddStakeholder';
import { EditGoalForm } from './EditGoalForm';
import { GoalMoves } from './GoalMoves';
import { StakeholderMap } from './StakeholderMap';
import { type StakeholderEdit, StakeholderTable } from './StakeholderTable';
import { asInfluence, asStance } from './stances';
import { useStakeholders } from './use-stakeholders';

type Stakeholder = NonNullable<Goal['stakeholders']>[number];

/** One goal: its stakeholder map, the same as a table, and the edits (saved with PATCH). */
export function GoalDetail({
  goal,
  onSaved,
  onDeleted,
}: {
  goal: Goal;
  onSaved: () => void;
  onDeleted: (goal: Goal) => void;
}) {
  const [editing, setEditing] = useState<{ goal: Goal; etag: string | undefined } | null>(null);
  const status = useStatus();
  const view = useStakeholders(goal, status.data?.dataVersion ?? '');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState('');
  const [error, setError] = useState<ApiError>();
  const current: Stakeholder[] = (goal.stakeholders ?? []).map((s) => ({
    ...s,
    stance: asStance(s.stance),
    influence: asInfluence(s.influence),
  }));

  const save = async (stakeholders: Stakeholder[], message: string) => {
    setSaving(true);
    setError(undefined);
    setSaved('');
    try {
      await api.patch<Goal>(`/goals/${idPath(goal.id)}`, { stakeholders });
      setSaved(message);
      onSaved();
      status.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)));
    } finally {
      setSaving(false);
    }
  };
  const startEdit = async () => {
    setError(undefined);
    try {
      const v = await api.getVersioned<Goal>(`/goals/${idPath(goal.id)}`);
      setEditing({ goal: v.data, etag: v.etag });
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)));
    }
  };
  const remove_ = async () => {
    setError(undefined);
    try {
      const v = await api.getVersioned<Goal>(`/goals/${idPath(goal.id)}`);
      await api.delete(`/goals/${idPath(goal.id)}`, v.etag);
      onDeleted(v.data);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)));
    }
  };
  const nameOf = (person: string) => view.data?.rows.find((r) => r.person === person)?.name ?? person;
  const edit = (person: string, change: StakeholderEdit) =>
    save(
      current.map((s) => (s.person === person ? { ...s, ...change } : s)),
      `Saved ${nameOf(person)}.`,
    );
  const remove = (person: string) =>
    save(
      current.filter((s) => s.person !== person),
      `Removed ${nameOf(person)}.`,
    );

  const rows = view.data?.rows ?? [];
  return (
    <section className="card stack" aria-labelledby="goal-title">
      <div className="row goal-head">
        <div>
          <h2 id="goal-title">{goal.title}</h2>
          <p className="muted small">
            {goal.due ? `Due ${fmtDate(goal.due)}` : 'No due date'} · {current.length} stakeholder
            {current.length === 1 ? '' : 's'}
          </p>
        </div>
        <div className="row">
          <button
            type="button"
            aria-expanded={editing !== null}
            onClick={() => (editing ? setEditing(null) : startEdit())}
          >
            Edit goal
          </button>
          <button type="button" onClick={remove_}>
            Delete goal
          </button>
        </div>
      </div>
      {editing && (
        <EditGoalForm
          goal={editing.goal}
          etag={editing.etag}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setSaved('Goal saved.');
            onSaved();
            status.reload();
          }}
        />
      )}
      {error && <ErrorBanner error={error} />}
      {view.error && <ErrorBanner error={view.error} onRetry={view.reload} />}
      {current.length === 0 ? (
        <p className="muted">
          No stakeholders yet. Add the people whose support this goal needs: those who decide, those who could
          block it, those who can open doors.
        </p>
      ) : !view.data ? (
        <Loading what="Mapping the stakeholders" />
      ) : (
        <>
          <StakeholderMap rows={rows} />
          <StakeholderTable
            rows={rows}
            owner={view.data.owner}
            busy={saving}
            onEdit={edit}
            onRemove={remove}
          />
        </>
      )}
      <p className="small muted" aria-live="polite">
        {saving ? 'Saving…' : saved}
      </p>
      {current.length > 0 && <GoalMoves goalId={goal.id} version={status.data?.dataVersion ?? ''} />}
      <AddStakeholder
        exclude={new Set(current.map((s) => s.person))}
        busy={saving}
        onAdd={(s, name) => save([...current, s], `Added ${name}.`)}
      />
    </section>
  );
}
