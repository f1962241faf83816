import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validateDocument } from '../../document/validate.js';
import { measure } from '../analysis/measures.js';
import { buildNetworkView } from '../analysis/view.js';
import { commitmentsKept } from '../findings/rules.js';
import { buildCsrGraph } from '../graph/index.js';
import type { Network, Person, Relationship } from '../model.js';
import { brief } from './brief.js';
import { goalMap } from './goal-map.js';
import { matches, similarity } from './match.js';
import { strongestPaths } from './paths.js';
import { plan } from './plan.js';
import { compareSnapshots, takeSnapshot } from './review.js';
import { coachContext, suggest } from './suggest.js';

const AS_OF = '2026-06-30';
const ago = (d: number) => new Date(Date.parse(AS_OF) - d * 86_400_000).toISOString().slice(0, 10);

/** A small network: the owner at o:home in Ops, level 3; people and relationships as given. */
function net(people: Person[], relationships: Relationship[], extra: Partial<Network> = {}): Network {
  return validateDocument({
    format: 'threefold/1',
    owner: { name: 'Owner', organization: 'o:home', unit: 'Ops', level: 3, interests: ['sailing'] },
    organizations: [
      { id: 'o:home', name: 'Home', kind: 'company' },
      { id: 'o:x', name: 'Elsewhere', kind: 'company' },
    ],
    people,
    relationships,
    ...extra,
  });
}
const p = (id: string, more: Partial<Person> = {}): Person => ({
  id,
  name: id.toUpperCase(),
  organization: 'o:x',
  ...more,
});
const kinds = (n: Network, kind: string) => suggest(n, { asOf: AS_OF }).filter((a) => a.kind === kind);

describe('needs and offers match across wording', () => {
  test('supply-chain advice meets advice on supply chains', () => {
    assert.ok(matches('supply-chain advice', 'advice on supply chains'));
    assert.ok(matches('Advice on supply chains', 'SUPPLY CHAIN ADVICE'));
    assert.ok(matches('EU customs rules', 'customs rule in the EU'));
    assert.ok(!matches('supply-chain advice', 'legal advice'));
    assert.ok(!matches('retail buyers', 'data analytics'));
    assert.equal(similarity('', 'anything'), 0);
  });
});

