import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validateDocument } from '../../document/validate.js';
import type { Interaction, Network, Person, Relationship } from '../model.js';
import { generateNetwork, sampleNetwork } from '../sample/index.js';
import { movesFrom } from './moves.js';
import { candidatesFrom, coachContext, suggestFrom } from './suggest.js';

const AS_OF = '2026-06-30';
const ago = (d: number) => new Date(Date.parse(AS_OF) - d * 86_400_000).toISOString().slice(0, 10);

function net(people: Person[], relationships: Relationship[], extra: Partial<Network> = {}): Network {
  return validateDocument({
    format: 'threefold/1',
    owner: { name: 'Owner', organization: 'o:home', unit: 'Ops', level: 3 },
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
  organization: 'o:home',
  unit: 'Sales',
  level: 3,
  ...more,
});
const moves = (n: Network, asOf = AS_OF) => {
  const ctx = coachContext(n, asOf);
  return { ctx, moves: movesFrom(ctx, suggestFrom(ctx)) };
};

describe('one move per person, with a purpose', () => {
  test('on the sample, the top ten moves name ten different people and mix ask, give and introduce', () => {
    const { moves: top } = moves(sampleNetwork(), '2026-11-15');
    const ten = top.slice(0, 10);
    assert.equal(ten.length, 10);
    const leads = ten.map((m) => m.people[0]);
    assert.equal(new Set(leads).size, 10, 'ten different people lead the moves');
    const named = ten.flatMap((m) => m.people);
    assert.equal(new Set(named).size, named.length, 'nobody is named in two moves');
    for (const kind of ['ask', 'give', 'introduce'])
      assert.ok(
        ten.some((m) => m.kind === kind),
        `a ${kind} among ${ten.map((m) => m.kind).join(', ')}`,
      );
    for (const m of ten) {
      assert.doesNotMatch(m.reason, /\[[a-z-]+\.[a-z-]+\]/, 'no finding code in the words');
      assert.ok(m.headline.length > 0);
    }
    // Candidates for the same person merge into one move that serves each of their findings.
    const merged = top.find((m) => m.merged.length > 1)!;
    assert.ok(merged.kinds.length > 1 && merged.serves.length > 0);
  });

  test('role-aware: a direct report gets a one-to-one, a mentor a request for advice, an opponent a conversation', () => {
    const n = net(
      [
        p('rep', { level: 2, unit: 'Ops' }),
        p('men', { organization: 'o:x', offers: ['pricing advice'] }),
        p('opp', { level: 5 }),
      ],
      [
        { person: 'rep', strength: 4, cadenceDays: 14, roles: ['direct-report'] },
        { person: 'men', strength: 5, cadenceDays: 30, roles: ['mentor'] },
        { person: 'opp', strength: 2, cadenceDays: 60, roles: ['peer'] },
      ],
      {
        interactions: [
          { id: 'i1', date: ago(60), kind: 'meeting', people: ['rep'] },
          { id: 'i2', date: ago(200), kind: 'meal', people: ['men'] },
          { id: 'i3', date: ago(100), kind: 'meeting', people: ['opp'] },
        ],
        goals: [
          {
            id: 'goal:1',
            title: 'Enter the Nordic market',
            stakeholders: [{ person: 'opp', influence: 4, stance: 'opposed' }],
          },
        ],
      },
    );
    const byLead = new Map(moves(n).moves.map((m) => [m.people[0], m]));
    assert.match(byLead.get('rep')!.headline, /one-to-one with REP/);
    assert.match(byLead.get('men')!.headline, /Ask MEN for advice/);
    assert.match(byLead.get('men')!.talkingPoints.join(' '), /pricing advice/);
    assert.match(byLead.get('opp')!.headline, /understand the objection to "Enter the Nordic market"/);
    assert.ok(byLead.get('opp')!.kinds.includes('ask'));
  });
});

describe('asking and giving are coached', () => {
  /** A connector: gave help twelve times in a year, never asked; one strong, supportive, influential peer. */
  function connector(): Network {
    const people = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => p(id));
    people.push(p('ally', { level: 4, unit: 'Finance' }));
    const interactions: Interaction[] = Array.from({ length: 12 }, (_, k) => ({
      id: `i${k}`,
      date: ago(10 + k * 25),
      kind: 'meeting' as const,
      people: [people[k % 6]!.id],
      direction: 'gave' as const,
    }));
    interactions.push({
      id: 'i-ally',
      date: ago(20),
      kind: 'meeting',
      people: ['ally'],
      direction: 'mutual',
    });
    return net(
      people,
      people.map((x) => ({ person: x.id, strength: x.id === 'ally' ? 5 : 3, cadenceDays: 90 })),
      {
        interactions,
        goals: [
          {
            id: 'goal:1',
            title: 'Lead the new region',
            stakeholders: [{ person: 'ally', influence: 5, stance: 'supportive' }],
          },
        ],
      },
    );
  }

  test('a connector who never asks is told so, and her obvious ask leads the moves', () => {
    const { ctx, moves: top } = moves(connector());
    const codes = ctx.findings.map((f) => f.code);
    assert.ok(codes.includes('reciprocity.never-asks'), codes.join(', '));
    assert.ok(!codes.includes('reciprocity.taking') && !codes.includes('reciprocity.no-giving'));
    const first = top[0]!;
    assert.equal(first.people[0], 'ally');
    assert.equal(first.kind, 'ask');
    assert.match(first.headline, /Ask ALLY to sponsor "Lead the new region"/);
    assert.ok(first.serves.includes('reciprocity.never-asks'));
  });

  test('a leader who only receives, with no recorded needs, gets give moves anyway', () => {
    const people = ['a', 'b', 'c'].map((id) => p(id, { organization: 'o:x', interests: ['cycling'] }));
    people.push(p('rep', { level: 2, unit: 'Ops' }));
    const interactions: Interaction[] = Array.from({ length: 8 }, (_, k) => ({
      id: `i${k}`,
      date: ago(5 + k * 10),
      kind: 'call' as const,
      people: [people[k % 4]!.id],
      direction: 'received' as const,
    }));
    const n = net(
      people,
      people.map((x) => ({
        person: x.id,
        strength: 4,
        cadenceDays: 60,
        ...(x.id === 'rep' ? { roles: ['direct-report' as const] } : {}),
      })),
      { interactions },
    );
    const { ctx, moves: top } = moves(n);
    assert.ok(ctx.findings.some((f) => f.code === 'reciprocity.no-giving'));
    const gives = top.filter((m) => m.kind === 'give');
    assert.equal(gives.length, 4, 'everyone who helped gets a give move');
    assert.ok(gives.every((m) => m.serves.includes('reciprocity.no-giving')));
    assert.match(gives.find((m) => m.people[0] === 'rep')!.reason, /nominate/);
    assert.match(gives.find((m) => m.people[0] === 'a')!.reason, /cycling/);
  });
});

