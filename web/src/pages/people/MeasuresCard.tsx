import { fmtCluster, fmtNumber, fmtPercent, fmtStrength } from '../../ui/format';
import type { AssessPerson } from './types';

/** Each measure with what it says about this person (docs/measures.md). */
const MEASURES: {
  key: keyof AssessPerson;
  label: string;
  meaning: string;
  show?: (v: number) => string;
}[] = [
  {
    key: 'statedStrength',
    label: 'Tie strength',
    meaning: 'As you rated it; the analysis weakens it when you have not been in touch lately.',
    show: fmtStrength,
  },
  {
    key: 'constraint',
    label: 'Constraint',
    meaning:
      'How much their contacts know each other; high means a closed circle with little new information.',
  },
  {
    key: 'effectiveSize',
    label: 'Effective size',
    meaning: 'Their number of non-redundant contacts: how many separate circles they reach.',
  },
  {
    key: 'efficiency',
    label: 'Efficiency',
    meaning: 'Effective size per contact; near 1 means almost every contact opens a different circle.',
    show: fmtPercent,
  },
  {
    key: 'hierarchy',
    label: 'Hierarchy',
    meaning: 'Whether their constraint comes from one dominant contact (near 1) or is spread out (near 0).',
  },
  {
    key: 'betweenness',
    label: 'Betweenness',
    meaning: 'How often they sit on the shortest route between two others: a broker or gatekeeper.',
  },
  { key: 'degree', label: 'Degree', meaning: 'How many people in your network they are tied to.' },
  {
    key: 'distance',
    label: 'Distance from you',
    meaning: 'Steps from you: 1 is a direct contact, 2 a friend of a friend.',
  },
  {
    key: 'cluster',
    label: 'Cluster',
    meaning: 'The densely knit group they belong to, named after what most of its members share.',
  },
  {
    key: 'influence',
    label: 'Influence',
    meaning: 'Their highest influence over one of your goals (1 to 5), when they are a stakeholder.',
  },
];

export function MeasuresCard({
  entry,
  clusters,
}: {
  entry: AssessPerson | undefined;
  clusters: readonly string[];
}) {
  return (
    <section className="card stack" aria-labelledby="measures-title">
      <h2 id="measures-title">Position in your network</h2>
      {!entry ? (
        <p className="muted">Not measured yet.</p>
      ) : (
        <>
          {entry.bridge && <p className="badge info">Bridge: links your organisation with the outside</p>}
          <ul className="person-measures">
            {MEASURES.map((m) => {
              const v = entry[m.key];
              if (typeof v !== 'number') return null;
              return (
                <li key={m.key}>
                  <div className="row">
                    <strong>{m.label}</strong>
                    <span className="num">
                      {m.key === 'cluster' ? fmtCluster(v, clusters) : m.show ? m.show(v) : fmtNumber(v)}
                    </span>
                  </div>
                  <div className="small muted">{m.meaning}</div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