describe('each action kind appears in its situation, with the right people, and not otherwise', () => {
  test('reconnect: overdue and dormant ties, important and dormant first', () => {
    const n = net(
      [p('a'), p('b'), p('c')],
      [
        { person: 'a', strength: 5, cadenceDays: 30 },
        { person: 'b', strength: 3, cadenceDays: 30 },
        { person: 'c', strength: 1, cadenceDays: 30 },
      ],
      {
        interactions: [
          { id: 'i1', date: ago(200), people: ['a'] },
          { id: 'i2', date: ago(5), people: ['b'] },
          { id: 'i3', date: ago(40), people: ['c'] },
        ],
      },
    );
    const r = kinds(n, 'reconnect');
    assert.deepEqual(
      r.map((a) => a.people[0]),
      ['a', 'c'],
    );
    assert.match(r[0]!.reason, /200 days ago.*dormant/);
  });

  test('reconnect: one action per person, the best scored, when two relationships name them', () => {
    const n = net(
      [p('a'), p('b')],
      [
        { person: 'a', strength: 1, cadenceDays: 30 },
        { person: 'b', strength: 3, cadenceDays: 30 },
      ],
      { interactions: [{ id: 'i1', date: ago(200), people: ['a', 'b'] }] },
    );
    // A document cannot say this (validation refuses it); the core is given what it is given.
    n.relationships!.push({ person: 'a', strength: 5, cadenceDays: 30 });
    const r = kinds(n, 'reconnect');
    assert.deepEqual(
      r.map((a) => a.people[0]),
      ['a', 'b'],
    );
    // The stronger relationship's action, not the weaker one's.
    assert.match(r[0]!.reason, /\(5 of 5\)/);
    const keys = suggest(n, { asOf: AS_OF }).map((a) => a.key);
    assert.equal(new Set(keys).size, keys.length);
  });

  test('strengthen: a superior with a weak tie; none when the tie is strong and current', () => {
    const people = [p('boss', { organization: 'o:home', unit: 'Exec', level: 5 })];
    const weak = net(people, [{ person: 'boss', roles: ['superior'], strength: 1 }]);
    assert.deepEqual(
      kinds(weak, 'strengthen').map((a) => a.people),
      [['boss']],
    );
    const strong = net(people, [{ person: 'boss', roles: ['superior'], strength: 4 }]);
    assert.equal(kinds(strong, 'strengthen').length, 0);
  });

  test('introduce: a need meets an offer between two contacts who do not know each other', () => {
    const people = [
      p('x', { needs: ['supply-chain advice'] }),
      p('y', { offers: ['advice on supply chains'] }),
      p('z', { offers: ['tax law'] }),
    ];
    const rels = people.map((q) => ({ person: q.id }));
    const found = kinds(net(people, rels), 'introduce');
    assert.deepEqual(
      found.map((a) => a.people),
      [['x', 'y']],
    );
    const alreadyTied = kinds(net(people, rels, { ties: [{ a: 'x', b: 'y' }] }), 'introduce');
    assert.equal(alreadyTied.length, 0);
  });

  test('introduce: a need listed twice proposes people the first did not', () => {
    // Five who offer it, strongest tie first; a need proposes three.
    const offerers = [5, 4, 3, 2, 1].map((strength, k) => ({
      person: p(`y${k + 1}`, { offers: ['advice on supply chains'] }),
      strength,
    }));
    const introduced = (needs: string[]) =>
      kinds(
        net(
          [p('x', { needs }), ...offerers.map((o) => o.person)],
          [{ person: 'x' }, ...offerers.map((o) => ({ person: o.person.id, strength: o.strength }))],
        ),
        'introduce',
      )
        .map((a) => a.people[1])
        .sort();
    assert.deepEqual(introduced(['supply-chain advice']), ['y1', 'y2', 'y3']);
    assert.deepEqual(introduced(['supply-chain advice', 'supply-chain advice']), [
      'y1',
      'y2',
      'y3',
      'y4',
      'y5',
    ]);
  });

  test('ask: a weak tie whose offers bear on a goal; not a strong, current one', () => {
    const people = [p('w', { offers: ['cold chain logistics'] })];
    const goals = [{ id: 'goal:1', title: 'Build cold-chain logistics' }];
    const weak = kinds(net(people, [{ person: 'w', strength: 2 }], { goals }), 'ask');
    assert.deepEqual(
      weak.map((a) => [a.people, a.goal]),
      [[['w'], 'goal:1']],
    );
    assert.equal(kinds(net(people, [{ person: 'w', strength: 4 }], { goals }), 'ask').length, 0);
  });

  test('give: someone who helped more than they were helped and is looking for something', () => {
    const people = [p('g', { needs: ['a new hire'] })];
    const interactions = [1, 2, 3].map((k) => ({
      id: `i${k}`,
      date: ago(k * 10),
      people: ['g'],
      direction: 'received' as const,
    }));
    assert.deepEqual(
      kinds(net(people, [{ person: 'g', strength: 3 }], { interactions }), 'give').map((a) => a.people),
      [['g']],
    );
    const balanced = interactions.map((it, k) => ({
      ...it,
      direction: k % 2 ? ('gave' as const) : ('received' as const),
    }));
    balanced.push({ id: 'i9', date: ago(2), people: ['g'], direction: 'gave' });
    assert.equal(
      kinds(net(people, [{ person: 'g', strength: 3 }], { interactions: balanced }), 'give').length,
      0,
    );
  });

  test('reach: the strongest chain to a stakeholder the owner does not know', () => {
    const people = [p('a'), p('b'), p('s')];
    const n = net(
      people,
      [
        { person: 'a', strength: 5 },
        { person: 'b', strength: 1 },
      ],
      {
        ties: [
          { a: 'a', b: 's', strength: 4 },
          { a: 'b', b: 's', strength: 5 },
        ],
        goals: [
          {
            id: 'goal:1',
            title: 'Win the contract',
            stakeholders: [{ person: 's', influence: 4, stance: 'neutral' }],
          },
        ],
      },
    );
    const r = kinds(n, 'reach');
    assert.deepEqual(
      r.map((a) => [a.people, a.goal]),
      [[['a', 's'], 'goal:1']],
    );
    const known = net(
      people,
      [
        { person: 'a', strength: 5 },
        { person: 's', strength: 3 },
      ],
      {
        goals: [
          {
            id: 'goal:1',
            title: 'Win the contract',
            stakeholders: [{ person: 's', influence: 4, stance: 'neutral' }],
          },
        ],
      },
    );
    assert.equal(kinds(known, 'reach').length, 0);
  });

  test('hook: a shared interest with a senior person outside the unit', () => {
    const senior = p('v', { organization: 'o:home', unit: 'Strategy', level: 6, interests: ['Sailing'] });
    assert.deepEqual(
      kinds(net([senior], []), 'hook').map((a) => a.people),
      [['v']],
    );
    assert.equal(kinds(net([{ ...senior, interests: ['golf'] }], []), 'hook').length, 0);
    assert.equal(kinds(net([{ ...senior, level: 3 }], []), 'hook').length, 0);
  });

  test('request-support: high trust, low support, from a person and an organisation', () => {
    const n = net([p('t')], [{ person: 't', trust: 5, support: 0 }], {
      organizations: [
        { id: 'o:home', name: 'Home', kind: 'company' },
        { id: 'o:x', name: 'Elsewhere', kind: 'company', trust: 4 },
      ],
    });
    const r = kinds(n, 'request-support');
    assert.deepEqual(
      r.map((a) => [a.people, a.organizations]),
      [
        [['t'], []],
        [[], ['o:x']],
      ],
    );
    assert.equal(kinds(net([p('t')], [{ person: 't', trust: 5, support: 4 }]), 'request-support').length, 0);
  });

  test('join: a group where people the owner needs already are', () => {
    const people = [p('s'), p('m')];
    const goals = [
      {
        id: 'goal:1',
        title: 'Go',
        stakeholders: [{ person: 's', influence: 5, stance: 'neutral' as const }],
      },
    ];
    const n = net(people, [], {
      goals,
      groups: [{ id: 'g:1', name: 'Club', kind: 'club', members: ['s', 'm'] }],
    });
    assert.deepEqual(
      kinds(n, 'join').map((a) => a.people),
      [['s']],
    );
    const member = net(people, [], {
      goals,
      groups: [{ id: 'g:1', name: 'Club', kind: 'club', members: ['s', 'm'], ownerIsMember: true }],
    });
    assert.equal(kinds(member, 'join').length, 0);
  });

  test('every action names its form, minutes, score and a reason', () => {
    const n = net([p('t')], [{ person: 't', trust: 5, support: 0 }]);
    for (const a of suggest(n, { asOf: AS_OF })) {
      assert.ok(a.minutes > 0 && a.score > 0 && a.reason.length > 10 && a.form);
      assert.equal(
        a.score,
        Math.round(Object.values(a.explain).reduce((x, y) => x * y, 1) * 1000) / 1000,
        'the score is its explained parts',
      );
    }
  });
});

