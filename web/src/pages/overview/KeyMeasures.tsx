import type { Assessment } from './assess-types';
import { keyMeasures } from './measures';

export function KeyMeasures({ assessment }: { assessment: Assessment }) {
  return (
    <section className="card" aria-labelledby="measures-title">
      <h2 id="measures-title">Key measures</h2>
      <dl className="ov-measures">
        {keyMeasures(assessment).map((m) => (
          <div key={m.id} className="ov-measure">
            <dt>
              {m.label} <span className="muted small">({m.source})</span>
            </dt>
            <dd>
              <strong className="num">{m.value}</strong>
              {m.detail && <span className="small ov-meaning">{m.detail}</span>}
              <span className="muted small ov-meaning">{m.meaning}</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
