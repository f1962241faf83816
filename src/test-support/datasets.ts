// Test support: the classic networks of fixtures/datasets/ with their NetworkX reference values,
// and each one as a threefold/1 document (nodes as people, edges as ties).
import type { ThreefoldDocument } from '../document/schema.js';
import { readFixture } from './fixtures.js';

export const DATASETS = ['florentine-families', 'karate-club', 'davis-southern-women'] as const;
export type DatasetName = (typeof DATASETS)[number];

export interface Dataset {
  dataset: string;
  source: string;
  nodes: string[];
  /** `[a, b]` or `[a, b, weight]`. */
  edges: Array<[string, string] | [string, string, number]>;
  degree: Record<string, number>;
  constraint: Record<string, number>;
  effective_size: Record<string, number>;
  efficiency: Record<string, number>;
  betweenness_normalized: Record<string, number>;
  [measure: string]: unknown;
}

export function loadDataset(name: DatasetName): Dataset {
  return JSON.parse(readFixture('datasets', `${name}.reference.json`).toString('utf8')) as Dataset;
}

/** The dataset as a document: the owner knows nobody; every node is a person, every edge a tie. */
export function datasetDocument(name: DatasetName): ThreefoldDocument {
  const data = loadDataset(name);
  const id = (node: string) => `p:${node}`;
  return {
    format: 'threefold/1',
    owner: { name: `Analyst of ${data.dataset}`, organization: 'o:home' },
    organizations: [{ id: 'o:home', name: 'Home', kind: 'other' }],
    people: data.nodes.map((node) => ({ id: id(String(node)), name: String(node) })),
    ties: data.edges.map((edge) => {
      const weight = edge[2];
      const strength = typeof weight === 'number' ? Math.max(1, Math.min(5, Math.round(weight))) : 3;
      return { a: id(String(edge[0])), b: id(String(edge[1])), strength, source: 'imported' as const };
    }),
  };
}