describe('strongest paths', () => {
  const g = buildCsrGraph(
    ['o', 'a', 'b', 'c', 't', 'd'],
    [
      ['o', 'c', 0.2],
      ['c', 't', 0.2],
      ['o', 'a', 1],
      ['a', 'b', 1],
      ['b', 't', 1],
      ['o', 'd', 0.8],
      ['d', 't', 0.8],
      ['a', 'd', 0.9],
    ],
  );
  const id = (x: string) => g.index.get(x)!;

  test('the strongest chain wins over a shorter weak one, with each hop and the weakest', () => {
    const [best] = strongestPaths(g, id('o'), id('t'), 1);
    assert.deepEqual(best!.people, ['a', 'b', 't']);
    assert.ok(Math.abs(best!.strength - 0.81) < 1e-12); // 1 × 1 × 1, two introducers at 0.9
    assert.equal(best!.hops.length, 3);
    assert.deepEqual(best!.weakest, { from: 'o', to: 'a', strength: 1 });
  });

  test("Yen's alternatives are loopless, distinct and in order of strength", () => {
    const paths = strongestPaths(g, id('o'), id('t'), 5);
    assert.equal(paths.length, 5);
    const strengths = paths.map((x) => x.strength);
    assert.deepEqual(
      strengths,
      [...strengths].sort((a, b) => b - a),
    );
    assert.equal(new Set(paths.map((x) => x.people.join())).size, 5);
    for (const path of paths)
      assert.equal(new Set(['o', ...path.people]).size, path.people.length + 1, 'no node twice');
    assert.deepEqual(paths[1]!.people, ['a', 'd', 't']); // 1 × 0.9 × 0.8 × 0.9² = 0.583
    assert.deepEqual(paths[2]!.people, ['d', 't']); // 0.8 × 0.8 × 0.9 = 0.576
    assert.deepEqual(paths[3]!.people, ['d', 'a', 'b', 't']); // 0.8 × 0.9 × 1 × 1 × 0.9³ = 0.525
  });

  test('a long chain of perfect ties loses to a short one of good ties', () => {
    const ids = ['o', 't', 'm', ...Array.from({ length: 12 }, (_, i) => `c${i}`)];
    const chain: [string, string, number][] = [['o', 'c0', 1]];
    for (let i = 1; i < 12; i++) chain.push([`c${i - 1}`, `c${i}`, 1]);
    chain.push(['c11', 't', 1], ['o', 'm', 0.7], ['m', 't', 0.7]);
    const [best] = strongestPaths(buildCsrGraph(ids, chain), 0, 1, 1);
    assert.deepEqual(best!.people, ['m', 't']); // 0.7 × 0.7 × 0.9 = 0.44 > 0.9¹² = 0.28
  });

  test('an unreachable target gives no path', () => {
    const lonely = buildCsrGraph(['o', 'x', 'y'], [['o', 'x', 1]]);
    assert.deepEqual(strongestPaths(lonely, 0, 2, 3), []);
  });
});

