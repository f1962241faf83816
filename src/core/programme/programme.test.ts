import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FINDING_KIND_TITLES, findingKindTitle } from '../findings/kinds.js';
import { generateOrganisation } from '../organisation/generate.js';
import { organisationKernels } from '../organisation/kernels.js';
import { prepareOrganisation } from '../organisation/prepare.js';
import { FOLDED } from '../organisation/privacy.js';
import { organisationReport } from '../organisation/report.js';
import { bridgesFromReport } from './bridges.js';
import { cohortSummary, type MemberSummary } from './cohort.js';
import { blau, type Participant, proposePeerGroups } from './peer-groups.js';

const member = (depth: number, codes: string[], kept = 0, total = 0): MemberSummary => {
  const form = { depth, breadth: 0.5, leverage: 0.2, timeShare: 1 / 3 };
  return {
    forms: { operational: form, personal: form, strategic: form },
    findings: codes.map((code) => ({ code, form: code.split('.')[0]!, severity: 'warning' })),
    commitments: { kept, total },
  };
};

test('a cohort of fewer than five leaders shows nothing but its size', () => {
  const four = [member(1, ['personal.narrow']), member(0, []), member(0, []), member(0, [])];
  assert.deepEqual(cohortSummary(four), {
    leaders: 4,
    shown: false,
    reason: 'a cohort is shown only when at least 5 leaders take part',
    minimum: 5,
  });
});

test('cohorts of 4, 5 and 6: under five leaders nothing is shown but the size', () => {
  const leaders = (n: number) =>
    Array.from({ length: n }, (_, i) => member(i / 10, i % 2 ? ['personal.narrow'] : []));
  assert.equal(cohortSummary(leaders(4)).shown, false);
  assert.equal(cohortSummary(leaders(4)).forms, undefined);
  for (const n of [5, 6]) {
    const summary = cohortSummary(leaders(n));
    assert.equal(summary.shown, true);
    assert.equal(summary.leaders, n);
    assert.equal(summary.findings?.[0]?.share, Math.round((Math.floor(n / 2) / n) * 1000) / 1000);
  }
});

test('a cohort shows each finding by how many leaders have it, and the forms as means and medians', () => {
  const cohort = [
    member(0.2, ['strategic.no-upward', 'personal.narrow', 'strategic.no-upward'], 1, 2),
    member(0.4, ['strategic.no-upward']),
    member(0.6, ['personal.narrow'], 0, 1),
    member(0.8, []),
    member(1, ['strategic.no-upward']),
  ];
  const summary = cohortSummary(cohort);
  assert.equal(summary.shown, true);
  assert.deepEqual(
    summary.findings?.map((f) => [f.code, f.leaders, f.share]),
    [
      ['strategic.no-upward', 3, 0.6],
      ['personal.narrow', 2, 0.4],
    ],
  );
  assert.deepEqual(
    summary.findings?.map((f) => f.title),
    ['No working tie to anyone more senior beyond the boss', 'Outside contacts come from too few places'],
  );
  assert.deepEqual(summary.forms?.operational.depth, { mean: 0.6, median: 0.6 });
  assert.deepEqual(summary.commitments, { leadersWithCommitments: 2, kept: 1, total: 3 });
});

