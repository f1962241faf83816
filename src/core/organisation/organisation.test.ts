import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateOrganisation } from './generate.js';
import { organisationKernels } from './kernels.js';
import { collaborationOf, dayNumber, type OrganisationData, type RosterEntry, timeOf } from './model.js';
import { personalPicture } from './personal.js';
import { prepareOrganisation } from './prepare.js';
import { changedTooLittle, FOLDED, nextShownSizes, reportingGroups } from './privacy.js';
import { organisationReport } from './report.js';
import { normalisedMutualInformation } from './stats.js';
import { describeOrganisation } from './words.js';

const asOf = '2026-11-30';

/** Four people of one unit, no one managing anyone. */
const fourInOneUnit = (): RosterEntry[] =>
  ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    unit: 'U',
    function: 'F',
    level: 'L1',
    location: 'X',
    manager: null,
    startDate: null,
  }));

function analyse(data: OrganisationData) {
  const prepared = prepareOrganisation(data, { asOf });
  const kernels = organisationKernels(prepared.graph, { betweennessSamples: 200, seed: 1 });
  return { prepared, kernels, report: organisationReport(prepared, kernels) };
}

describe('organisation analysis on a generated company with known structure', () => {
  const { data, planted } = generateOrganisation({
    units: 12,
    perUnit: 30,
    asOf,
    silos: 3,
    brokers: 4,
    overloaded: 5,
    newLeaders: 6,
  });
  const { prepared, kernels, report } = analyse(data);
  const picture = (id: string) => personalPicture(prepared, kernels, prepared.roster.index.get(id)!);

  it('finds exactly the silo units', () => {
    assert.deepEqual([...report.silos].sort(), [...planted.silos].sort());
    for (const unit of report.units.filter((u) => !u.silo)) assert.ok(unit.ei! > -0.5, unit.name);
  });

  it('proposes, for each silo, the units to mix it with first (the fewest ties between them)', () => {
    assert.deepEqual(report.bridgesToBuild.map((b) => b.unit).sort(), [...planted.silos].sort());
    const mk = report.matrix.units.length;
    for (const { unit, with: partners } of report.bridgesToBuild) {
      assert.equal(partners.length, 3);
      const a = report.matrix.units.indexOf(unit);
      const density = (name: string) => {
        const b = report.matrix.units.indexOf(name);
        return report.matrix.ties[a]![b]! / (report.units[a]!.people * report.units[b]!.people);
      };
      const chosen = Math.max(...partners.map(density));
      for (let b = 0; b < mk; b++)
        if (b !== a && !partners.includes(report.matrix.units[b]!))
          assert.ok(
            density(report.matrix.units[b]!) >= chosen,
            `${unit}: ${report.matrix.units[b]} is less tied`,
          );
    }
  });

  it('finds every planted broker, and few others', () => {
    for (const id of planted.brokers) assert.equal(picture(id).broker, true, id);
    assert.ok(report.brokers.count <= planted.brokers.length * 3, `${report.brokers.count} brokers`);
    assert.ok(report.brokers.shareOfCrossUnitTies! > 0);
  });

  it('finds exactly the overloaded people', () => {
    assert.equal(report.overload.overloaded, planted.overloaded.length);
    for (const id of planted.overloaded) assert.equal(picture(id).overloaded, true, id);
  });

  it('follows new leaders at 30 and 60 days against established ones', () => {
    assert.equal(report.newLeaders.count, planted.newLeaders.length);
    assert.equal(report.newLeaders.shown, true);
    const at30 = report.newLeaders.milestones.find((m) => m.day === 30)!;
    assert.equal(at30.leaders, 6);
    assert.ok(at30.medianTies! > 0);
    assert.ok(report.newLeaders.establishedMedianTies! > 0);
    for (const id of planted.newLeaders) {
      const mine = picture(id).integration!;
      assert.ok(mine.daysIn >= 40 && mine.daysIn < 90, `${mine.daysIn}`);
      const known = mine.ties.filter((t) => t !== null);
      assert.equal(known.length, mine.daysIn >= 60 ? 2 : 1);
      assert.deepEqual(
        known,
        [...known].sort((x, y) => x - y),
        'ties only grow',
      );
    }
  });

  it('sees communities close to the formal units, and says how close', () => {
    assert.ok(report.communities.agreementWithUnits! > 0.6, `${report.communities.agreementWithUnits}`);
    assert.ok(report.communities.shown.every((c) => c.people >= 5));
  });

  it("says in words how precise sampled betweenness is at the brokers' line, and nothing when exact", () => {
    const sampled = organisationKernels(prepared.graph, { betweennessSamples: 150, seed: 1, exactUpTo: 0 });
    const at = organisationReport(prepared, sampled).brokers.betweenness.atTheLine!;
    assert.ok(at.relativeHalfWidth! > 0 && at.unsettled > 0);
    const lines = describeOrganisation(organisationReport(prepared, sampled))
      .find((s) => s.title === 'Brokers')!
      .lines.join(' ');
    assert.match(lines, /routes of 150 people picked at random/);
    assert.match(
      lines,
      new RegExp(
        `typically within ${Math.round(at.relativeHalfWidth! * 100)} % of the line for the top 5 %, either way \\(19 times in 20\\); ${at.unsettled} people are too close`,
      ),
    );
    assert.equal(report.brokers.betweenness.atTheLine, null);
    assert.doesNotMatch(
      describeOrganisation(report)
        .flatMap((s) => s.lines)
        .join(' '),
      /19 times in 20/,
    );
  });

  it('with betweenness sampled, names as brokers only people above the line beyond doubt: the planted ones', () => {
    for (const seed of [1, 2]) {
      const sampled = organisationKernels(prepared.graph, { betweennessSamples: 150, seed, exactUpTo: 0 });
      const named = organisationReport(prepared, sampled).brokers.count;
      for (const id of planted.brokers)
        assert.equal(
          personalPicture(prepared, sampled, prepared.roster.index.get(id)!).broker,
          true,
          `${id}, seed ${seed}`,
        );
      assert.ok(
        named >= planted.brokers.length && named <= report.brokers.count,
        `${named} brokers, seed ${seed}`,
      );
    }
  });

  it('names no person in the report', () => {
    const text = JSON.stringify(report);
    for (const p of data.people) assert.ok(!text.includes(`"${p.id}"`), p.id);
    assert.ok(!/"p\d+"/.test(text));
  });

  it('gives a person their forms, which add up to their ties', () => {
    const mine = picture('p40');
    assert.equal(mine.forms.operational + mine.forms.personal + mine.forms.strategic, mine.ties);
    assert.ok(mine.forms.operational > 0);
  });
});