describe('candidates whose reasons are written when read', () => {
  test('give the same moves as actions with their reasons written out', () => {
    const network = generateNetwork({ people: 3000, seed: 2 });
    const ctx = coachContext(network, '2026-11-15');
    const candidates = candidatesFrom(ctx);
    // Most reasons are left to write: the test would not tell otherwise.
    assert.ok(candidates.filter((c) => typeof c.reason === 'function').length > candidates.length / 2);
    const actions = suggestFrom(ctx);
    assert.ok(actions.every((a) => typeof a.reason === 'string' && a.reason.length > 0));
    assert.deepEqual(
      actions.map((a) => a.key),
      candidates.map((c) => c.key),
    );
    const shown = movesFrom(ctx, candidates, { limit: 15 });
    assert.ok(shown.every((m) => typeof m.reason === 'string' && m.reason.length > 0));
    assert.deepEqual(shown, movesFrom(ctx, actions, { limit: 15 }));
  });
});

describe('a limited list of moves', () => {
  // With a limit, only the moves that can be shown are ranked and worded: the list must be the
  // head of the whole ranking, mix included.
  for (const [label, network, asOf] of [
    ['the sample', sampleNetwork(), '2026-11-15'],
    ['a generated network of 3,000 people', generateNetwork({ people: 3000, seed: 2 }), '2026-11-15'],
  ] as const) {
    test(`is the head of the whole list, on ${label}`, () => {
      const ctx = coachContext(network, asOf);
      const ranked = suggestFrom(ctx);
      let promoted = 0;
      for (const mixWithin of [2, 3, 10]) {
        const all = movesFrom(ctx, ranked, { mixWithin });
        const unmixed = [...all].sort((a, b) => b.score - a.score || a.key.localeCompare(b.key));
        if (all.slice(0, mixWithin).some((m, i) => m !== unmixed[i])) promoted++;
        for (const limit of [1, 2, 5, 15, 40])
          assert.deepEqual(
            movesFrom(ctx, ranked, { limit, mixWithin }),
            all.slice(0, limit),
            `${limit}/${mixWithin}`,
          );
      }
      // The mix brought something forward at least once, so the comparison covers it.
      if (label !== 'the sample') assert.ok(promoted > 0);
    });
  }
});
