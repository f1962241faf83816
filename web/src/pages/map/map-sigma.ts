// biome-ignore-all lint/suspicious/noThenProperty: sigma style rules are written as { whenState, then }.
// Sigma's drawing rules for the map: primitives (a disc with an optional white core, so people
// outside the organisation read as rings) and styles driven by item states, so hover, filters
// and the highlighted path only touch the items whose state changes.

import type Sigma from 'sigma';
import type { FragmentLayer } from 'sigma/rendering';
import { layerFill, sdfCircle } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { StylesDeclaration } from 'sigma/types';
import type { EdgeAttrs, NodeAttrs } from './map-graph';

/** WebGL2RenderingContext.UNSIGNED_BYTE, spelled out so this module loads without a GL context. */
const UNSIGNED_BYTE = 0x1401;

/**
 * Paints the inside of the disc with `coreColor`, leaving a ring of the fill colour: a border
 * without the @sigma/node-border package. The ring is a third of the radius, at least 1.5 px.
 */
const coreLayer: FragmentLayer = {
  name: 'core',
  uniforms: [],
  attributes: [{ name: 'coreColor', size: 4, type: UNSIGNED_BYTE, normalized: true, source: 'coreColor' }],
  glsl: /* glsl */ `
vec4 layer_core(vec4 v_coreColor) {
  float ring = max(1.5 * context.pixelToUV, 0.34);
  float inside = smoothstep(-ring + context.aaWidth, -ring - context.aaWidth, context.sdf);
  return vec4(v_coreColor.rgb, v_coreColor.a * inside);
}
`,
};

export const PRIMITIVES = {
  nodes: {
    shapes: [sdfCircle()],
    layers: [layerFill(), coreLayer],
    variables: { coreColor: { type: 'color', default: 'rgba(0,0,0,0)' } },
  },
} as const;

export interface MapNodeState {
  onPath: boolean;
  isSelected: boolean;
  /** Its name is drawn: the label placement (map-labels.ts) found room for it. */
  labelled: boolean;
}
export interface MapEdgeState {
  onPath: boolean;
}

export const NODE_STATE: MapNodeState = { onPath: false, isSelected: false, labelled: false };
export const EDGE_STATE: MapEdgeState = { onPath: false };

const PATH_COLOR = '#dc2626';
const HALO = '#fef3c7';

export const STYLES: StylesDeclaration<
  NodeAttrs,
  EdgeAttrs,
  MapNodeState,
  MapEdgeState,
  Record<never, never>,
  { coreColor: string }
> = {
  nodes: [
    {
      x: { attribute: 'x' },
      y: { attribute: 'y' },
      size: { attribute: 'size', defaultValue: 4 },
      color: { attribute: 'color', defaultValue: '#6b7280' },
      coreColor: { attribute: 'coreColor', defaultValue: 'rgba(0,0,0,0)' },
      label: { attribute: 'label' },
      visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
      depth: 'nodes',
      // Names are drawn where the label placement found room (the `labelled` state), never on top of one another.
      labelVisibility: 'hidden',
      backdropVisibility: 'hidden',
      backdropColor: '#ffffff',
      backdropShadowColor: 'rgba(0, 0, 0, 0.35)',
      backdropShadowBlur: 8,
      backdropPadding: 4,
    },
    { whenState: 'labelled', then: { labelVisibility: 'visible' } },
    { whenState: 'isHighlighted', then: { depth: 'topNodes' } },
    {
      // Their names go first in the label placement, which still keeps them off one another.
      whenState: 'onPath',
      then: {
        depth: 'topNodes',
        backdropVisibility: 'visible',
        backdropColor: HALO,
      },
    },
    {
      whenState: 'isSelected',
      then: {
        depth: 'topNodes',
        backdropVisibility: 'visible',
        backdropColor: HALO,
      },
    },
    {
      whenState: 'isHovered',
      then: { depth: 'topNodes', labelVisibility: 'visible', backdropVisibility: 'visible' },
    },
  ],
  edges: [
    {
      size: { attribute: 'size', defaultValue: 1 },
      color: { attribute: 'color', defaultValue: '#d1d5db' },
      visibility: { whenState: 'isHidden', then: 'hidden', else: 'visible' },
      depth: 'edges',
    },
    { whenState: 'isHighlighted', then: { color: '#374151', depth: 'topEdges' } },
    { whenState: 'onPath', then: { color: PATH_COLOR, size: 4, depth: 'topEdges' } },
  ],
};

/** Large maps: labels only once zoomed in, no edges while moving, never edge labels. */
export function settingsFor(order: number): Partial<Settings> {
  const large = order > 2_000;
  return {
    renderEdgeLabels: false,
    // Sizes in screen pixels: measured in layout units (sigma's default), a five-person map's
    // positions span a few dozen units and "You" became a disc over the whole canvas. A large
    // map's positions span thousands of units, where layout units keep its 20,000 discs small, as
    // they were when the whole map was measured (BENCHMARKS.md).
    itemSizesReference: large ? 'positions' : 'screen',
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    labelRenderedSizeThreshold: large ? 9 : 5,
    labelDensity: large ? 0.5 : 1,
    enableNodeDrag: false,
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
    stagePadding: 24,
  };
}

export type MapSigma = Sigma<
  NodeAttrs,
  EdgeAttrs,
  Record<string, unknown>,
  MapNodeState,
  MapEdgeState,
  Record<never, never>,
  typeof PRIMITIVES
>;
