// The network map: sigma draws the network (owner at the centre, positions from the server);
// React renders only the controls and the selected person, never one element per node. Above a
// few hundred people the page asks the server for you and your contacts only (a few hundred
// people instead of megabytes), and loads the whole network when "Whole network" is chosen.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, api } from '../../api/client';
import { takeEgoMap } from '../../api/map-prefetch';
import type {
  Page as ListPage,
  MapNode,
  NetworkMap,
  Organization,
  PathResult,
  Person,
} from '../../api/types';
import { useApi } from '../../api/use-api';
import { setParam } from '../../app/router';
import type { PageProps } from '../../app/routes';
import { useStatus } from '../../app/status';
import { EmptyState, ErrorBanner, Loading, Page } from '../../ui/states';
import { MapCanvas } from './MapCanvas';
import { MapFilters } from './MapFilters';
import { MapLegend } from './MapLegend';
import { MapSearch, type SearchEntry } from './MapSearch';
import { distinct, hiddenItems, type MapFilter, NO_FILTER } from './map-filter';
import {
  applyColors,
  applySizes,
  buildGraph,
  type ColorMode,
  EGO_FROM,
  type MapGraph,
  type MapScope,
  OWNER,
  type SizeMeasure,
  SPARSE_TIES,
} from './map-graph';
import { type PathState, PersonCard } from './PersonCard';
import { tieIndex } from './tie-index';
import './map.css';

/** Everyone when the network is known to be small; otherwise the ego view, then everyone if small after all. */
async function firstMap(asOf: string | null, people: number | undefined, version: string | undefined) {
  if (people !== undefined && people <= EGO_FROM) return api.get<NetworkMap>('/network', { asOf });
  const ego =
    (await takeEgoMap(asOf, version)) ?? (await api.get<NetworkMap>('/network', { asOf, view: 'ego' }));
  return (ego.view?.people ?? 0) > EGO_FROM ? ego : api.get<NetworkMap>('/network', { asOf });
}

/** Organisation names for the card only: the map draws without them, and still works if they fail. */
async function organizationNames(): Promise<Map<string, string>> {
  const orgs = await api.get<ListPage<Organization>>('/organizations', { limit: 1000 }).catch(() => null);
  return new Map((orgs?.items ?? []).map((o) => [o.id, o.name]));
}

const NO_NAMES = new Map<string, string>();

/** Said in plain words when a large map does not draw every tie. */
const TIES_NOTE = (total: number) =>
  `Not every tie is drawn (${total.toLocaleString('en')} in all): you see your own ties, and the ties of the person you pick or point at and of a path you ask for.`;

export function MapPage({ location }: PageProps) {
  const asOf = location.params.get('asOf');
  const status = useStatus();
  const { data, error, loading, reload } = useApi(
    () => firstMap(asOf, status.data?.counts.people, status.data?.dataVersion),
    `${asOf ?? ''}|${status.data?.dataVersion ?? ''}`,
  );
  const organizations = useApi(organizationNames, status.data?.dataVersion ?? '');
  return (
    <Page title="Network map">
      {error && <ErrorBanner error={error} onRetry={reload} />}
      {loading && !data && <Loading what="Loading the map" />}
      {data &&
        (data.nodes.length <= 1 ? (
          <EmptyState title="No one on the map yet">
            <p>Import contacts or add people to see your network.</p>
          </EmptyState>
        ) : (
          <NetworkView
            first={data}
            asOf={asOf}
            organizations={organizations.data ?? NO_NAMES}
            selected={location.params.get('person')}
          />
        ))}
    </Page>
  );
}

