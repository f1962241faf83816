// Owns the sigma instance: created once per view, killed on unmount. Everything the page
// changes afterwards (filters, selection, path, sizes, colours) reaches sigma as item states or
// attribute updates, never as a new graph; on a large map the ties asked for come and go as edges
// (map-ties.ts).
import { useEffect, useMemo, useRef } from 'react';
import Sigma from 'sigma';
import type { Hidden } from './map-filter';
import { type MapGraph, OWNER } from './map-graph';
import { attachLabelPlacement, type LabelPlacement } from './map-labels';
import { EDGE_STATE, type MapSigma, NODE_STATE, PRIMITIVES, STYLES, settingsFor } from './map-sigma';
import { attachTieLayer, type TieLayer } from './map-ties';
import type { TieIndex } from './tie-index';

declare global {
  interface Window {
    /** performance.now() at the first frame with the graph drawn (read by bench/suites/map.ts). */
    __threefoldMapRendered?: number;
    /** performance.now() at the first frame of the map as it stays (equal to the above). */
    __threefoldMapComplete?: number;
    /** Where each drawn person is on screen (tests read it: a canvas has no DOM to query). */
    __threefoldMapGeometry?: () => MapGeometry;
  }
}

export interface MapGeometry {
  width: number;
  height: number;
  ratio: number;
  /** [id, x, y, radius] in viewport pixels, for the people not hidden. */
  nodes: [string, number, number, number][];
  /** [source, target] of the ties not hidden. */
  edges: [string, string][];
  /** The people whose names sigma drew in its last frame. */
  labels: string[];
  /** The person the pointer is on, whose name sigma draws on a backdrop. */
  hovered: string | null;
}

/**
 * The camera that shows every person not hidden, with a margin: sigma's normalised coordinates put
 * the whole graph in [0, 1] at ratio 1, so the box of the visible ones gives centre and ratio.
 */
function fitVisible(sigma: MapSigma, hidden: ReadonlySet<string>, animate: boolean): void {
  const graph = sigma.getGraph();
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  graph.forEachNode((id, attrs) => {
    if (hidden.has(id)) return;
    // From the attributes, as the styles read them (display data is copied per call).
    const d = sigma.graphToFramedGraph(attrs);
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  });
  if (!Number.isFinite(minX)) return;
  const state = {
    x: (minX + maxX) / 2,
    y: (minY + maxY) / 2,
    ratio: Math.min(1, Math.max(0.05, Math.max(maxX - minX, maxY - minY) * 1.15)),
    angle: 0,
  };
  const camera = sigma.getCamera();
  if (animate) camera.animate(state, { duration: 400 });
  else camera.setState(state);
}

interface Props {
  graph: MapGraph;
  /**
   * Every tie of a large network (above SPARSE_TIES), kept out of the graph: the graph holds your
   * ties, and the ties of the person picked, pointed at or on a path come from here. Null when
   * the graph holds every tie.
   */
  ties: TieIndex | null;
  hidden: Hidden;
  selected: string | null;
  path: readonly string[] | null;
  /** Bumped when the camera should fly to `selected` (a pick from the search, not a click). */
  focusSeq: number;
  onSelect: (id: string | null) => void;
}

/** The owner sits at (0,0): a bounding box symmetric around it keeps the owner in the middle. */
function frameAroundOwner(sigma: MapSigma, graph: MapGraph): void {
  let reach = 1;
  graph.forEachNode((_id, a) => {
    reach = Math.max(reach, Math.abs(a.x), Math.abs(a.y));
  });
  sigma.setCustomBBox({ x: [-reach, reach], y: [-reach, reach] });
}

/** Sets `state` on the items that enter a set and clears it on those that leave it. */
function diff(prev: ReadonlySet<string>, next: ReadonlySet<string>): { added: string[]; removed: string[] } {
  const added: string[] = [];
  const removed: string[] = [];
  for (const k of next) if (!prev.has(k)) added.push(k);
  for (const k of prev) if (!next.has(k)) removed.push(k);
  return { added, removed };
}

