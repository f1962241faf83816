// A goal's suggested moves (#16: they were in the CLI's `goal show` only): what the coach proposes
// for this goal and its stakeholders, with the people named and linked.
import { api, idPath } from '../../api/client';
import { useApi } from '../../api/use-api';
import { Link, personHref } from '../../app/router';
import { FORM_LABEL } from '../../ui/format';
import { ErrorBanner, Loading } from '../../ui/states';

interface GoalMove {
  key: string;
  kind: string;
  people: string[];
  form: string;
  minutes: number;
  reason: string;
}

interface GoalMovesAnswer {
  moves: GoalMove[];
  names: { people: Record<string, string> };
}

export function GoalMoves({ goalId, version }: { goalId: string; version: string }) {
  const answer = useApi(
    () => api.get<GoalMovesAnswer>(`/goals/${idPath(goalId)}/moves`),
    `goal-moves:${goalId}:${version}`,
  );
  const moves = answer.data?.moves ?? [];
  return (
    <section className="stack" aria-labelledby={`moves-${goalId}`}>
      <h3 id={`moves-${goalId}`}>Suggested moves</h3>
      {answer.error && <ErrorBanner error={answer.error} onRetry={answer.reload} />}
      {answer.loading && !answer.data && <Loading what="Finding moves" />}
      {answer.data && moves.length === 0 && (
        <p className="muted">No move to suggest: add stakeholders, or record who knows them.</p>
      )}
      {moves.length > 0 && (
        <ol className="goal-moves" aria-label="Suggested moves">
          {moves.map((m) => (
            <li key={m.key}>
              <span className={`badge ${m.form}`}>{FORM_LABEL[m.form] ?? m.form}</span>{' '}
              <strong>{m.kind}</strong>{' '}
              {m.people.map((id, i) => (
                <span key={id}>
                  {i > 0 && ' & '}
                  <Link href={personHref(id)}>{answer.data?.names.people[id] ?? 'someone'}</Link>
                </span>
              ))}
              <span className="muted small"> · {m.minutes} min</span>
              <div>{m.reason}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
