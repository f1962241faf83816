import type { CoachAction } from '../../api/types';
import { ActionItem, type Names } from './ActionItem';
import type { HandledState } from './week-model';

export function ActionList({
  label,
  actions,
  names,
  busy,
  onHandle,
  ordered,
}: {
  label: string;
  actions: readonly CoachAction[];
  names: Names;
  busy: ReadonlySet<string>;
  onHandle: (action: CoachAction, state: HandledState) => void;
  ordered?: boolean;
}) {
  const items = actions.map((a) => (
    <ActionItem key={a.key} action={a} names={names} busy={busy.has(a.key)} onHandle={onHandle} />
  ));
  return ordered ? (
    <ol aria-label={label} className="wk-list">
      {items}
    </ol>
  ) : (
    <ul aria-label={label} className="wk-list">
      {items}
    </ul>
  );
}
