import { FORM_COLOR } from '../../ui/format';
import { TrendChart } from './TrendChart';
import type { TrendRow } from './trends';

const C = {
  operational: FORM_COLOR.operational ?? '#1d4ed8',
  personal: FORM_COLOR.personal ?? '#047857',
  strategic: FORM_COLOR.strategic ?? '#b45309',
  grey: '#4b5563',
  red: '#b91c1c',
};

/** The trend charts, each read from what the snapshots recorded (see trends.ts). */
export function Trends({ rows }: { rows: readonly TrendRow[] }) {
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
        title="Relationships per form"
        description="Relationships serving each form (one can serve several), all of them, and those you trust highly (4+) that gave little support (1 or less) lately."
        kind="bar"
        rows={rows}
        series={[
          { key: 'operationalRelationships', label: 'Operational', color: C.operational },
          { key: 'personalRelationships', label: 'Personal', color: C.personal },
          { key: 'strategicRelationships', label: 'Strategic', color: C.strategic },
          { key: 'ties', label: 'All', color: C.grey },
          { key: 'trustedWithoutSupport', label: 'Trust without support', color: C.red },
        ]}
      />
      <TrendChart
        title="New and dormant ties"
        description="Relationships that were new since the snapshot before, and those gone quiet (no contact within their cadence) at each date."
        kind="bar"
        rows={rows}
        series={[
          { key: 'newTies', label: 'New', color: C.personal },
          { key: 'dormantTies', label: 'Dormant', color: C.red },
        ]}
      />
      <TrendChart
        title="Strength of each form"
        description="Operational depth, personal breadth and strategic leverage (0 to 1)."
        kind="line"
        digits={2}
        domain={[0, 1]}
        rows={rows}
        series={[
          { key: 'depth', label: 'Depth (operational)', color: C.operational },
          { key: 'breadth', label: 'Breadth (personal)', color: C.personal },
          { key: 'leverage', label: 'Leverage (strategic)', color: C.strategic },
        ]}
      />
      <TrendChart
        title="Stated strength of your ties"
        description="The mean strength you gave your relationships, from 0 (none) to 5 (strongest)."
        kind="line"
        digits={2}
        domain={[0, 5]}
        rows={rows}
        series={[{ key: 'meanStrength', label: 'Mean strength', color: C.operational }]}
      />
      <TrendChart
        title="Reciprocity"
        description="Help you gave and received, and exchanges that went both ways, recorded up to each date."
        kind="line"
        rows={rows}
        series={[
          { key: 'gave', label: 'Gave', color: C.operational },
          { key: 'received', label: 'Received', color: C.strategic },
          { key: 'mutual', label: 'Mutual', color: C.personal },
        ]}
      />
      <TrendChart
        title="Commitments"
        description="The commitments you set yourself, and how many of them you were keeping at each date."
        kind="bar"
        rows={rows}
        series={[
          { key: 'commitmentsKept', label: 'Kept', color: C.personal },
          { key: 'commitmentsTotal', label: 'All', color: C.grey },
        ]}
      />
    </div>
  );
}
