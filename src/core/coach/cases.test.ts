// Networks built from the framework's cases, asserting the findings, the top moves, and that
// the false alarms a leader would see before are gone.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validateDocument } from '../../document/validate.js';
import { assess } from '../analysis/assess.js';
import { formPercentages } from '../analysis/form-shares.js';
import { recentShares } from '../analysis/measures.js';
import type { Interaction, Network, Person, Relationship } from '../model.js';
import { FORMS } from '../vocabulary.js';
import { movesFrom } from './moves.js';
import { plan } from './plan.js';
import { coachContext, suggestFrom } from './suggest.js';
import { triage } from './triage.js';

const AS_OF = '2026-06-30';
const ago = (d: number) => new Date(Date.parse(AS_OF) - d * 86_400_000).toISOString().slice(0, 10);

function doc(people: Person[], relationships: Relationship[], extra: Partial<Network> = {}): Network {
  return validateDocument({
    format: 'threefold/1',
    owner: { name: 'Sam Specialist', organization: 'o:home', unit: 'R&D', level: 3, interests: ['chess'] },
    organizations: [
      { id: 'o:home', name: 'Home', kind: 'company' },
      { id: 'o:uni', name: 'University', kind: 'other' },
      { id: 'o:sup', name: 'Supplier Co', kind: 'company' },
      { id: 'o:agency', name: 'Food Agency', kind: 'public-body' },
    ],
    people,
    relationships,
    ...extra,
  });
}

describe('a specialist moving to general management', () => {
  function specialist(): Network {
    const people: Person[] = [
      { id: 'boss', name: 'Bea Boss', organization: 'o:home', unit: 'R&D', level: 4 },
      { id: 'lab1', name: 'Lars Lab', organization: 'o:home', unit: 'R&D', level: 2 },
      { id: 'lab2', name: 'Lena Lab', organization: 'o:home', unit: 'R&D', level: 3 },
      { id: 'coo', name: 'Cora Chief', organization: 'o:home', unit: 'Operations', level: 6 },
      { id: 'prof', name: 'Piet Professor', organization: 'o:uni', level: 6, interests: ['chess'] },
      { id: 'sup', name: 'Sven Supplier', organization: 'o:sup', level: 3 },
      { id: 'reg', name: 'Rita Regulator', organization: 'o:agency', level: 4 },
    ];
    const relationships: Relationship[] = [
      { person: 'boss', roles: ['superior'], strength: 4, cadenceDays: 14 },
      { person: 'lab1', roles: ['direct-report'], strength: 4, cadenceDays: 14 },
      { person: 'lab2', roles: ['peer'], strength: 4, cadenceDays: 30 },
      { person: 'coo', strength: 1 },
      { person: 'prof', strength: 5, cadenceDays: 60 },
      { person: 'sup', roles: ['supplier'], strength: 3, cadenceDays: 30 },
      { person: 'reg', roles: ['regulator'], strength: 2, cadenceDays: 90 },
    ];
    const interactions: Interaction[] = [];
    for (let w = 0; w < 12; w++) {
      interactions.push({
        id: `b${w}`,
        date: ago(3 + w * 7),
        kind: 'meeting',
        people: ['boss', 'lab1'],
        minutes: 60,
      });
      interactions.push({
        id: `p${w}`,
        date: ago(5 + w * 7),
        kind: 'call',
        people: ['prof', 'sup'],
        minutes: 30,
      });
    }
    return doc(people, relationships, { interactions });
  }

  test('senior people outside do not count as upward; his own senior leaders are missing', () => {
    const a = assess(specialist(), { asOf: AS_OF });
    const f = a.findings.find((x) => x.code === 'strategic.no-upward');
    assert.ok(f, a.findings.map((x) => x.code).join(', '));
    assert.equal(f.evidence.measures.seniorOutside, 2, 'the professor and the regulator');
    assert.deepEqual(
      f.evidence.people,
      ['coo'],
      'the chief operating officer, not the boss, not the professor',
    );
  });

  test('a supplier and a regulator the job depends on are operational, not personal', () => {
    const a = assess(specialist(), { asOf: AS_OF });
    const forms = new Map(a.people.map((p) => [p.id, p.forms]));
    for (const id of ['sup', 'reg']) {
      assert.ok(forms.get(id)!.includes('operational'), `${id}: ${forms.get(id)}`);
      assert.ok(!forms.get(id)!.includes('personal'), `${id}: ${forms.get(id)}`);
    }
    assert.deepEqual(forms.get('prof'), ['personal', 'strategic']);
  });

  test('assess and plan state the same time shares, adding up to 100 %', () => {
    const ctx = coachContext(specialist(), AS_OF);
    const a = assess(specialist(), { asOf: AS_OF });
    const fromAssess = formPercentages(recentShares(a.metrics.forms));
    const week = plan(movesFrom(ctx, suggestFrom(ctx)), {
      week: AS_OF,
      budgetMinutes: 180,
      minutesByForm: recentShares(ctx.measures.forms),
    });
    assert.equal(
      FORMS.reduce((s, f) => s + fromAssess[f], 0),
      100,
    );
    for (const f of FORMS) assert.equal(week.percent[f].last90Days, fromAssess[f], f);
    assert.equal(
      FORMS.reduce((s, f) => s + week.percent[f].plan, 0),
      100,
    );
    // The raw shares add up too: an interaction serving two forms splits its minutes.
    assert.ok(Math.abs(FORMS.reduce((s, f) => s + a.metrics.forms[f].shareOfMinutesRecent, 0) - 1) < 1e-9);
  });

  test('a small budget still gives every form a move, and says so when it cannot', () => {
    const ctx = coachContext(specialist(), AS_OF);
    const moves = movesFrom(ctx, suggestFrom(ctx));
    const formsWithMoves = new Set(moves.map((m) => m.form));
    const cheapest = [...formsWithMoves].reduce(
      (s, f) => s + Math.min(...moves.filter((m) => m.form === f).map((m) => m.minutes)),
      0,
    );
    const minutesByForm = recentShares(ctx.measures.forms);
    const roomy = plan(moves, { week: AS_OF, budgetMinutes: Math.max(60, cheapest), minutesByForm });
    assert.deepEqual(new Set(roomy.actions.map((a) => a.form)), formsWithMoves);
    assert.ok(roomy.minutes <= roomy.budgetMinutes);
    const tight = plan(moves, { week: AS_OF, budgetMinutes: cheapest - 1, minutesByForm });
    assert.equal(tight.notes.length > 0, formsWithMoves.size > 1);
    assert.match(tight.notes[0] ?? '', /cannot hold a move for each form/);
  });
});

