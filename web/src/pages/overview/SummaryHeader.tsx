import { useStatus } from '../../app/status';
import { fmtDate, fmtNumber } from '../../ui/format';

const SHOWN = [
  ['people', 'people'],
  ['relationships', 'relationships'],
  ['interactions', 'interactions'],
  ['organizations', 'organisations'],
  ['goals', 'goals'],
] as const;

/** The size of the network the analysis ran on, so a surprising finding can be put in proportion. */
export function SummaryHeader({ asOf }: { asOf: string }) {
  const counts = useStatus().data?.counts;
  return (
    <p className="ov-summary row">
      {counts &&
        SHOWN.map(([key, label]) => (
          <span key={key} className="ov-count">
            <strong>{fmtNumber(counts[key])}</strong> {label}
          </span>
        ))}
      <span className="muted small">as of {fmtDate(asOf)}</span>
    </p>
  );
}
