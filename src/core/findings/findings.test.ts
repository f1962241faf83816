import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validateDocument } from '../../document/validate.js';
import { assess } from '../analysis/assess.js';
import type { Network } from '../model.js';
import { RULES } from './rules.js';
import { AS_OF, daysAgo, healthyNetwork } from './test-support/healthy.js';
import type { Finding } from './types.js';

const CATALOGUE = [
  'strategic.underused',
  'network.inward',
  'operational.blind-spot',
  'operational.formal-only',
  'operational.shallow',
  'personal.narrow',
  'personal.no-groups',
  'personal.low-reach',
  'strategic.closed',
  'strategic.no-bridges',
  'strategic.no-upward',
  'strategic.no-lateral',
  'goal.unsupported',
  'goal.unreachable',
  'goal.allies-idle',
  'dynamism.stale',
  'dynamism.lapse',
  'dynamism.no-new',
  'commitment.missed',
  'reciprocity.taking',
  'reciprocity.never-asks',
  'reciprocity.no-giving',
  'exchange.only-when-needed',
  'support.trust-without-support',
  'time.operational-heavy',
];

function run(mutate: (n: Network) => void = () => {}): Finding[] {
  const network = healthyNetwork();
  mutate(network);
  return assess(validateDocument(network), { asOf: AS_OF }).findings;
}
const only = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);

function fires(code: string, mutate: (n: Network) => void, check: (f: Finding) => void = () => {}): void {
  const found = only(run(mutate), code);
  assert.ok(found.length > 0, `${code} should fire`);
  const f = found[0]!;
  assert.ok(f.title.length > 0 && f.explanation.length > 40, 'a title and a plain-language explanation');
  assert.ok(f.actions.length > 0, 'actions that address it');
  assert.ok(['info', 'warning', 'critical'].includes(f.severity));
  check(f);
}

test('every code of the catalogue has a rule', () => {
  assert.deepEqual(RULES.map(([code]) => code).sort(), [...CATALOGUE].sort());
});

test('a deliberately healthy, balanced network raises no warning at all', () => {
  const findings = run();
  assert.deepEqual(
    findings.filter((f) => f.severity !== 'info').map((f) => f.code),
    [],
  );
});