describe('the weekly plan', () => {
  const base = (): Network =>
    net(
      [
        p('a', { organization: 'o:home', unit: 'Ops' }),
        p('b', { organization: 'o:home', unit: 'Ops' }),
        p('c', { organization: 'o:home', unit: 'Ops' }),
        p('v', { organization: 'o:home', unit: 'Board', level: 6, interests: ['sailing'] }),
        p('t'),
      ],
      [
        { person: 'a', forms: ['operational'], strength: 4, cadenceDays: 14 },
        { person: 'b', forms: ['operational'], strength: 4, cadenceDays: 14 },
        { person: 'c', forms: ['operational'], strength: 2, cadenceDays: 14 },
        { person: 't', forms: ['operational'], trust: 5, support: 0 },
      ],
      {
        interactions: ['a', 'b', 'c', 't'].map((who, k) => ({
          id: `i${k}`,
          date: ago(40 + k),
          people: [who],
          minutes: 60,
          forms: ['operational' as const],
        })),
      },
    );

  test('never exceeds its budget', () => {
    const ctx = coachContext(base(), AS_OF);
    const actions = suggest(base(), { asOf: AS_OF });
    for (const budget of [10, 15, 30, 45, 60, 90, 120, 1000]) {
      const result = plan(actions, {
        week: AS_OF,
        budgetMinutes: budget,
        minutesByForm: { operational: 240, personal: 0, strategic: 0 },
      });
      assert.ok(result.minutes <= budget, `${result.minutes} > ${budget}`);
      assert.equal(
        result.minutes,
        result.actions.reduce((a, x) => a + x.minutes, 0),
      );
    }
    assert.ok(ctx.measures.forms.operational.minutesRecent > 0);
  });

  test('on an all-operational network it includes strategic actions', () => {
    const actions = suggest(base(), { asOf: AS_OF });
    const result = plan(actions, {
      week: AS_OF,
      budgetMinutes: 120,
      minutesByForm: { operational: 240, personal: 0, strategic: 0 },
    });
    assert.ok(
      result.actions.some((a) => a.form === 'strategic'),
      result.actions.map((a) => `${a.kind}/${a.form}`).join(', '),
    );
    assert.equal(result.target.strategic, 0.4);
    assert.equal(result.split.operational.last90Days, 1);
  });
});

