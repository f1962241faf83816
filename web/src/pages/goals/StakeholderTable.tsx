import { Link, personHref } from '../../app/router';
import { fmtRoute, fmtStrength } from '../../ui/format';
import { INFLUENCES, STANCE_LABEL, STANCES, type Stance, tieBand } from './stances';
import type { StakeholderView } from './use-stakeholders';

export interface StakeholderEdit {
  stance?: Stance;
  influence?: number;
}

/** The map as a table (the accessible version), with the stance and influence editable in place. */
export function StakeholderTable({
  rows,
  owner,
  busy,
  onEdit,
  onRemove,
}: {
  rows: StakeholderView[];
  owner: string;
  busy: boolean;
  onEdit: (person: string, edit: StakeholderEdit) => void;
  onRemove: (person: string) => void;
}) {
  return (
    <div className="table-wrap">
      <table className="stake-table">
        <caption className="muted small">Stakeholders, most influential first</caption>
        <thead>
          <tr>
            <th scope="col">Stakeholder</th>
            <th scope="col">Stance</th>
            <th scope="col">Influence</th>
            <th scope="col">Your tie</th>
            <th scope="col">Strongest path</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...rows]
            .sort((a, b) => b.influence - a.influence || a.name.localeCompare(b.name))
            .map((r) => (
              <tr key={r.person}>
                <th scope="row">
                  <Link href={personHref(r.person)}>{r.name}</Link>
                </th>
                <td>
                  <select
                    aria-label={`Stance of ${r.name}`}
                    value={r.stance}
                    disabled={busy}
                    onChange={(e) => onEdit(r.person, { stance: e.currentTarget.value as Stance })}
                  >
                    {STANCES.map((s) => (
                      <option key={s} value={s}>
                        {STANCE_LABEL[s]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`Influence of ${r.name}`}
                    value={r.influence}
                    disabled={busy}
                    onChange={(e) => onEdit(r.person, { influence: Number(e.currentTarget.value) })}
                  >
                    {INFLUENCES.map((i) => (
                      <option key={i} value={i}>
                        {i}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <Tie row={r} />
                </td>
                <td>
                  <Chain row={r} owner={owner} />
                </td>
                <td>
                  <button
                    type="button"
                    className="link"
                    disabled={busy}
                    aria-label={`Remove ${r.name} from this goal`}
                    onClick={() => onRemove(r.person)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}

function Tie({ row }: { row: StakeholderView }) {
  if (!row.tie) return <span className="muted">no direct tie</span>;
  const band = tieBand(row.tie);
  return (
    <span>
      <span className={`tie tie-${band}`}>{fmtStrength(row.tie.stated)}</span>
      {row.tie.roles.length > 0 && (
        <span className="muted small chain-strength">{row.tie.roles.join(', ')}</span>
      )}
    </span>
  );
}

/** The strongest chain as names in order, you first; "direct" when the tie itself is the best route. */
function Chain({ row, owner }: { row: StakeholderView; owner: string }) {
  if (!row.path) return <span className="muted">no known chain</span>;
  if (row.path.names.length <= 1) return <span>direct ({fmtRoute(row.path.strength)})</span>;
  return (
    <span>
      <ol className="chain" aria-label={`Path to ${row.name}`}>
        <li>{owner}</li>
        {row.path.names.map((n, i) => (
          // Names can repeat in principle (two people, one name); the position keeps keys unique.
          // biome-ignore lint/suspicious/noArrayIndexKey: the order of a path is its identity.
          <li key={`${i}-${n}`}>{n}</li>
        ))}
      </ol>
      <span className="muted small chain-strength">
        {fmtRoute(row.path.strength)}
        {/* The path is the strongest route, so when it is not the direct tie it beats it. */}
        {row.tie ? ', stronger than your direct tie' : ''}
      </span>
    </span>
  );
}
