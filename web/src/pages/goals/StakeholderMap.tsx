import { INFLUENCES, STANCE_LABEL, STANCES, TIE_BANDS, TIE_COLOR, TIE_LABEL, tieBand } from './stances';
import type { StakeholderView } from './use-stakeholders';

const W = 760;
const H = 420;
const M = { left: 64, right: 8, top: 12, bottom: 52 };
const COL = (W - M.left - M.right) / STANCES.length;
const ROW = (H - M.top - M.bottom) / INFLUENCES.length;
const LABEL_CHARS = 15;

const short = (name: string) => (name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name);

/**
 * Influence (up) against stance (left to right), one dot per stakeholder coloured by the owner's
 * tie to them. A picture for sighted users; the table below carries the same facts for everyone.
 */
export function StakeholderMap({ rows }: { rows: StakeholderView[] }) {
  const cells = new Map<string, StakeholderView[]>();
  for (const r of rows) {
    const k = `${r.stance}|${r.influence}`;
    cells.set(k, [...(cells.get(k) ?? []), r]);
  }
  const summary = `Stakeholder map: ${rows.map((r) => `${r.name}, ${r.stance}, influence ${r.influence}`).join('; ')}`;
  return (
    <figure className="stake-map">
      <div className="stake-map-scroll">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
          {/* The corners that matter: powerful opponents to win over, powerful allies to keep close. */}
          <rect className="zone-risk" x={M.left} y={M.top} width={COL * 2} height={ROW * 2} />
          <rect className="zone-ally" x={M.left + COL * 4} y={M.top} width={COL * 2} height={ROW * 2} />
          <text className="zone-label" x={M.left + 6} y={M.top + ROW * 2 - 6}>
            win over
          </text>
          <text className="zone-label" x={M.left + COL * 6 - 6} y={M.top + ROW * 2 - 6} textAnchor="end">
            keep close
          </text>
          {INFLUENCES.map((inf, i) => (
            <g key={inf}>
              <line
                className="grid-line"
                x1={M.left}
                x2={W - M.right}
                y1={M.top + ROW * (i + 1)}
                y2={M.top + ROW * (i + 1)}
              />
              <text className="axis-tick" x={M.left - 10} y={M.top + ROW * i + ROW / 2 + 4} textAnchor="end">
                {inf}
              </text>
            </g>
          ))}
          {STANCES.map((s, i) => (
            <g key={s}>
              <line
                className="grid-line"
                x1={M.left + COL * i}
                x2={M.left + COL * i}
                y1={M.top}
                y2={H - M.bottom}
              />
              <text
                className="axis-tick"
                x={M.left + COL * i + COL / 2}
                y={H - M.bottom + 18}
                textAnchor="middle"
              >
                {STANCE_LABEL[s]}
              </text>
            </g>
          ))}
          <line className="axis-line" x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
          <line className="axis-line" x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} />
          <text className="axis-title" x={M.left + (W - M.left - M.right) / 2} y={H - 8} textAnchor="middle">
            Stance towards the goal
          </text>
          <text
            className="axis-title"
            transform={`translate(16 ${M.top + (H - M.top - M.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            Influence
          </text>
          {[...cells.values()].flatMap((group) =>
            group.map((r, i) => {
              const col = STANCES.indexOf(r.stance);
              const row = INFLUENCES.indexOf(r.influence as (typeof INFLUENCES)[number]);
              const step = Math.min(16, (ROW - 8) / group.length);
              const cy = M.top + ROW * row + ROW / 2 + (i - (group.length - 1) / 2) * step;
              const cx = M.left + COL * col + 14;
              const band = tieBand(r.tie);
              return (
                <g key={r.person} className={`dot tie-${band}`}>
                  <title>
                    {`${r.name}: ${r.stance}, influence ${r.influence}; ${
                      r.tie ? `your tie: ${TIE_LABEL[band]}` : 'no direct tie'
                    }`}
                  </title>
                  <circle cx={cx} cy={cy} r={6} fill={TIE_COLOR[band]} />
                  <text x={cx + 10} y={cy + 4} className="dot-label">
                    {short(r.name)}
                  </text>
                </g>
              );
            }),
          )}
        </svg>
      </div>
      <figcaption className="small muted row">
        <span>Dot colour: your tie to them</span>
        {TIE_BANDS.map((b) => (
          <span key={b} className="legend-item">
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" className={`dot tie-${b}`}>
              <circle cx="7" cy="7" r="5" fill={TIE_COLOR[b]} />
            </svg>
            {TIE_LABEL[b]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