describe('a leader who starts by importing contacts', () => {
  /** Contacts and a calendar imported: relationships nobody has set up, a few meetings. */
  function imported(): Network {
    const people: Person[] = [
      { id: 'c1', name: 'Cai One', organization: 'o:home', title: 'Product Engineer', level: 2 },
      { id: 'c2', name: 'Cleo Two', organization: 'o:home', title: 'Data Engineer', level: 3 },
      { id: 'c3', name: 'Cy Three', organization: 'o:sup', title: 'Account Manager' },
      { id: 'c4', name: 'Col Four', organization: 'o:sup', title: 'Sales Director' },
      { id: 'c5', name: 'Cara Five', organization: 'o:home', title: 'Vice President', level: 6 },
      { id: 'c6', name: 'Cass Six', organization: 'o:uni', title: 'Research Engineer' },
      { id: 'c7', name: 'Cal Seven', organization: 'o:agency', title: 'Inspector' },
    ];
    return doc(
      people,
      people.map((p) => ({ person: p.id, since: '2019-05-01' })),
      {
        interactions: [
          { id: 'm1', date: ago(10), kind: 'meeting', people: ['c1', 'c2'], minutes: 45 },
          { id: 'm2', date: ago(40), kind: 'meeting', people: ['c2'], minutes: 30 },
        ],
      },
    );
  }

  test('never contacted is neutral: no overdue alarm, no stale network', () => {
    const a = assess(imported(), { asOf: AS_OF });
    const codes = a.findings.map((f) => f.code);
    assert.ok(!codes.includes('dynamism.stale'), codes.join(', '));
    for (const id of ['c3', 'c4', 'c5', 'c6', 'c7'])
      assert.equal(a.people.find((p) => p.id === id)!.cadence!.state, 'unknown', id);
    const ctx = coachContext(imported(), AS_OF);
    assert.deepEqual(
      suggestFrom(ctx).filter((x) => x.kind === 'reconnect'),
      [],
      'no reconnect for people never contacted',
    );
  });

  test('the coach proposes a triage: groups by shared history, seniority, organisation and title, with first moves', () => {
    const t = triage(coachContext(imported(), AS_OF).view);
    assert.ok(t.needed);
    assert.equal(t.untriaged, 7);
    const byKey = new Map(t.groups.map((g) => [g.key, g]));
    assert.deepEqual(byKey.get('history')!.people, ['c1', 'c2']);
    assert.deepEqual(byKey.get('senior')!.people, ['c5']);
    assert.deepEqual(byKey.get('org:o:sup')!.people, ['c3', 'c4']);
    assert.equal(byKey.get('senior')!.suggested.forms[0], 'strategic');
    assert.equal(new Set(t.groups.flatMap((g) => g.people)).size, 7, 'everyone in exactly one group');
    assert.equal(t.groups.flatMap((g) => g.people).length, 7);
    assert.ok(t.firstMoves.length >= 3);
    assert.ok(t.firstMoves.some((m) => m.people[0] === 'c5'));
  });

  test('once set up, the triage is no longer proposed', () => {
    const n = imported();
    for (const r of n.relationships!) r.cadenceDays = 60;
    assert.equal(triage(coachContext(n, AS_OF).view).needed, false);
  });
});