describe('each finding fires when its situation is present', () => {
  test('strategic.underused: no goal', () =>
    fires(
      'strategic.underused',
      (n) => {
        n.goals = [];
      },
      (f) => assert.equal(f.evidence.measures.goals, 0),
    ));

  test('strategic.underused: few strategic relationships and little strategic time', () =>
    fires(
      'strategic.underused',
      (n) => {
        for (const r of n.relationships!)
          r.forms = r
            .forms!.filter((x) => x !== 'strategic')
            .concat(r.forms!.includes('strategic') ? ['operational'] : []);
        n.relationships!.find((r) => r.person === 'e2')!.forms = ['personal'];
      },
      (f) => assert.equal(f.evidence.measures.strategicShareOfRelationships, 0),
    ));

  test('network.inward: E-I index far below zero', () =>
    fires(
      'network.inward',
      (n) => {
        for (const p of n.people) if (p.id.startsWith('e')) p.organization = 'o:home';
      },
      (f) => assert.equal(f.evidence.measures.eiIndex, -1),
    ));

  test('operational.blind-spot: a superior with a weak tie', () =>
    fires(
      'operational.blind-spot',
      (n) => {
        n.relationships!.find((r) => r.person === 'i5')!.strength = 2;
      },
      (f) => {
        assert.deepEqual(f.evidence.people, ['i5']);
        assert.equal(f.severity, 'critical', 'a goal stakeholder of influence 5');
        assert.equal(f.evidence.measures['strength:i5'], 2);
      },
    ));

  test('operational.blind-spot: a powerful goal stakeholder with no relationship at all', () =>
    fires(
      'operational.blind-spot',
      (n) => {
        n.goals![0]!.stakeholders!.push({ person: 'f1', influence: 4, stance: 'neutral' });
      },
      (f) => assert.deepEqual(f.evidence.people, ['f1']),
    ));

  test('operational.formal-only: the superior seen only in big meetings', () =>
    fires(
      'operational.formal-only',
      (n) => {
        for (const it of n.interactions!) if (it.people.includes('i5')) it.people = ['i5', 'i1', 'i2', 'i3'];
      },
      (f) => assert.ok(f.evidence.people.includes('i5')),
    ));

  test('operational.shallow: prescribed ties mostly weak', () =>
    fires(
      'operational.shallow',
      (n) => {
        for (const r of n.relationships!) if (r.prescribed) r.strength = 3;
      },
      (f) => {
        assert.equal(f.evidence.measures.depth, 0);
        assert.equal(f.evidence.people.length, 5);
      },
    ));

  test('personal.narrow: one organisation holds the outside contacts', () =>
    fires(
      'personal.narrow',
      (n) => {
        for (const p of n.people) if (p.id.startsWith('e')) p.organization = 'o:b';
      },
      (f) => {
        assert.deepEqual(f.evidence.organizations, ['o:b']);
        assert.equal(f.evidence.measures.dominantOrganizationShare, 1);
      },
    ));

  test('personal.no-groups: member of no outside group', () =>
    fires('personal.no-groups', (n) => {
      n.groups![0]!.ownerIsMember = false;
    }));

  test('personal.low-reach: contacts who know nobody else', () =>
    fires(
      'personal.low-reach',
      (n) => {
        n.ties = n.ties!.filter((t) => !t.b.startsWith('f'));
      },
      (f) => assert.equal(f.evidence.measures.twoStepReach, 10),
    ));

  test('strategic.closed: contacts who all know each other', () =>
    fires(
      'strategic.closed',
      (n) => {
        const ids = n.relationships!.map((r) => r.person);
        n.ties = [];
        for (let i = 0; i < ids.length; i++)
          for (let j = i + 1; j < ids.length; j++) n.ties.push({ a: ids[i]!, b: ids[j]!, strength: 3 });
      },
      (f) => assert.ok((f.evidence.measures.efficiency as number) < 0.35),
    ));

  test('strategic.no-bridges: inside and outside never meet', () =>
    fires('strategic.no-bridges', (n) => {
      n.ties = n.ties!.filter((t) => !(t.a === 'i5' && t.b === 'e2') && t.a !== 'i4');
    }));

  test('strategic.no-upward: nobody senior outside the unit', () =>
    fires('strategic.no-upward', (n) => {
      for (const p of n.people) if ((p.level ?? 0) > 3) p.level = 3;
    }));

  test('strategic.no-lateral: no tie to another unit', () =>
    fires('strategic.no-lateral', (n) => {
      for (const p of n.people) if (p.organization === 'o:home') p.unit = 'Ops';
    }));

  test('goal.unsupported: influence sits with the opposition', () =>
    fires(
      'goal.unsupported',
      (n) => {
        n.goals![0]!.stakeholders = [
          { person: 'i5', influence: 5, stance: 'opposed' },
          { person: 'e2', influence: 3, stance: 'supportive' },
        ];
      },
      (f) => {
        assert.deepEqual(f.evidence.goals, ['goal:1']);
        assert.deepEqual(f.evidence.people, ['i5']);
      },
    ));

  test('goal.unreachable: an influential stakeholder nobody connects to', () =>
    fires(
      'goal.unreachable',
      (n) => {
        n.people.push({ id: 'x1', name: 'Xavier Far', organization: 'o:c' });
        n.goals![0]!.stakeholders!.push({ person: 'x1', influence: 3, stance: 'unknown' });
      },
      (f) => {
        assert.deepEqual(f.evidence.people, ['x1']);
        assert.equal(f.severity, 'critical');
      },
    ));

  test('goal.allies-idle: a contested goal whose supporters are not contacted', () =>
    fires(
      'goal.allies-idle',
      (n) => {
        n.goals![0]!.stakeholders!.push({ person: 'e4', influence: 2, stance: 'skeptical' });
        n.interactions = n.interactions!.filter((it) => !it.people.includes('e2') || it.date < daysAgo(70));
      },
      (f) => assert.deepEqual(f.evidence.people, ['e2']),
    ));

  test('dynamism.stale: most relationships silent beyond their cadence', () =>
    fires(
      'dynamism.stale',
      (n) => {
        for (const r of n.relationships!) r.cadenceDays = 14;
      },
      (f) => {
        const strength = (id: string) =>
          healthyNetwork().relationships!.find((r) => r.person === id)!.strength!;
        const listed = f.evidence.people.map(strength);
        assert.ok(f.evidence.people.length >= 5);
        assert.deepEqual(
          listed,
          [...listed].sort((a, b) => b - a),
          'strongest first',
        );
      },
    ));

  test('dynamism.lapse: activity halved in the last six weeks', () =>
    fires(
      'dynamism.lapse',
      (n) => {
        n.interactions = n.interactions!.filter((it) => it.date < daysAgo(42) || it.date > daysAgo(3));
      },
      (f) => assert.ok((f.evidence.measures.recentWeeklyAverage as number) < 1),
    ));

  test('dynamism.no-new: every relationship is old', () =>
    fires('dynamism.no-new', (n) => {
      n.relationships!.find((r) => r.person === 'e5')!.since = '2020-01-01';
    }));

  test('commitment.missed: below target most periods', () =>
    fires(
      'commitment.missed',
      (n) => {
        n.commitments![0]!.target = 3;
      },
      (f) => assert.equal(f.evidence.measures.commitment, 'c:1'),
    ));

  test('reciprocity.taking: received far more than given', () =>
    fires(
      'reciprocity.taking',
      (n) => {
        for (const it of n.interactions!) it.direction = 'received';
        n.interactions![0]!.direction = 'gave';
      },
      (f) => assert.equal(f.evidence.measures.gave, 1),
    ));

  test('reciprocity.taking: with one person', () =>
    fires(
      'reciprocity.taking',
      (n) => {
        for (const it of n.interactions!) if (it.people[0] === 'e3') it.direction = 'received';
        n.interactions!.push(
          ...[1, 2, 3].map((k) => ({
            id: `x:${k}`,
            date: daysAgo(k * 30),
            kind: 'favor' as const,
            people: ['e3'],
            direction: 'received' as const,
          })),
        );
      },
      (f) => assert.deepEqual(f.evidence.people, ['e3']),
    ));

  test('reciprocity.never-asks: gave in every exchange of the year', () =>
    fires(
      'reciprocity.never-asks',
      (n) => {
        for (const it of n.interactions!) it.direction = 'gave';
        n.interactions![0]!.direction = 'received';
      },
      (f) => {
        assert.equal(f.evidence.measures.receivedOrAsked, 1);
        assert.ok((f.evidence.measures.exchanges as number) >= 10);
      },
    ));

  test('reciprocity.never-asks: not with two requests, nor with too few exchanges', () => {
    const asked = run((n) => {
      for (const it of n.interactions!) it.direction = 'gave';
      n.interactions![0]!.kind = 'request';
      n.interactions![1]!.kind = 'request';
    });
    assert.deepEqual(only(asked, 'reciprocity.never-asks'), []);
    const few = run((n) => {
      n.interactions = n.interactions!.slice(0, 9).map((it) => ({ ...it, direction: 'gave' as const }));
    });
    assert.deepEqual(only(few, 'reciprocity.never-asks'), []);
  });

  test('reciprocity.no-giving: received far more and no recorded need to answer', () =>
    fires(
      'reciprocity.no-giving',
      (n) => {
        for (const it of n.interactions!) it.direction = 'received';
        n.interactions![0]!.direction = 'gave';
      },
      (f) => {
        assert.equal(f.evidence.measures.gave, 1);
        assert.ok(f.actions.includes('give'));
        assert.ok(f.evidence.people.length > 0, 'names those who helped most');
      },
    ));

  test('reciprocity.no-giving: not when a contact has a recorded need (a give move exists)', () => {
    const findings = run((n) => {
      for (const it of n.interactions!) it.direction = 'received';
      n.people!.find((x) => x.id === 'e3')!.needs = ['retail buyers'];
    });
    assert.deepEqual(only(findings, 'reciprocity.no-giving'), []);
    assert.equal(only(findings, 'reciprocity.taking').length, 1);
  });

  test('exchange.only-when-needed: only requests with someone', () =>
    fires(
      'exchange.only-when-needed',
      (n) => {
        for (const it of n.interactions!) if (it.people[0] === 'e3') it.kind = 'request';
      },
      (f) => assert.deepEqual(f.evidence.people, ['e3']),
    ));

  test('support.trust-without-support: a trusted person and a trusted organisation that never helped', () =>
    fires(
      'support.trust-without-support',
      (n) => {
        n.relationships!.find((r) => r.person === 'e1')!.trust = 5;
        n.relationships!.find((r) => r.person === 'e1')!.support = 0;
        n.organizations!.find((o) => o.id === 'o:b')!.support = [{ date: daysAgo(500), kind: 'finance' }];
      },
      (f) => {
        assert.deepEqual(f.evidence.people, ['e1']);
        assert.deepEqual(f.evidence.organizations, ['o:b']);
      },
    ));

  test('time.operational-heavy: 80 % of minutes operational', () =>
    fires(
      'time.operational-heavy',
      (n) => {
        for (const it of n.interactions!) it.forms = ['operational'];
      },
      (f) => assert.equal(f.evidence.measures.operationalShareOfMinutes, 1),
    ));
});

