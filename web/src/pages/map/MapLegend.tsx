// What the colours and rings mean. Colour swatches are set through React style props (CSSOM), which
// the CSP allows.
import { FORM_COLOR, FORM_LABEL, FORMS, fmtCluster } from '../../ui/format';
import { CLUSTER_COLORS, type ColorMode, OWNER_COLOR } from './map-graph';

function Swatch({ color, hollow = false }: { color: string; hollow?: boolean }) {
  return (
    <span
      className={hollow ? 'map-swatch hollow' : 'map-swatch'}
      style={hollow ? { borderColor: color } : { background: color, borderColor: color }}
      aria-hidden="true"
    />
  );
}

export function MapLegend({
  mode,
  clusters,
  names,
}: {
  mode: ColorMode;
  clusters: readonly [number, number][];
  names: readonly string[];
}) {
  return (
    <section className="map-legend" aria-label="Legend">
      <h2 className="small">Legend</h2>
      <ul>
        <li>
          <Swatch color={OWNER_COLOR} /> You
        </li>
        {mode === 'form' ? (
          <>
            {FORMS.map((f) => (
              <li key={f}>
                <Swatch color={FORM_COLOR[f]!} /> {FORM_LABEL[f]}
              </li>
            ))}
            <li>
              <Swatch color={FORM_COLOR.none!} /> No direct relationship
            </li>
          </>
        ) : (
          clusters.map(([c, count]) => (
            <li key={c}>
              <Swatch color={c < 0 ? FORM_COLOR.none! : CLUSTER_COLORS[c % CLUSTER_COLORS.length]!} />{' '}
              {fmtCluster(c, names)} <span className="muted">({count.toLocaleString('en')})</span>
            </li>
          ))
        )}
        <li>
          <Swatch color="#4b5563" /> Inside your organisation (filled)
        </li>
        <li>
          <Swatch color="#4b5563" hollow /> Outside (ring)
        </li>
      </ul>
    </section>
  );
}
