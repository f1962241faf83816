import type { OrganisationReport } from './types';

/** Units shown in the heat map at most: the largest ones (the table below lists all). */
export const HEAT_UNITS = 24;

/**
 * The heat map's cells: ties between two units per possible pair of their people (inside a unit,
 * pairs of its own people), scaled to the densest cell, so large units do not look busy by size.
 */
export function heatCells(report: OrganisationReport): {
  units: string[];
  cells: Array<Array<{ ties: number; density: number; shade: number }>>;
} {
  const sizes = new Map(report.units.map((u) => [u.name, u.people]));
  const order = report.matrix.units
    .map((name, i) => ({ name, i, people: sizes.get(name) ?? 0 }))
    .sort((a, b) => b.people - a.people)
    .slice(0, HEAT_UNITS);
  const density = (a: (typeof order)[number], b: (typeof order)[number]) => {
    const pairs = a.i === b.i ? (a.people * (a.people - 1)) / 2 : a.people * b.people;
    return pairs > 0 ? report.matrix.ties[a.i]![b.i]! / pairs : 0;
  };
  let max = 0;
  for (const a of order) for (const b of order) max = Math.max(max, density(a, b));
  return {
    units: order.map((u) => u.name),
    cells: order.map((a) =>
      order.map((b) => {
        const d = density(a, b);
        return { ties: report.matrix.ties[a.i]![b.i]!, density: d, shade: max > 0 ? Math.sqrt(d / max) : 0 };
      }),
    ),
  };
}

/** A unit's E-I index read as the share of its ties that stay inside it. */
export const insideShare = (ei: number) => (1 - ei) / 2;