describe('privacy: groups under five', () => {
  it('folds units under five, and folds a shown unit too when the fold alone is under five', () => {
    assert.deepEqual(reportingGroups(['A', 'B', 'C', 'D'], [4, 4, 10, 12]).names, ['C', 'D', FOLDED]);
    const one = reportingGroups(['A', 'B', 'C'], [3, 10, 12]);
    assert.deepEqual(one.names, ['C', FOLDED]);
    assert.deepEqual(one.sizes, [12, 13]);
    assert.deepEqual(reportingGroups(['A', 'B'], [2, 2]).names, []);
    assert.deepEqual(reportingGroups(['A', 'B'], [5, 7]).names, ['A', 'B']);
  });

  it('never shows a unit of four by name, in any part of the report', () => {
    const { data } = generateOrganisation({ units: 4, perUnit: 12, asOf });
    const people = data.people.map((p, i) => (i < 4 ? { ...p, unit: 'Tiny team' } : p));
    const { report } = analyse({ ...data, people });
    assert.ok(!JSON.stringify(report).includes('Tiny team'));
    assert.ok(report.units.some((u) => u.name === FOLDED && u.people >= 5));
  });

  it('shows nothing about an organisation of four', () => {
    const people = fourInOneUnit();
    const { report } = analyse({ people, collaboration: collaborationOf(0), time: timeOf(0) });
    assert.equal(report.shown, false);
    assert.deepEqual(report.units, []);
  });

  it('does not show new leaders as a group of four', () => {
    const { data } = generateOrganisation({ units: 6, perUnit: 20, asOf, newLeaders: 4 });
    const { report } = analyse(data);
    assert.equal(report.newLeaders.count, 4);
    assert.equal(report.newLeaders.shown, false);
    assert.deepEqual(report.newLeaders.milestones, []);
  });
});

