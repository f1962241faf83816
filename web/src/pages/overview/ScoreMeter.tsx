import { fmtPercent } from '../../ui/format';

/** A 0..1 score as a bar with its value and meaning; the bar is decoration, the text carries it. */
export function ScoreMeter({
  label,
  value,
  meaning,
  color,
  emphasis,
}: {
  label: string;
  value: number | null | undefined;
  meaning: string;
  color: string;
  emphasis?: boolean;
}) {
  const v =
    value === null || value === undefined || !Number.isFinite(value) ? 0 : Math.max(0, Math.min(1, value));
  return (
    <div className={emphasis ? 'ov-score ov-score-key' : 'ov-score'}>
      <div className="ov-score-head">
        <span>
          {label}
          {emphasis && <span className="muted small"> (what makes this form strong)</span>}
        </span>
        <strong className="num">{fmtPercent(value)}</strong>
      </div>
      <div className="meter" aria-hidden="true">
        <span style={{ width: `${v * 100}%`, background: color }} />
      </div>
      <p className="muted small ov-meaning">{meaning}</p>
    </div>
  );
}
