import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { fmtDate, fmtNumber } from '../../ui/format';
import type { TrendRow } from './trends';

export interface Series {
  key: string;
  label: string;
  color: string;
}

const shortDate = (iso: unknown) =>
  typeof iso === 'string' ? fmtDate(iso).replace(/ \d{4}$/, '') : String(iso);

/** The last point may be the network today rather than a snapshot: say so wherever a date shows. */
const pointLabel = (rows: readonly TrendRow[], date: string) =>
  rows.find((r) => r.date === date)?.point === 'now' ? `${fmtDate(date)} (now)` : fmtDate(date);

/**
 * One trend as a chart (SVG, titled for assistive technology) with the same numbers in a table
 * underneath, since a chart alone cannot be read by everyone.
 */
export function TrendChart({
  title,
  description,
  kind,
  rows,
  series,
  digits = 0,
  domain,
}: {
  title: string;
  description: string;
  kind: 'line' | 'bar';
  rows: readonly TrendRow[];
  series: readonly Series[];
  digits?: number;
  /** A fixed value axis for measures with a known scale, so small moves are not magnified. */
  domain?: [number, number];
}) {
  const id = useId();
  const fmt = (v: unknown) => (typeof v === 'number' ? fmtNumber(v, digits) : '–');
  const axes = [
    <CartesianGrid key="grid" strokeDasharray="3 3" stroke="#e5e7eb" />,
    <XAxis
      key="x"
      dataKey="date"
      tickFormatter={(d: unknown) =>
        rows.at(-1)?.point === 'now' && d === rows.at(-1)?.date ? 'now' : shortDate(d)
      }
      tick={{ fontSize: 12 }}
    />,
    <YAxis
      key="y"
      width={48}
      domain={domain ?? [0, 'auto']}
      allowDecimals={digits > 0}
      tick={{ fontSize: 12 }}
      tickFormatter={(v: number) => fmtNumber(v, digits)}
    />,
    <Tooltip key="tip" labelFormatter={(l) => pointLabel(rows, String(l))} formatter={(v) => fmt(v)} />,
    <Legend key="legend" />,
  ];
  const data = [...rows];
  return (
    <figure className="card rv-chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="muted small">{description}</p>
      </figcaption>
      <div className="rv-plot">
        <ResponsiveContainer width="100%" height={220}>
          {kind === 'line' ? (
            <LineChart data={data} title={title} desc={description}>
              {axes}
              {series.map((s) => (
                <Line
                  key={s.key}
                  type="monotone"
                  dataKey={s.key}
                  name={s.label}
                  stroke={s.color}
                  strokeWidth={2}
                  dot={{ r: 3 }}
                  isAnimationActive={false}
                  connectNulls
                />
              ))}
            </LineChart>
          ) : (
            <BarChart data={data} title={title} desc={description}>
              {axes}
              {series.map((s) => (
                <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />
              ))}
            </BarChart>
          )}
        </ResponsiveContainer>
      </div>
      <details>
        <summary className="small">Data table</summary>
        <div className="table-wrap">
          <table>
            <caption className="rv-sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="num">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.date}>
                  <th scope="row">{pointLabel(rows, r.date)}</th>
                  {series.map((s) => (
                    <td key={s.key} className="num">
                      {fmt(r[s.key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