describe('a champion whose regular meetings stopped', () => {
  function champion(): Network {
    const people: Person[] = [
      { id: 'ch', name: 'Chloe Champion', organization: 'o:home', unit: 'Board', level: 6 },
      { id: 'r1', name: 'Remy Report', organization: 'o:home', unit: 'R&D', level: 2 },
      { id: 'r2', name: 'Rosa Report', organization: 'o:home', unit: 'R&D', level: 2 },
      { id: 'pe', name: 'Pia Peer', organization: 'o:home', unit: 'Sales', level: 3 },
    ];
    const interactions: Interaction[] = [];
    for (let d = 42; d <= 364; d += 14)
      interactions.push({ id: `c${d}`, date: ago(d), kind: 'meeting', people: ['ch'], minutes: 45 });
    for (let d = 5; d <= 300; d += 20)
      interactions.push({ id: `p${d}`, date: ago(d), kind: 'call', people: ['pe'], minutes: 30 });
    return doc(
      people,
      [
        { person: 'ch', roles: ['sponsor'], strength: 4, trust: 4, support: 3, cadenceDays: 14 },
        { person: 'r1', roles: ['direct-report'], strength: 3 },
        { person: 'r2', roles: ['direct-report'], strength: 4 },
        { person: 'pe', roles: ['peer'], strength: 3, cadenceDays: 30 },
      ],
      {
        interactions,
        goals: [
          {
            id: 'goal:1',
            title: 'Launch the new product line',
            stakeholders: [{ person: 'ch', influence: 5, stance: 'champion' }],
          },
        ],
      },
    );
  }

  test('she is named as a strong tie whose fortnightly meetings stopped, not as weakly tied', () => {
    const a = assess(champion(), { asOf: AS_OF });
    const f = a.findings.find((x) => x.code === 'operational.blind-spot')!;
    assert.ok(f);
    assert.doesNotMatch(f.title, /weakly tied/);
    assert.match(f.title, /Strong ties .* gone quiet/);
    assert.match(
      f.explanation,
      /Chloe Champion \(you used to meet about every 14 days; last contact 42 days ago\)/,
    );
    assert.doesNotMatch(f.explanation, /weak or missing/);
  });

  test('direct reports who are simply not logged are not called dormant', () => {
    const a = assess(champion(), { asOf: AS_OF });
    for (const id of ['r1', 'r2']) assert.equal(a.people.find((p) => p.id === id)!.cadence!.state, 'unknown');
    const stale = a.findings.find((x) => x.code === 'dynamism.stale');
    assert.ok(!stale?.evidence.people.some((id) => id === 'r1' || id === 'r2'));
    assert.deepEqual(a.metrics.dynamism.dormant.includes('r1'), false);
  });

  test('her move comes first and serves the finding', () => {
    const ctx = coachContext(champion(), AS_OF);
    const [first] = movesFrom(ctx, suggestFrom(ctx));
    assert.equal(first!.people[0], 'ch');
    assert.ok(first!.serves.includes('operational.blind-spot'));
    assert.ok(!movesFrom(ctx, suggestFrom(ctx)).some((m) => m.kind === 'reconnect' && m.people[0] === 'r1'));
  });
});
