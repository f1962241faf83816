import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { FORM_COLOR } from '../../ui/format';
import { ErrorBanner, Loading } from '../../ui/states';
import type { Assessment } from '../overview/assess-types';
import { TrendChart } from './TrendChart';
import { type TrendRow, trendRow } from './trends';

const C = {
  operational: FORM_COLOR.operational ?? '#1d4ed8',
  personal: FORM_COLOR.personal ?? '#047857',
  strategic: FORM_COLOR.strategic ?? '#b45309',
  grey: '#4b5563',
  red: '#b91c1c',
};

async function loadRows(dates: readonly string[]): Promise<TrendRow[]> {
  // One at a time: a dozen assessments in parallel would only queue on the server anyway.
  const rows: TrendRow[] = [];
  for (const date of dates) rows.push(trendRow(date, await api.get<Assessment>('/assess', { asOf: date })));
  return rows;
}

export function Trends({ dates, version }: { dates: readonly string[]; version: string }) {
  const trend = useApi(() => loadRows(dates), `trend:${dates.join(',')}:${version}`);
  if (trend.error) return <ErrorBanner error={trend.error} onRetry={trend.reload} />;
  if (!trend.data) return <Loading what="Measuring your network at each snapshot" />;
  const rows = trend.data;
  return (
    <div className="grid grid-2">
      <TrendChart
        title="Time per form"
        description="Minutes of networking in the 90 days before each date, by the form it served."
        kind="line"
        rows={rows}
        series={[
          { key: 'operationalMinutes', label: 'Operational', color: C.operational },
          { key: 'personalMinutes', label: 'Personal', color: C.personal },
          { key: 'strategicMinutes', label: 'Strategic', color: C.strategic },
        ]}
      />
      <TrendChart
        title="New and dormant ties"
        description="Relationships begun in the last 180 days, and relationships with no contact within their cadence."
        kind="bar"
        rows={rows}
        series={[
          { key: 'newTies', label: 'New', color: C.personal },
          { key: 'dormantTies', label: 'Dormant', color: C.grey },
        ]}
      />
      <TrendChart
        title="Reciprocity"
        description="Help you gave and received, and exchanges that went both ways."
        kind="line"
        rows={rows}
        series={[
          { key: 'gave', label: 'Gave', color: C.operational },
          { key: 'received', label: 'Received', color: C.strategic },
          { key: 'mutual', label: 'Mutual', color: C.personal },
        ]}
      />
      <TrendChart
        title="Strength of each form"
        description="Operational depth, personal breadth and strategic leverage (0 to 1)."
        kind="line"
        digits={2}
        rows={rows}
        series={[
          { key: 'depth', label: 'Depth (operational)', color: C.operational },
          { key: 'breadth', label: 'Breadth (personal)', color: C.personal },
          { key: 'leverage', label: 'Leverage (strategic)', color: C.strategic },
        ]}
      />
      <TrendChart
        title="Constraint and efficiency"
        description="Burt's constraint (lower spans more structural holes) and efficiency (higher is less redundant)."
        kind="line"
        digits={2}
        rows={rows}
        series={[
          { key: 'constraint', label: 'Constraint', color: C.red },
          { key: 'efficiency', label: 'Efficiency', color: C.operational },
        ]}
      />
    </div>
  );
}