describe('ties of the window', () => {
  it('sums interactions per pair in the window, either way round, and keeps survey ties', () => {
    const people = fourInOneUnit();
    const edges = collaborationOf(8);
    const day = dayNumber(asOf);
    const add = (a: number, b: number, d: number, channel: number, count: number) => {
      const e = edges.length++;
      edges.a[e] = a;
      edges.b[e] = b;
      edges.day[e] = d;
      edges.channel[e] = channel;
      edges.count[e] = count;
    };
    add(0, 1, day, 0, 1);
    add(1, 0, day - 10, 1, 1); // a-b: 2 in all, a tie
    add(0, 2, day, 0, 1); // a-c: 1, not a tie
    add(0, 3, day - 200, 0, 9); // a-d: outside the window
    add(2, 3, day - 5, 4, 1); // c-d: named in a survey
    const p = prepareOrganisation({ people, collaboration: edges, time: timeOf(0) }, { asOf });
    const g = p.graph;
    const tie = (u: number, v: number) => {
      for (let i = g.offsets[u]!; i < g.offsets[u + 1]!; i++) if (g.neighbors[i] === v) return g.weights[i]!;
      return 0;
    };
    assert.equal(tie(0, 1), 2);
    assert.equal(tie(1, 0), 2);
    assert.equal(tie(0, 2), 0);
    assert.equal(tie(0, 3), 0);
    assert.equal(tie(2, 3), 1);
  });
});

describe('normalised mutual information', () => {
  it('matches the value worked by hand (scikit-learn’s arithmetic normalisation)', () => {
    // H(x) = ln 2, H(y) = 0.562335, I = 0.215762: 2I / (H(x) + H(y)) = 0.343711.
    const nmi = normalisedMutualInformation(Int32Array.of(0, 0, 1, 1), Int32Array.of(0, 0, 0, 1));
    assert.ok(Math.abs(nmi - 0.343711) < 1e-6, String(nmi));
    assert.equal(normalisedMutualInformation(Int32Array.of(0, 1, 2), Int32Array.of(5, 3, 4)), 1);
  });
});

describe('privacy: no differencing between consecutive reports', () => {
  it('withholds units that changed by 1 to 4 people since last shown, until they change by 5', () => {
    const names = ['A', 'B', 'C', 'D'];
    const before = { A: 30, B: 30, C: 30 };
    // A lost one (an opt-out), B gained four, C lost five, D is new.
    const sizes = [29, 34, 25, 8];
    const withheld = changedTooLittle(before, names, sizes);
    assert.deepEqual([...withheld].sort(), ['A', 'B']);
    assert.deepEqual(changedTooLittle(null, names, sizes), new Set());
    const groups = reportingGroups(names, sizes, withheld);
    assert.deepEqual(groups.names, ['C', 'D', FOLDED]);
    assert.equal(groups.sizes[2], 63);
    // What is kept: the sizes last shown for A and B, the new ones for C and D.
    const kept = nextShownSizes(before, names, sizes, groups);
    assert.deepEqual(kept, { A: 30, B: 30, C: 25, D: 8 });
    // A loses one more (2 since last shown): still withheld; back to 30, shown again.
    assert.ok(changedTooLittle(kept, names, [28, 30, 25, 8]).has('A'));
    assert.deepEqual(changedTooLittle(kept, names, [30, 30, 25, 8]), new Set());
  });

  it('the report combines a withheld unit with the small groups and says how many', () => {
    const { data } = generateOrganisation({ units: 6, perUnit: 20, asOf, silos: 1, brokers: 2 });
    const prepared = prepareOrganisation(data, { asOf });
    const kernels = organisationKernels(prepared.graph, { betweennessSamples: 100, seed: 1 });
    const previous = { 'Unit 001': 21, 'Unit 002': 20 };
    const report = organisationReport(prepared, kernels, previous);
    assert.equal(report.unitsWithheld, 1);
    assert.ok(!report.units.some((u) => u.name === 'Unit 001'));
    assert.ok(report.units.some((u) => u.name === 'Unit 002'));
    assert.equal(report.units.find((u) => u.name === FOLDED)!.people, 20);
  });
});