describe('the periodic review', () => {
  test('two snapshots report exactly the constructed changes', () => {
    const people = [p('keep'), p('gone'), p('weaker'), p('fresh'), p('banker')];
    const before = net(people.slice(0, 3).concat(people[4]!), [
      { person: 'keep', strength: 3 },
      { person: 'gone', strength: 3 },
      { person: 'weaker', strength: 4 },
      { person: 'banker', strength: 3, trust: 5, support: 0 },
    ]);
    const after = net(people, [
      { person: 'keep', strength: 3 },
      { person: 'weaker', strength: 2 },
      { person: 'fresh', strength: 2 },
      { person: 'banker', strength: 3, trust: 5, support: 2 },
    ]);
    const snap = (n: Network, asOf: string) => {
      const view = buildNetworkView(n, asOf);
      return takeSnapshot(view, measure(view), commitmentsKept(view));
    };
    const review = compareSnapshots(snap(before, '2026-03-31'), snap(after, AS_OF));
    assert.deepEqual(review.newTies, ['fresh']);
    assert.deepEqual(review.lostTies, ['gone']);
    assert.deepEqual(review.decayedTies, [{ person: 'weaker', from: 4, to: 2 }]);
    assert.deepEqual(review.strengthenedTies, []);
    assert.deepEqual(review.trustConverted, ['banker']);
    assert.equal(review.forms.personal.relationships, 0);
    assert.equal(review.from, '2026-03-31');
  });
});

describe('brief and goal map', () => {
  const n = net(
    [
      p('h', { interests: ['sailing'], title: 'Director' }),
      p('s'),
      p('k', { organization: 'o:home', unit: 'Ops' }),
    ],
    [
      { person: 'h', strength: 2 },
      { person: 'k', strength: 4 },
    ],
    {
      ties: [{ a: 'h', b: 's', strength: 4 }],
      goals: [
        {
          id: 'goal:1',
          title: 'Expand',
          stakeholders: [
            { person: 's', influence: 5, stance: 'opposed' },
            { person: 'k', influence: 3, stance: 'supportive' },
          ],
        },
      ],
      groups: [{ id: 'g:1', name: 'Harbour club', kind: 'club', members: ['k'], ownerIsMember: true }],
    },
  );
  test('brief: shared interests, shared groups, who they know that the owner needs, an opening line', () => {
    const view = buildNetworkView(n, AS_OF);
    const [h, k] = brief(view, ['h', 'k']);
    assert.deepEqual(h!.sharedInterests, ['sailing']);
    assert.deepEqual(
      h!.knowsWhomYouNeed.map((x) => x.id),
      ['s'],
    );
    assert.match(h!.opening, /sailing/);
    assert.deepEqual(k!.sharedGroups, ['Harbour club']);
    assert.throws(() => brief(view, ['nobody']), /no person "nobody"/);
  });
  test('brief: the one ask, an introduction you need first, else help, else advice, else none', () => {
    const view = buildNetworkView(n, AS_OF);
    const [h, k] = brief(view, ['h', 'k']);
    assert.match(h!.ask!, /^Ask .+ to introduce you to .+ \(stakeholder of "Expand"\)\.$/);
    assert.equal(k!.ask, null);
    const asking = buildNetworkView(
      net([p('a', { needs: ['hiring'], offers: ['pricing'] }), p('b', { offers: ['pricing'] })], []),
      AS_OF,
    );
    const [a, b] = brief(asking, ['a', 'b']);
    assert.equal(a!.ask, 'Offer help with hiring: giving first makes asking easier later.');
    assert.equal(b!.ask, 'Ask for their advice on pricing.');
  });
  test('goal map: stakeholders by influence with ties, paths and idle allies', () => {
    const map = goalMap(coachContext(n, AS_OF), 'goal:1');
    assert.deepEqual(
      map.stakeholders.map((s) => [s.person, s.strength, s.idle]),
      [
        ['s', null, true],
        ['k', 4, true],
      ],
    );
    assert.deepEqual(map.stakeholders[0]!.bestPath?.people, ['h', 's']);
    assert.ok(map.stanceScore < 0);
    assert.ok(map.moves.some((m) => m.kind === 'reach' && m.people.includes('s')));
  });
});
