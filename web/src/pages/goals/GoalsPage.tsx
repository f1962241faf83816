import { useState } from 'react';
import { ApiError, api } from '../../api/client';
import type { Page as ApiPage, Goal } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Link, setParam } from '../../app/router';
import type { PageProps } from '../../app/routes';
import { useStatus } from '../../app/status';
import { EmptyState, ErrorBanner, Loading, Page } from '../../ui/states';
import { AddGoalForm } from './AddGoalForm';
import { GoalDetail } from './GoalDetail';
import { GoalList } from './GoalList';
import './goals.css';

/** Goals and, for the selected one (`?goal=`), who matters to it and how you reach them. */
export function GoalsPage({ location }: PageProps) {
  const status = useStatus();
  const goals = useApi(
    () => api.get<ApiPage<Goal>>('/goals', { limit: 500 }),
    `goals|${status.data?.dataVersion ?? ''}`,
  );
  const [deleted, setDeleted] = useState<Goal | null>(null);
  const [undoError, setUndoError] = useState<ApiError | null>(null);
  const undo = async (goal: Goal) => {
    setUndoError(null);
    try {
      await api.post('/goals', goal);
      setDeleted(null);
      setParam('goal', goal.id);
      changed();
    } catch (err) {
      setUndoError(err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)));
    }
  };
  const deletedBanner = deleted && (
    <p className="banner banner-ok row" role="status">
      The goal “{deleted.title}” was deleted.
      <button type="button" onClick={() => undo(deleted)}>
        Undo
      </button>
    </p>
  );
  const changed = () => {
    goals.reload();
    status.reload();
  };
  const added = (goal: Goal) => {
    setParam('goal', goal.id);
    changed();
  };

  if (goals.error) {
    return (
      <Page title="Goals">
        <ErrorBanner error={goals.error} onRetry={goals.reload} />
      </Page>
    );
  }
  if (!goals.data) {
    return (
      <Page title="Goals">
        <Loading what="Loading goals" />
      </Page>
    );
  }
  const items = goals.data.items;
  if (items.length === 0) {
    return (
      <Page title="Goals">
        {deletedBanner}
        {undoError && <ErrorBanner error={undoError} />}
        <EmptyState title="No goals yet">
          <p>
            A goal is something you need other people for: a launch, a promotion, a deal. Name one, then map
            who has a say in it, where they stand and how strong your ties to them are.
          </p>
          <AddGoalForm onAdded={added} />
        </EmptyState>
      </Page>
    );
  }
  const wanted = location.params.get('goal');
  const selected = items.find((g) => g.id === wanted) ?? items[0]!;
  return (
    <Page title="Goals">
      {deletedBanner}
      {undoError && <ErrorBanner error={undoError} />}
      {wanted && wanted !== selected.id && !deleted && (
        <p className="banner banner-error" role="alert">
          There is no goal “{wanted}”; showing {selected.title} instead.
        </p>
      )}
      <div className="grid goals-layout">
        <div className="stack">
          <section className="card" aria-labelledby="goal-list-title">
            <h2 id="goal-list-title">Your goals</h2>
            <GoalList goals={items} selected={selected.id} />
          </section>
          <p className="small">
            <Link href="/commitments">Your commitments</Link>: the habits you set yourself.
          </p>
          <details className="card">
            <summary>Add a goal</summary>
            <AddGoalForm onAdded={added} />
          </details>
        </div>
        <GoalDetail
          key={selected.id}
          goal={selected}
          onSaved={changed}
          onDeleted={(goal) => {
            setDeleted(goal);
            setParam('goal', null);
            changed();
          }}
        />
      </div>
    </Page>
  );
}
