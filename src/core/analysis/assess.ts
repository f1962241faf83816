import type { DiagnosticConfig } from '../findings/config.js';
import { RULES } from '../findings/rules.js';
import { type Finding, SEVERITY_ORDER } from '../findings/types.js';
import { type Betweenness, betweenness, type Communities, type StructuralHoles } from '../graph/index.js';
import type { Network } from '../model.js';
import type { Form } from '../vocabulary.js';
import { betweennessOptions, type Measures, measure } from './measures.js';
import { buildNetworkView, type CadenceState, type CompiledInput, type NetworkView } from './view.js';

export interface AssessOptions {
  asOf: string;
  config?: Partial<DiagnosticConfig>;
  /** Ties and interactions already compiled, read instead of the network's (see `buildNetworkView`). */
  compiled?: CompiledInput;
  /**
   * Betweenness already computed on this network's graph (on another thread), with
   * `betweennessOptions(config)`; computed here when absent.
   */
  betweenness?: Betweenness;
}

export interface PersonMeasures {
  id: string;
  name: string;
  internal: boolean;
  /** The owner has a relationship with this person. */
  contact: boolean;
  forms: Form[];
  formsInferred: boolean;
  statedStrength: number | null;
  /** Effective tie strength to the owner in (0, 1], null without a relationship. */
  strength: number | null;
  constraint: number | null;
  effectiveSize: number | null;
  efficiency: number | null;
  hierarchy: number | null;
  betweenness: number;
  degree: number;
  cluster: number;
  /** Hops from the owner (null when unreachable). */
  distance: number | null;
  cadence: {
    days: number;
    state: CadenceState;
    lastContact: string | null;
    daysSinceContact: number | null;
  } | null;
  bridge: boolean;
  influence: number;
}

