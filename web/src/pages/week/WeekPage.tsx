import { useCallback, useMemo, useState } from 'react';
import { type ApiError, api, idPath } from '../../api/client';
import type { CoachAction } from '../../api/types';
import { useApi } from '../../api/use-api';
import { Link, setParam } from '../../app/router';
import type { PageProps } from '../../app/routes';
import { useStatus } from '../../app/status';
import { todayIso } from '../../ui/format';
import { EmptyState, ErrorBanner, Loading, Page } from '../../ui/states';
import { ActionItem } from './ActionItem';
import { ActionList } from './ActionList';
import { BudgetForm } from './BudgetForm';
import { PlanSummary } from './PlanSummary';
import {
  addDays,
  doneRecord,
  type Handled,
  type HandledState,
  handledStates,
  namesOf,
  STATE_LABEL,
  type Suggestions,
  sameWeek,
  type WeeklyPlan,
  weekLists,
} from './week-model';
import './week.css';

const DEFAULT_BUDGET = 180;
const MORE_STEP = 8;

export function WeekPage({ location }: PageProps) {
  const status = useStatus();
  const version = status.data?.dataVersion ?? '';
  const budgetText = location.params.get('budget');
  const budgetParam = budgetText ? Number(budgetText) : Number.NaN;
  const budget = Number.isInteger(budgetParam) && budgetParam >= 0 ? budgetParam : DEFAULT_BUDGET;
  const week = location.params.get('week') || todayIso();
  const plan = useApi(
    () => api.get<WeeklyPlan>('/plan', { week, budget }),
    `plan:${week}:${budget}:${version}`,
  );
  const suggest = useApi(
    () => api.get<Suggestions>('/suggest', { limit: 100, asOf: week }),
    `suggest:${week}:${version}`,
  );
  const [local, setLocal] = useState<ReadonlyMap<string, Handled>>(new Map());
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [writeError, setWriteError] = useState<ApiError | undefined>();
  const [said, setSaid] = useState('');
  const [moreShown, setMoreShown] = useState(MORE_STEP);

  const handled = useMemo(() => handledStates(suggest.data?.actions ?? [], local), [suggest.data, local]);
  const lists = useMemo(
    () => weekLists(plan.data?.actions ?? [], suggest.data?.actions ?? [], handled),
    [plan.data, suggest.data, handled],
  );
  // The plan and the suggestions carry the names they refer to: no request per person, no id shown.
  const names = useMemo(() => namesOf(plan.data, suggest.data), [plan.data, suggest.data]);

  const onHandle = useCallback(
    (action: CoachAction, state: HandledState) => {
      const entry: Handled = state === 'snoozed' ? { state, until: addDays(todayIso(), 7) } : { state };
      // Move it at once; put it back if the server refuses.
      setLocal((m) => new Map(m).set(action.key, entry));
      setBusy((s) => new Set(s).add(action.key));
      setWriteError(undefined);
      api
        .post(`/actions/${idPath(action.key)}`, {
          ...entry,
          ...(state === 'done' ? doneRecord(action) : {}),
          // The candidates merged into the move are marked with it.
          ...(Array.isArray(action.merged) ? { also: (action.merged as string[]).slice(0, 50) } : {}),
        })
        .then(
          () => {
            setSaid(`${STATE_LABEL[state]}: ${action.kind}. Moved to Handled.`);
            status.reload();
          },
          (e: ApiError) => {
            setLocal((m) => {
              const next = new Map(m);
              next.delete(action.key);
              return next;
            });
            setWriteError(e);
          },
        )
        .finally(() =>
          setBusy((s) => {
            const next = new Set(s);
            next.delete(action.key);
            return next;
          }),
        );
    },
    [status.reload],
  );

  const onForm = useCallback(
    (next: { budget: number; week: string }) => {
      if (next.budget !== budget) setParam('budget', String(next.budget));
      if (next.week !== week) setParam('week', next.week === todayIso() ? null : next.week);
    },
    [budget, week],
  );

  const error = plan.error ?? suggest.error;
  const loading = (!plan.data || !suggest.data) && (plan.loading || suggest.loading);
  // Done this week, from what the server recorded (so it survives a reload) and this session's clicks.
  const doneMinutes = lists.handled
    .filter((a) => a.handled.state === 'done' && sameWeek(typeof a.at === 'string' ? a.at : todayIso(), week))
    .reduce((sum, a) => sum + (a.minutes ?? 0), 0);
  const nothing =
    plan.data && suggest.data && lists.plan.length + lists.more.length + lists.handled.length === 0;

  return (
    <Page
      title="This week"
      actions={
        <>
          <BudgetForm budget={budget} week={week} onChange={onForm} />
          <Link href="/brief">Prepare a meeting</Link>
        </>
      }
    >
      {error && (
        <ErrorBanner
          error={error}
          onRetry={() => {
            plan.reload();
            suggest.reload();
          }}
        />
      )}
      {writeError && <ErrorBanner error={writeError} />}
      <p className="wk-sr-only" role="status" aria-live="polite">
        {said}
      </p>
      {loading && <Loading what="Planning your week" />}
      {nothing && (
        <EmptyState title="Nothing to suggest this week">
          <p>
            The coach proposes actions from your relationships, goals and findings. Add relationships with a
            cadence, or goals with stakeholders, and suggestions will appear here.
          </p>
        </EmptyState>
      )}
      {plan.data && suggest.data && !nothing && (
        <div className="stack">
          <section className="card" aria-labelledby="plan-title">
            <h2 id="plan-title" tabIndex={-1}>
              Plan for the week
            </h2>
            <PlanSummary plan={plan.data} doneMinutes={doneMinutes} />
            {plan.data.reflection && (
              <p className="wk-reflection">
                <strong>A question for this week:</strong> {plan.data.reflection.question}
              </p>
            )}
            {lists.plan.length > 0 ? (
              <ActionList
                label="Plan"
                actions={lists.plan}
                names={names}
                busy={busy}
                onHandle={onHandle}
                ordered
              />
            ) : (
              <p className="muted">
                {plan.data.actions.length === 0
                  ? 'No action fits this budget: raise the minutes this week.'
                  : 'Everything in the plan is handled. Well done.'}
              </p>
            )}
          </section>
          {lists.more.length > 0 && (
            <section aria-labelledby="more-title">
              <h2 id="more-title" tabIndex={-1}>
                More suggestions
              </h2>
              <p className="muted small">Ranked by priority; not in this week's plan.</p>
              <ActionList
                label="Suggested actions"
                actions={lists.more.slice(0, moreShown)}
                names={names}
                busy={busy}
                onHandle={onHandle}
              />
              {lists.more.length > moreShown && (
                <button type="button" className="wk-more" onClick={() => setMoreShown((n) => n + MORE_STEP)}>
                  Show more ({lists.more.length - moreShown} left)
                </button>
              )}
            </section>
          )}
          {lists.handled.length > 0 && (
            <details className="card wk-handled">
              <summary>
                <h2>Handled ({lists.handled.length})</h2>
              </summary>
              <ul aria-label="Handled" className="wk-list">
                {lists.handled.map((a) => (
                  <ActionItem key={a.key} action={a} names={names} handled={a.handled} />
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </Page>
  );
}