export function MapCanvas({ graph, ties, hidden, selected, path, focusSeq, onSelect }: Props) {
  const hiddenRef = useRef(hidden);
  hiddenRef.current = hidden;
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<MapSigma | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  // Which ties a large map draws; null when the graph holds them all.
  const tieLayer = useMemo(
    () =>
      ties &&
      attachTieLayer(graph, ties, (s, t, strength) => {
        const h = hiddenRef.current;
        return strength >= h.minStrength && !h.nodes.has(s) && !h.nodes.has(t);
      }),
    [graph, ties],
  );
  const tieLayerRef = useRef<TieLayer | null>(tieLayer);
  tieLayerRef.current = tieLayer;
  const shown = useRef<{ nodes: Set<string>; edges: Set<string> }>({ nodes: new Set(), edges: new Set() });
  const onPath = useRef<{ nodes: Set<string>; edges: Set<string> }>({ nodes: new Set(), edges: new Set() });
  const selectedRef = useRef<string | null>(null);
  const firstGraph = useRef(graph);
  const labels = useRef<LabelPlacement | null>(null);

  // One sigma instance for the life of the page (shaders and the glyph atlas are built once).
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const initial = firstGraph.current;
    // Marks for the bench (bench/suites/map.ts): where the time to the first frame goes.
    performance.mark('map:sigma-start');
    const sigma: MapSigma = new Sigma(initial, el, {
      primitives: PRIMITIVES,
      styles: STYLES,
      settings: settingsFor(initial.order),
      customNodeState: NODE_STATE,
      customEdgeState: EDGE_STATE,
    });
    performance.mark('map:sigma-created');
    sigmaRef.current = sigma;
    shown.current = { nodes: new Set(), edges: new Set() };
    onPath.current = { nodes: new Set(), edges: new Set() };
    selectedRef.current = null;
    frameAroundOwner(sigma, initial);
    labels.current = attachLabelPlacement(sigma, {
      hidden: () => hiddenRef.current.nodes,
      important: () => {
        const ids = new Set(onPath.current.nodes);
        if (selectedRef.current) ids.add(selectedRef.current);
        return ids;
      },
    });

    let hovered: string | null = null;
    let hoveredNeighbours: string[] = [];
    let hoveredEdges: string[] = [];
    sigma.on('enterNode', ({ node }) => {
      const g = sigma.getGraph();
      const layer = tieLayerRef.current;
      hovered = node;
      if (layer) {
        // A large map draws the ties of the person pointed at only while the pointer is on them.
        const pairs = layer.tiesOf(node);
        hoveredNeighbours = pairs.map(([, other]) => other).filter((n) => g.hasNode(n));
        hoveredEdges = layer.show('hovered', pairs);
      } else {
        hoveredNeighbours = g.neighbors(node);
        hoveredEdges = g.edges(node);
      }
      sigma.setNodesState(hoveredNeighbours, { isHighlighted: true });
      sigma.setEdgesState(hoveredEdges, { isHighlighted: true });
      labels.current?.hover(node);
    });
    sigma.on('leaveNode', () => {
      const g = sigma.getGraph();
      hovered = null;
      sigma.setNodesState(
        hoveredNeighbours.filter((n) => g.hasNode(n)),
        { isHighlighted: false },
      );
      sigma.setEdgesState(
        hoveredEdges.filter((e) => g.hasEdge(e)),
        { isHighlighted: false },
      );
      tieLayerRef.current?.show('hovered', []);
      hoveredNeighbours = [];
      hoveredEdges = [];
      labels.current?.hover(null);
    });
    window.__threefoldMapGeometry = () => {
      const g = sigma.getGraph();
      const { width, height } = sigma.getDimensions();
      const hiddenNow = hiddenRef.current;
      const nodes: MapGeometry['nodes'] = [];
      g.forEachNode((id) => {
        const d = sigma.getNodeDisplayData(id);
        if (!d || hiddenNow.nodes.has(id)) return;
        const p = sigma.framedGraphToViewport(d);
        nodes.push([id, p.x, p.y, sigma.scaleSize(d.size)]);
      });
      const edges: MapGeometry['edges'] = [];
      g.forEachEdge((key, _a, s, t) => {
        if (!hiddenNow.edges.has(key)) edges.push([s, t]);
      });
      return {
        width,
        height,
        ratio: sigma.getCamera().getState().ratio,
        nodes,
        edges,
        labels: [...sigma.getNodeDisplayedLabels()],
        hovered,
      };
    };
    sigma.on('clickNode', ({ node }) => onSelectRef.current(node));
    sigma.on('clickStage', () => onSelectRef.current(null));

    return () => {
      window.__threefoldMapGeometry = undefined;
      labels.current?.detach();
      labels.current = null;
      sigma.kill();
      sigmaRef.current = null;
    };
  }, []);

  // A new graph (new data) replaces the old in place: node states carry over by id; edge keys
  // differ, so edge states are rebuilt by the effects below.
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    if (sigma.getGraph() !== graph) {
      sigma.setSettings(settingsFor(graph.order));
      sigma.setGraph(graph);
      frameAroundOwner(sigma, graph);
      shown.current = { nodes: shown.current.nodes, edges: new Set() };
      onPath.current = { nodes: onPath.current.nodes, edges: new Set() };
    }
    const el = container.current;
    sigma.once('afterRender', () => {
      const now = performance.now();
      // Each graph's first frame (the whole network after the ego view), for the bench.
      performance.mark('map:graph-drawn');
      if (window.__threefoldMapRendered === undefined) {
        performance.mark('map:first-frame');
        window.__threefoldMapRendered = now;
      }
      if (window.__threefoldMapComplete === undefined) {
        performance.mark('map:complete-frame');
        window.__threefoldMapComplete = now;
      }
      if (el) {
        el.dataset.rendered = 'complete';
        // Which ties are drawn, for the tests: all of them, or yours and those asked for.
        el.dataset.ties = ties ? 'some' : 'all';
      }
      // Names are placed once positions are on screen.
      labels.current?.update();
    });
  }, [graph, ties]);

  // Filters: hidden is an item state, so only the items that change are re-evaluated.
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const n = diff(shown.current.nodes, hidden.nodes);
    const e = diff(shown.current.edges, hidden.edges);
    // A large map's ties come and go (map-ties.ts): only those in the graph get a state.
    const drawn = sigma.getGraph();
    const inGraph = (keys: string[]) => keys.filter((k) => drawn.hasEdge(k));
    if (n.added.length) sigma.setNodesState(n.added, { isHidden: true });
    if (n.removed.length) sigma.setNodesState(n.removed, { isHidden: false });
    if (e.added.length) sigma.setEdgesState(inGraph(e.added), { isHidden: true });
    if (e.removed.length) sigma.setEdgesState(inGraph(e.removed), { isHidden: false });
    const filtering = hidden.nodes.size > 0 || hidden.edges.size > 0;
    const wasFiltering = shown.current.nodes.size > 0 || shown.current.edges.size > 0;
    shown.current = { nodes: new Set(hidden.nodes), edges: new Set(hidden.edges) };
    // A filter re-centres on who is left; clearing it shows everyone again.
    if (filtering) fitVisible(sigma, hidden.nodes, true);
    else if (wasFiltering) sigma.getCamera().reset({ duration: 400 });
    labels.current?.update();
  }, [hidden]);

  const zoom = (how: 'in' | 'out' | 'fit') => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const camera = sigma.getCamera();
    if (how === 'in') camera.zoomIn({ duration: 250 });
    else if (how === 'out') camera.zoomOut({ duration: 250 });
    else if (hiddenRef.current.nodes.size > 0) fitVisible(sigma, hiddenRef.current.nodes, true);
    else camera.reset({ duration: 300 });
  };

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const prev = selectedRef.current;
    if (prev && graph.hasNode(prev)) sigma.setNodeState(prev, { isSelected: false });
    if (selected && graph.hasNode(selected)) sigma.setNodeState(selected, { isSelected: true });
    selectedRef.current = selected;
    tieLayer?.show('selected', selected && graph.hasNode(selected) ? tieLayer.tiesOf(selected) : []);
    labels.current?.update();
  }, [selected, graph, tieLayer]);

  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    if (path && path.length > 1) {
      // A large map draws the path's ties only while it is highlighted.
      tieLayer?.show(
        'path',
        path.slice(1).map((id, i): [string, string] => [path[i]!, id]),
      );
      for (let i = 0; i < path.length; i++) {
        const id = path[i]!;
        if (graph.hasNode(id)) nodes.add(id);
        const next = path[i + 1];
        if (next !== undefined && graph.hasNode(id) && graph.hasNode(next)) {
          const key = graph.edge(id, next);
          if (key !== undefined) edges.add(key);
        }
      }
    } else tieLayer?.show('path', []);
    const n = diff(onPath.current.nodes, nodes);
    const e = diff(onPath.current.edges, edges);
    if (n.added.length) sigma.setNodesState(n.added, { onPath: true });
    if (n.removed.length) sigma.setNodesState(n.removed, { onPath: false });
    if (e.added.length) sigma.setEdgesState(e.added, { onPath: true });
    if (e.removed.length) sigma.setEdgesState(e.removed, { onPath: false });
    onPath.current = { nodes, edges };
    labels.current?.update();
    // For tests and the bench: how many people of the path the canvas has drawn highlighted.
    const el = container.current;
    if (el) delete el.dataset.path;
    if (nodes.size > 0) {
      sigma.once('afterRender', () => {
        if (el && onPath.current.nodes === nodes) el.dataset.path = String(nodes.size);
      });
      sigma.scheduleRender();
    }
  }, [path, graph, tieLayer]);

  // A view opens framed on you: a pick made before it (on the other view) does not move it.
  const focusedSeq = useRef(focusSeq);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new search pick moves the camera.
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || focusSeq === focusedSeq.current || !selected || !graph.hasNode(selected)) return;
    focusedSeq.current = focusSeq;
    // From the attributes: a new sigma's display data may not be normalised yet.
    const data = sigma.graphToFramedGraph(graph.getNodeAttributes(selected));
    const camera = sigma.getCamera();
    camera.animate(
      { x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.35) },
      { duration: 600 },
    );
  }, [focusSeq]);

  return (
    <div className="map-canvas-wrap">
      <div
        ref={container}
        className="map-canvas"
        role="img"
        aria-label="Network map"
        aria-describedby="map-help"
        data-owner={OWNER}
      />
      <fieldset className="map-zoom" aria-label="Zoom">
        <button type="button" onClick={() => zoom('in')} aria-label="Zoom in" title="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoom('out')} aria-label="Zoom out" title="Zoom out">
          −
        </button>
        <button type="button" onClick={() => zoom('fit')} title="Show everyone shown on the map">
          Fit
        </button>
      </fieldset>
    </div>
  );
}