export interface Assessment {
  asOf: string;
  metrics: {
    owner: Measures['owner'];
    eiIndex: number;
    contacts: { internal: number; external: number; total: number };
    forms: Measures['forms'];
    diversity: Measures['diversity'];
    reach: Measures['reach'];
    clusters: Measures['clusters'];
    dynamism: Measures['dynamism'];
    reciprocity: Measures['reciprocity'];
    trustWithoutSupport: Measures['trustWithoutSupport'];
    goals: Measures['goals'];
    method: {
      betweenness: { exact: boolean; samples: number; errorBound: number | null };
      louvainSeed: number;
    };
  };
  people: PersonMeasures[];
  findings: Finding[];
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

export function personMeasures(view: NetworkView, m: Measures, index: number): PersonMeasures {
  const id = view.graph.ids[index]!;
  // By node: made for 200,000 people, a person's measures look their contact up by number.
  const c = view.contactById.atNode(index);
  const distance = m.distance[index]!;
  // Node i + 1 is network.people[i] (node 0 is the owner): the person without a lookup by id.
  const person = index > 0 ? view.network.people[index - 1] : undefined;
  return {
    id,
    name: person?.name ?? id,
    internal: person?.organization === view.network.owner.organization,
    contact: c !== undefined,
    forms: c?.forms ?? [],
    formsInferred: c?.formsInferred ?? false,
    statedStrength: c?.statedStrength ?? null,
    strength: c?.strength ?? null,
    constraint: finite(m.holes.constraint[index]!),
    effectiveSize: finite(m.holes.effectiveSize[index]!),
    efficiency: finite(m.holes.efficiency[index]!),
    hierarchy: finite(m.holes.hierarchy[index]!),
    betweenness: m.betweenness.values[index]!,
    degree: view.graph.offsets[index + 1]! - view.graph.offsets[index]!,
    cluster: m.communities.community[index]!,
    distance: distance < 0 ? null : distance,
    cadence: c
      ? {
          days: c.cadenceDays,
          state: c.cadenceState,
          lastContact: c.lastContact,
          daysSinceContact: c.daysSinceContact,
        }
      : null,
    bridge: c?.bridge ?? false,
    influence: view.influence.get(id) ?? 0,
  };
}

export function findingsOf(view: NetworkView, m: Measures): Finding[] {
  const findings: Finding[] = [];
  for (const [, rule] of RULES) {
    const result = rule(view, m);
    if (Array.isArray(result)) findings.push(...result);
    else if (result) findings.push(result);
  }
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Diagnoses a network as of a date: measures, per-person measures and findings. Pure. */
export function assess(network: Network, options: AssessOptions): Assessment {
  const view = buildNetworkView(network, options.asOf, options.config, options.compiled);
  return assessView(view, options.betweenness ? { betweenness: options.betweenness } : {});
}

/**
 * The assessment of a view already built, with the kernels given already computed (by
 * `kernelsBesideBetweenness`, and betweenness on another thread with `betweennessOptions`).
 */
export function assessView(
  view: NetworkView,
  computed: { betweenness?: Betweenness; holes?: StructuralHoles; communities?: Communities } = {},
): Assessment {
  return assessmentOf(view, measure(view, computed));
}

/**
 * The assessment of a view while its betweenness is computed elsewhere (on another thread):
 * everything else is computed now, with the kernels given, and the function returned joins
 * betweenness when it arrives (computing it here when it is not given), giving what
 * `assessView` gives with it. Betweenness is reported, never read by a finding, so nothing
 * else waits for it.
 */
export function assessAwaitingBetweenness(
  view: NetworkView,
  computed: { holes?: StructuralHoles; communities?: Communities } = {},
): (betweenness?: Betweenness) => Assessment {
  const finish = assessInPiecesAwaitingBetweenness(view, computed);
  return (given) => {
    const { outline, people } = finish(given);
    return {
      asOf: outline.asOf,
      metrics: outline.metrics,
      people: people(0, people.count),
      findings: outline.findings,
    };
  };
}

/**
 * An assessment whose people's measures are made a slice at a time, when asked for: written
 * out as they are made, the 200,000 records of a large network are never all held at once.
 * `people(from, to)` gives people from..to-1 in `Assessment.people`'s order.
 */
export interface AssessmentInPieces {
  outline: Omit<Assessment, 'people'>;
  people: ((from: number, to: number) => PersonMeasures[]) & { count: number };
}

/** `assessAwaitingBetweenness`, its people made when asked for (see `AssessmentInPieces`). */
export function assessInPiecesAwaitingBetweenness(
  view: NetworkView,
  computed: { holes?: StructuralHoles; communities?: Communities } = {},
): (betweenness?: Betweenness) => AssessmentInPieces {
  const m = measure(view, { ...computed, betweenness: false });
  const outline = outlineOf(view, m);
  const people = Object.assign(
    (from: number, to: number) => {
      const slice: PersonMeasures[] = [];
      for (let i = from + 1; i <= to && i < view.graph.n; i++) slice.push(personMeasures(view, m, i));
      return slice;
    },
    { count: view.graph.n - 1 },
  );
  return (given = betweenness(view.graph, betweennessOptions(view.config))) => {
    if (given.values.length !== view.graph.n)
      throw new Error(`betweenness given for ${given.values.length} nodes, the graph has ${view.graph.n}`);
    // Set in place: every key keeps its place in the output, and people made later read it.
    m.betweenness = given;
    m.owner.betweenness = given.values[0]!;
    const method = outline.metrics.method.betweenness;
    method.exact = given.exact;
    method.samples = given.samples;
    method.errorBound = given.errorBound;
    return { outline, people };
  };
}

function assessmentOf(view: NetworkView, m: Measures): Assessment {
  const people: PersonMeasures[] = [];
  for (let i = 1; i < view.graph.n; i++) people.push(personMeasures(view, m, i));
  const { asOf, metrics, findings } = outlineOf(view, m);
  return { asOf, metrics, people, findings };
}

function outlineOf(view: NetworkView, m: Measures): Omit<Assessment, 'people'> {
  return {
    asOf: view.asOf,
    metrics: {
      owner: m.owner,
      eiIndex: m.eiIndex,
      contacts: { internal: m.internalContacts, external: m.externalContacts, total: view.contacts.length },
      forms: m.forms,
      diversity: m.diversity,
      reach: m.reach,
      clusters: m.clusters,
      dynamism: m.dynamism,
      reciprocity: m.reciprocity,
      trustWithoutSupport: m.trustWithoutSupport,
      goals: m.goals,
      method: {
        betweenness: {
          exact: m.betweenness.exact,
          samples: m.betweenness.samples,
          errorBound: m.betweenness.errorBound,
        },
        louvainSeed: view.config.seed,
      },
    },
    findings: findingsOf(view, m),
  };
}
