// The selected person: who they are, their key measures, and the strongest path from you to them.
import type { ApiError } from '../../api/client';
import type { MapNode } from '../../api/types';
import { Link, personHref } from '../../app/router';
import { FORM_LABEL, fmtCluster, fmtNumber, fmtRoute, fmtStrength } from '../../ui/format';
import { ErrorBanner } from '../../ui/states';
import { isDormant, OWNER } from './map-graph';

export interface PathState {
  to: string;
  loading: boolean;
  error?: ApiError;
  people?: string[];
  strength?: number;
}

interface Props {
  node: MapNode;
  organization: string | null;
  path: PathState | null;
  nameOf: (id: string) => string;
  clusters: readonly string[];
  onShowPath: () => void;
  onClose: () => void;
}

function Measure({ term, value }: { term: string; value: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

export function PersonCard({ node, organization, path, nameOf, clusters, onShowPath, onClose }: Props) {
  const m = node.measures;
  const isOwner = node.id === OWNER;
  const since = m['cadence.daysSinceContact'];
  const mine = path && path.to === node.id ? path : null;
  return (
    <section className="card map-person" aria-label="Selected person">
      <div className="row map-person-head">
        <h2>{node.name}</h2>
        <button type="button" className="map-close" onClick={onClose} aria-label="Close selected person">
          ×
        </button>
      </div>
      <p className="muted">
        {organization ?? 'No organisation'}
        {node.unit ? ` · ${node.unit}` : ''}
        {node.sector ? ` · ${node.sector}` : ''}
        {node.internal ? ' · inside your organisation' : ' · outside your organisation'}
      </p>
      <dl className="map-measures">
        <Measure
          term="Form"
          value={
            isOwner ? 'You' : node.form ? (FORM_LABEL[node.form] ?? node.form) : 'No direct relationship'
          }
        />
        <Measure term="Degree" value={fmtNumber(m.degree)} />
        <Measure term="Betweenness" value={fmtNumber(m.betweenness, 3)} />
        <Measure term="Constraint" value={fmtNumber(m.constraint, 2)} />
        <Measure term="Effective size" value={fmtNumber(m.effectiveSize, 1)} />
        {typeof m.statedStrength === 'number' && (
          <Measure term="Tie strength" value={fmtStrength(m.statedStrength)} />
        )}
        {typeof m.cluster === 'number' && <Measure term="Cluster" value={fmtCluster(m.cluster, clusters)} />}
        {typeof since === 'number' && (
          <Measure
            term="Last contact"
            value={`${fmtNumber(since)} days ago${isDormant(node) ? ' (dormant)' : ''}`}
          />
        )}
      </dl>
      <div className="row">
        <Link href={personHref(node.id)}>Open person page</Link>
        {!isOwner && (
          <button type="button" className="button" onClick={onShowPath} disabled={mine?.loading}>
            Show strongest path
          </button>
        )}
      </div>
      {mine?.loading && (
        <p className="muted" role="status">
          Finding the strongest path…
        </p>
      )}
      {mine?.error && <ErrorBanner error={mine.error} />}
      {mine?.people && (
        <div className="map-path">
          <h3 className="small">
            Strongest path
            {typeof mine.strength === 'number' ? `: ${fmtRoute(mine.strength)}` : ''}
          </h3>
          <ol aria-label="Path">
            {mine.people.map((id) => (
              <li key={id}>{id === OWNER ? `${nameOf(id)} (you)` : nameOf(id)}</li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