test('every kind of finding the rules raise has a title that names no one', () => {
  const findings = join(dirname(fileURLToPath(import.meta.url)), '..', 'findings');
  const codes = new Set<string>();
  for (const file of readdirSync(findings).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')))
    for (const m of readFileSync(join(findings, file), 'utf8').matchAll(/\bcode: '([a-z-]+\.[a-z-]+)'/g))
      codes.add(m[1]!);
  assert.ok(codes.size >= 20, `the rules' codes were found (${codes.size})`);
  for (const code of codes) assert.ok(FINDING_KIND_TITLES[code], `a title for ${code}`);
  for (const title of Object.values(FINDING_KIND_TITLES)) assert.doesNotMatch(title, /"|\$\{/);
  assert.equal(findingKindTitle('unknown.kind'), 'Another kind of finding');
});

test("Blau's index of categories", () => {
  assert.equal(blau(['a', 'a', 'a']), 0);
  assert.equal(blau(['a', 'b']), 0.5);
  assert.ok(Math.abs(blau(['a', 'b', 'c', 'd']) - 0.75) < 1e-12);
});

test('peer groups mix units, functions and sectors as far as the cohort allows', () => {
  // 20 leaders: 4 units of 5, 5 functions of 4, 2 sectors of 10, listed unit by unit.
  const people: Participant[] = Array.from({ length: 20 }, (_, i) => ({
    id: `L${String(i).padStart(2, '0')}`,
    unit: `unit ${Math.floor(i / 5)}`,
    function: `function ${i % 5}`,
    sector: i % 2 ? 'health' : 'finance',
  }));
  const proposal = proposePeerGroups(people, 4);
  assert.equal(proposal.groups.length, 5);
  assert.deepEqual(
    proposal.groups.map((g) => g.length),
    [4, 4, 4, 4, 4],
  );
  assert.deepEqual(new Set(proposal.groups.flat()), new Set(people.map((p) => p.id)));
  // Every group has one leader of each unit: the most mixed a group of four can be.
  for (const g of proposal.groups) {
    const units = new Set(g.map((id) => people.find((p) => p.id === id)!.unit));
    assert.equal(units.size, 4, JSON.stringify(proposal.groups));
  }
  assert.equal(proposal.diversity.unit, proposal.ceiling.unit);
  assert.equal(proposal.diversity.sector, 0.5);
  // Groups taken in the order given (unit by unit) would mix nothing.
  const naive = [0, 1, 2, 3, 4].map((g) => people.slice(g * 4, g * 4 + 4).map((p) => p.unit!));
  assert.ok(naive.reduce((s, g) => s + blau(g), 0) / 5 < proposal.diversity.unit);
});

test('peer groups of uneven sizes differ by one at most, and unknown values count as a kind', () => {
  const people = Array.from({ length: 11 }, (_, i) => ({ id: `p${i}`, ...(i < 6 ? { unit: 'sales' } : {}) }));
  const { groups } = proposePeerGroups(people, 5);
  assert.deepEqual(groups.map((g) => g.length).sort(), [5, 6]);
  for (const g of groups)
    assert.ok(g.some((id) => Number(id.slice(1)) < 6) && g.some((id) => Number(id.slice(1)) >= 6));
});

test('peer groups come out as mixed whatever order the participants are listed in', () => {
  const base = [
    { unit: 'Sales', sector: 'banking' },
    { unit: 'Sales', sector: 'retail' },
    { unit: 'Finance', sector: 'banking' },
    { unit: 'Finance', sector: 'retail' },
    { unit: 'Operations', sector: 'banking' },
  ];
  // Every order of the five (ids decide ties), as uuids would give.
  const orders: number[][] = [];
  const permute = (rest: number[], done: number[]) => {
    if (rest.length === 0) orders.push(done);
    rest.forEach((x, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...done, x]));
  };
  permute([0, 1, 2, 3, 4], []);
  for (const order of orders) {
    const people = order.map((k, rank) => ({ id: `id${rank}`, ...base[k]! }));
    const { groups } = proposePeerGroups(people, 2);
    for (const g of groups) {
      const units = g.map((id) => people.find((p) => p.id === id)!.unit);
      assert.equal(new Set(units).size, units.length, `${JSON.stringify(order)}: ${JSON.stringify(groups)}`);
    }
  }
});

test('peer groups fed by the organisation analysis pair leaders of units that rarely work together', () => {
  const { data, planted } = generateOrganisation({
    units: 12,
    perUnit: 30,
    asOf: '2026-11-30',
    silos: 3,
    brokers: 4,
  });
  const prepared = prepareOrganisation(data, { asOf: '2026-11-30' });
  const report = organisationReport(
    prepared,
    organisationKernels(prepared.graph, { betweennessSamples: 200, seed: 1 }),
  );
  const bridges = bridgesFromReport(report);
  // Silos first, each with the units it is least tied to; only units the report names (5 or more).
  assert.ok(bridges.length >= 3);
  assert.ok(planted.silos.includes(bridges[0]!.a) && bridges[0]!.why === 'silo');
  const named = new Set(report.units.filter((u) => u.people >= 5).map((u) => u.name));
  for (const b of bridges) assert.ok(named.has(b.a) && named.has(b.b), JSON.stringify(b));

  // A cohort of 12 leaders, two from each of six units, in groups of three: the silo and its
  // least-tied unit are two of the six.
  const { a: silo, b: partner } = bridges[0]!;
  const others = report.units.map((u) => u.name).filter((u) => u !== silo && u !== partner);
  const units = [others[0]!, silo, others[1]!, others[2]!, partner, others[3]!];
  const people: Participant[] = Array.from({ length: 12 }, (_, i) => ({
    id: `L${String(i).padStart(2, '0')}`,
    // Spelt as a participant might type it: case and spaces do not matter.
    unit: i % 2 ? units[i % 6]!.toUpperCase() : ` ${units[i % 6]!} `,
    function: `function ${i % 4}`,
  }));
  const unitOf = (id: string) =>
    people
      .find((p) => p.id === id)!
      .unit!.trim()
      .toLowerCase();
  const together = (groups: string[][]) =>
    groups.filter(
      (g) =>
        g.some((id) => unitOf(id) === silo.toLowerCase()) &&
        g.some((id) => unitOf(id) === partner.toLowerCase()),
    ).length;

  const plain = proposePeerGroups(people, 3);
  const fed = proposePeerGroups(people, 3, [bridges[0]!]);
  assert.ok(together(plain.groups) < 2, `without the analysis: ${JSON.stringify(plain.groups)}`);
  // Both leaders of the silo are each placed with a leader of its partner unit, in two groups.
  assert.equal(together(fed.groups), 2, JSON.stringify(fed.groups));
  assert.equal(fed.bridged.length, 2);
  for (const pair of fed.bridged) {
    assert.ok(fed.groups[pair.group]!.includes(pair.a) && fed.groups[pair.group]!.includes(pair.b));
    assert.deepEqual([unitOf(pair.a), unitOf(pair.b)], [silo.toLowerCase(), partner.toLowerCase()]);
  }
  // The groups are still as mixed as groups of three can be: three units each.
  for (const g of fed.groups) assert.equal(new Set(g.map(unitOf)).size, 3, JSON.stringify(fed.groups));
  assert.deepEqual(new Set(fed.groups.flat()), new Set(people.map((p) => p.id)));
});

test('bridges are never proposed from a report that shows nothing, nor to the combined small units', () => {
  assert.deepEqual(
    bridgesFromReport({
      shown: false,
      bridgesToBuild: [{ unit: 'A', with: ['B'] }],
      notTalking: { count: 1, pairs: [{ a: 'A', b: 'C' }] },
    }),
    [],
  );
  assert.deepEqual(
    bridgesFromReport({
      shown: true,
      bridgesToBuild: [{ unit: 'A', with: ['B', FOLDED] }],
      notTalking: {
        count: 2,
        pairs: [
          { a: 'B', b: 'A' },
          { a: 'C', b: 'D' },
        ],
      },
    }),
    [
      { a: 'A', b: 'B', why: 'silo' },
      { a: 'C', b: 'D', why: 'no ties' },
    ],
  );
});