describe('findings stay silent on near misses', () => {
  const silent = (code: string, mutate: (n: Network) => void) =>
    assert.equal(only(run(mutate), code).length, 0, `${code} should stay silent`);
  test('network.inward: E-I at -0.6 exactly is not "far below"', () =>
    silent('network.inward', (n) => {
      // 8 internal, 2 external: (2 - 8) / 10 = -0.6
      for (const id of ['e1', 'e3', 'e4']) n.people.find((p) => p.id === id)!.organization = 'o:home';
    }));
  test('operational.blind-spot: a strong superior seen last month', () =>
    silent('operational.blind-spot', () => {}));
  test('goal.allies-idle: no opposition, so idle allies are not a risk yet', () =>
    silent('goal.allies-idle', (n) => {
      n.interactions = n.interactions!.filter((it) => !it.people.includes('e2'));
    }));
  test('exchange.only-when-needed: one request among meetings', () =>
    silent('exchange.only-when-needed', (n) => {
      n.interactions!.find((it) => it.people[0] === 'e3')!.kind = 'request';
    }));
  test('dynamism.lapse: a quiet baseline is not a lapse', () =>
    silent('dynamism.lapse', (n) => {
      n.interactions = n.interactions!.filter((_, i) => i % 8 === 0);
    }));
  test('support.trust-without-support: unstated support is unknown, not missing', () =>
    silent('support.trust-without-support', (n) => {
      n.relationships!.find((r) => r.person === 'e1')!.trust = 5;
    }));
});

test('findings are sorted by severity and carry only known ids', () => {
  const network = healthyNetwork();
  network.relationships!.find((r) => r.person === 'i5')!.strength = 1;
  network.goals = [];
  const findings = assess(validateDocument(network), { asOf: AS_OF }).findings;
  const order = findings.map((f) => ({ critical: 0, warning: 1, info: 2 })[f.severity]);
  assert.deepEqual(order, [...order].sort());
  const ids = new Set(network.people.map((p) => p.id));
  for (const f of findings) for (const p of f.evidence.people) assert.ok(ids.has(p), p);
});