function NetworkView({
  first: opening,
  asOf,
  organizations,
  selected,
}: {
  first: NetworkMap;
  asOf: string | null;
  organizations: Map<string, string>;
  selected: string | null;
}) {
  const [colorMode, setColorMode] = useState<ColorMode>('form');
  const [sizeBy, setSizeBy] = useState<SizeMeasure>('degree');
  const [filter, setFilter] = useState<MapFilter>(NO_FILTER);
  const [focusSeq, setFocusSeq] = useState(0);
  const [path, setPath] = useState<PathState | null>(null);
  const ego = opening.view;
  const [scope, setScope] = useState<MapScope>(ego ? 'ego' : 'all');
  // The whole network of a large map is loaded once, on the first ask.
  const [whole, setWhole] = useState<NetworkMap | null>(ego ? null : opening);
  const [wholeError, setWholeError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (scope !== 'all' || whole) return;
    let live = true;
    setWholeError(null);
    api.get<NetworkMap>('/network', { asOf }).then(
      (n) => live && setWhole(n),
      (e: unknown) =>
        live && setWholeError(e instanceof ApiError ? e : new ApiError(0, 'internal', String(e))),
    );
    return () => {
      live = false;
    };
  }, [scope, whole, asOf]);
  // The network drawn: you and your contacts (the default for a large network), or everyone.
  // The ego view drawn: you and your contacts, plus the people on a path asked for since.
  const [egoMap, setEgoMap] = useState(opening);
  const showingWhole = scope === 'all' && whole !== null;
  const network = showingWhole ? whole : egoMap;
  // Everyone known so far: the card, the search and the sizes read from it.
  const everyone = whole ?? egoMap;
  const byId = useMemo(() => new Map<string, MapNode>(everyone.nodes.map((n) => [n.id, n])), [everyone]);
  // A link to someone beyond your contacts opens the whole network.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the person the page opened on.
  useEffect(() => {
    if (selected && !byId.has(selected) && ego) setScope('all');
  }, []);
  // Built once per network; colour, size and filters change attributes and states afterwards.
  // Above SPARSE_TIES the graph holds your ties only, and the canvas adds the ties asked for
  // from the index (map-ties.ts).
  const sparse = network.edges.length > SPARSE_TIES;
  const ties = useMemo(() => (sparse ? tieIndex(network) : null), [sparse, network]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the colour mode and size are applied by the effects below.
  const graph = useMemo<MapGraph>(() => {
    performance.mark('map:graph-start');
    const g = buildGraph(network, colorMode, sparse ? 'yours' : 'all');
    applySizes(g, byId, sizeBy);
    return g;
  }, [network, byId]);
  useEffect(() => applyColors(graph, colorMode), [graph, colorMode]);
  useEffect(() => applySizes(graph, byId, sizeBy), [graph, byId, sizeBy]);

  const hidden = useMemo(() => hiddenItems(graph, filter), [graph, filter]);
  const units = useMemo(() => distinct(graph, 'unit'), [graph]);
  const sectors = useMemo(() => distinct(graph, 'sector'), [graph]);
  const clusters = useMemo(() => {
    const counts = new Map<number, number>();
    graph.forEachNode((id, a) => {
      if (id !== OWNER) counts.set(a.cluster, (counts.get(a.cluster) ?? 0) + 1);
    });
    return [...counts].sort((x, y) => y[1] - x[1]).slice(0, 12);
  }, [graph]);
  const entries = useMemo<SearchEntry[]>(
    () => everyone.nodes.map((n) => ({ id: n.id, name: n.name, key: n.name.toLowerCase() })),
    [everyone],
  );

  const current = selected && byId.has(selected) ? selected : null;
  const nameOf = useCallback((id: string) => byId.get(id)?.name ?? id, [byId]);

  const select = useCallback((id: string | null) => {
    setPath((p) => (p && p.to === id ? p : null));
    setParam('person', id);
  }, []);
  /**
   * The strongest path to `to`, highlighted. On the ego view it comes in one call with the map
   * it needs (you, your contacts and the people on the path), so someone far is reached without
   * loading the whole network.
   */
  const showPathTo = useCallback(
    async (to: string) => {
      setPath({ to, loading: true });
      try {
        let best: { people: string[]; strength: number } | undefined;
        if (ego && !showingWhole) {
          const map = await api.get<NetworkMap>('/network', { asOf, view: 'ego', through: to });
          best = map.path;
          setEgoMap(map);
        }
        // The card shows the strongest path only: asking for more makes the server search longer.
        else best = (await api.get<PathResult>('/path', { to, k: 1, asOf })).paths[0];
        if (!best) throw new ApiError(404, 'not_found', 'No path reaches this person.');
        // The API lists the people after you; the map and the list start from you.
        const people = best.people[0] === OWNER ? best.people : [OWNER, ...best.people];
        const strength = best.strength;
        setPath((p) => (p?.to === to ? { to, loading: false, people, strength } : p));
        return true;
      } catch (e) {
        const err = e instanceof ApiError ? e : new ApiError(0, 'internal', String(e));
        const message =
          err.status === 404 ? 'No path reaches this person through your network.' : err.message;
        setPath((p) =>
          p?.to === to
            ? { to, loading: false, error: new ApiError(err.status, err.code, message, err.details) }
            : p,
        );
        return false;
      }
    },
    [ego, showingWhole, asOf],
  );

  const pick = useCallback(
    (id: string) => {
      select(id);
      if (graph.hasNode(id)) setFocusSeq((s) => s + 1);
      // Someone beyond your contacts joins the ego view with the path that reaches them.
      else if (ego && !showingWhole)
        void showPathTo(id).then((ok) => {
          if (ok) setFocusSeq((s) => s + 1);
        });
      else setScope('all');
    },
    [select, graph, ego, showingWhole, showPathTo],
  );

  const showPath = useCallback(() => {
    if (current) void showPathTo(current);
  }, [current, showPathTo]);

  // Names beyond the ego view are found by the server's people search.
  const findMore = useCallback(
    async (q: string): Promise<SearchEntry[]> =>
      (await api.get<ListPage<Person>>('/people', { q, limit: 8, sort: 'name' })).items.map((p) => ({
        id: p.id,
        name: p.name,
        key: p.name.toLowerCase(),
      })),
    [],
  );

  const node = current ? byId.get(current) : undefined;
  const shown = graph.order - hidden.nodes.size;

  return (
    <div className="map-layout">
      <div className="map-search-area">
        <MapSearch entries={entries} onPick={pick} find={ego && !whole ? findMore : undefined} />
      </div>
      <div className="map-canvas-area">
        {ego && (
          <fieldset className="map-scope row">
            <legend className="small">Show</legend>
            <label>
              <input
                type="radio"
                name="map-scope"
                checked={scope === 'ego'}
                onChange={() => setScope('ego')}
              />{' '}
              You and your contacts ({opening.nodes.length.toLocaleString('en')}
              {ego.contacts.shown < ego.contacts.total &&
                `: your ${ego.contacts.shown.toLocaleString('en')} strongest ties of ${ego.contacts.total.toLocaleString('en')}`}
              )
            </label>
            <label>
              <input
                type="radio"
                name="map-scope"
                checked={scope === 'all'}
                onChange={() => setScope('all')}
              />{' '}
              Whole network ({(ego.people + 1).toLocaleString('en')})
            </label>
          </fieldset>
        )}
        {scope === 'all' && !whole && !wholeError && (
          <p className="muted small" role="status">
            Loading the whole network…
          </p>
        )}
        {wholeError && <ErrorBanner error={wholeError} onRetry={() => setScope('ego')} />}
        {/* A new view gets its own sigma, set up for its graph as on a first load (its settings
            and camera frame follow the graph's size). A large map's ties come and go as edges
            (map-ties.ts), which sigma 4.0.4 cannot take after setGraph (its parallel-edge index
            keeps the old graph), so new data for the whole network gets a new sigma too. */}
        <MapCanvas
          key={showingWhole ? `whole ${network.version}` : 'ego'}
          graph={graph}
          ties={ties}
          hidden={hidden}
          selected={current}
          path={path?.people ?? null}
          focusSeq={focusSeq}
          onSelect={select}
        />
        {ties && (
          <p className="muted small" id="map-ties-note">
            {TIES_NOTE(network.edges.length)}
          </p>
        )}
        <p id="map-help" className="muted small">
          You are at the centre. Drag to move, scroll or pinch to zoom, click a person to see details. To
          reach anyone with the keyboard, use “Find a person”.
        </p>
      </div>
      {node && (
        <div className="map-card-area">
          <PersonCard
            node={node}
            organization={
              node.organization ? (organizations.get(node.organization) ?? node.organization) : null
            }
            path={path}
            nameOf={nameOf}
            clusters={network.clusters ?? []}
            onShowPath={showPath}
            onClose={() => select(null)}
          />
        </div>
      )}
      <div className="map-filters-area">
        <MapFilters
          filter={filter}
          onFilter={setFilter}
          colorMode={colorMode}
          onColorMode={setColorMode}
          sizeBy={sizeBy}
          onSizeBy={setSizeBy}
          units={units}
          sectors={sectors}
          shown={shown}
          total={graph.order}
        />
      </div>
      <div className="map-legend-area">
        <MapLegend mode={colorMode} clusters={clusters} names={network.clusters ?? []} />
      </div>
    </div>
  );
}
