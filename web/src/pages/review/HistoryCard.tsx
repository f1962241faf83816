import { fmtDate } from '../../ui/format';
import type { HistoryReview } from './review-types';

const FORMS = ['operational', 'personal', 'strategic'] as const;

/** Names in a sentence: "A, B and C", at most `max` then "and n more". */
function listOf(ids: readonly string[], names: Readonly<Record<string, string>>, max = 6): string {
  const shown = ids.slice(0, max).map((id) => names[id] ?? id);
  const more = ids.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
}

/**
 * The review from logged interactions alone: the last 90 days against the 90 before, which needs
 * no snapshot, so a leader sees a review from the first day.
 */
export function HistoryCard({
  history,
  names,
  question,
}: {
  history: HistoryReview;
  names: Readonly<Record<string, string>>;
  question: string | undefined;
}) {
  const { period: now, before, activityRatio } = history;
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">
        From what you logged: {fmtDate(now.from)} to {fmtDate(now.to)}
      </h2>
      <p>
        {now.interactions} interactions, {now.minutes} minutes, with {now.people} people; in the same length
        of time before: {before.interactions} interactions, {before.minutes} minutes, with {before.people}{' '}
        people.
      </p>
      {activityRatio !== null && activityRatio <= 0.5 && (
        <p className="banner banner-warn">
          Your networking fell to {Math.round(activityRatio * 100)} % of the period before.
        </p>
      )}
      {activityRatio !== null && activityRatio >= 1.5 && (
        <p className="banner banner-ok">
          Your networking rose to {Math.round(activityRatio * 100)} % of the period before.
        </p>
      )}
      <table className="rv-history">
        <caption className="muted small">Your time per form</caption>
        <thead>
          <tr>
            <th scope="col">form</th>
            <th scope="col">this period</th>
            <th scope="col">period before</th>
          </tr>
        </thead>
        <tbody>
          {FORMS.map((f) => (
            <tr key={f}>
              <th scope="row">{f}</th>
              <td>{now.percentByForm[f] ?? 0} %</td>
              <td>{before.percentByForm[f] ?? 0} %</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="rv-history-ties">
        <li>New relationships: {history.newTies.length ? listOf(history.newTies, names) : 'none'}.</li>
        <li>Gone quiet: {history.lostTies.length ? listOf(history.lostTies, names) : 'none'}.</li>
        <li>
          Weaker than before:{' '}
          {history.weakerTies.length
            ? listOf(
                history.weakerTies.map((w) => w.person),
                names,
              )
            : 'none'}
          .
        </li>
      </ul>
      {question && (
        <p className="rv-reflection">
          <strong>A question to think about:</strong> {question}
        </p>
      )}
    </section>
  );
}
