import type { MouseEvent } from 'react';
import type { CoachAction } from '../../api/types';
import { goalHref, Link, personHref } from '../../app/router';
import { FORM_LABEL, fmtDate } from '../../ui/format';
import type { Handled, HandledState } from './week-model';
import { STATE_LABEL } from './week-model';

/** The ways to handle an action, in the order the buttons show them. */
const HANDLES: ReadonlyArray<readonly [HandledState, string]> = [
  ['done', 'Done'],
  ['snoozed', 'Snooze'],
  ['dismissed', 'Dismiss'],
];

export interface Names {
  people: ReadonlyMap<string, string>;
  goals: ReadonlyMap<string, string>;
}

/**
 * The handled action leaves the list, taking the focused button with it: hand the focus to the
 * next action (or the previous one, or the list's section) so keyboard users keep their place.
 */
function keepFocus(e: MouseEvent<HTMLButtonElement>) {
  const li = e.currentTarget.closest('li');
  const target = li?.nextElementSibling ?? li?.previousElementSibling;
  const section = li?.closest('section');
  requestAnimationFrame(() => {
    const button = target?.querySelector<HTMLButtonElement>('button:not(:disabled)');
    if (button) button.focus();
    else section?.querySelector<HTMLElement>('h2')?.focus();
  });
}

/** The reason ends with the finding code in brackets: shown apart, as a reference. */
function splitReason(reason: string): { text: string; code?: string } {
  const m = /\s*\[([a-z0-9.-]+)\]\.?$/i.exec(reason);
  return m?.[1] ? { text: reason.slice(0, m.index), code: m[1] } : { text: reason };
}

export function ActionItem({
  action,
  names,
  handled,
  busy,
  onHandle,
}: {
  action: CoachAction;
  names: Names;
  handled?: Handled;
  busy?: boolean;
  onHandle?: (action: CoachAction, state: HandledState) => void;
}) {
  const people = action.people ?? [];
  const { text, code } = splitReason(action.reason ?? '');
  return (
    <li className="card wk-action">
      <div className="row">
        {action.form && (
          <span className={`badge ${action.form}`}>{FORM_LABEL[action.form] ?? action.form}</span>
        )}
        <strong className="wk-kind">{action.kind}</strong>
        {people.map((id, i) => (
          <span key={id}>
            {i > 0 && <span className="muted">{' & '}</span>}
            <Link href={personHref(id)}>{names.people.get(id) ?? id}</Link>
          </span>
        ))}
        {action.goal && (
          <span className="small">
            for <Link href={goalHref(action.goal)}>{names.goals.get(action.goal) ?? action.goal}</Link>
          </span>
        )}
        <span className="wk-minutes num">{action.minutes ?? '–'} min</span>
      </div>
      {typeof action.headline === 'string' && <p className="wk-headline">{action.headline}</p>}
      <p className="wk-reason">
        {text}
        {code && (
          <>
            {' '}
            <code className="muted small">{code}</code>
          </>
        )}
      </p>
      {handled ? (
        <p className="small muted">
          {STATE_LABEL[handled.state]}
          {handled.until ? ` until ${fmtDate(handled.until)}` : ''}
        </p>
      ) : (
        onHandle && (
          <div className="row wk-buttons">
            {HANDLES.map(([state, label]) => (
              <button
                key={state}
                type="button"
                className={state === 'done' ? 'primary' : undefined}
                disabled={busy}
                onClick={(e) => {
                  keepFocus(e);
                  onHandle(action, state);
                }}
              >
                {label}
              </button>
            ))}
          </div>
        )
      )}
    </li>
  );
}
