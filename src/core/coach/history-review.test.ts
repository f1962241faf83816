import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validateDocument } from '../../document/validate.js';
import { findingsOf } from '../analysis/assess.js';
import { measure } from '../analysis/measures.js';
import { buildNetworkView } from '../analysis/view.js';
import type { Interaction, Network } from '../model.js';
import { onePerDay, reviewFromHistory } from './history-review.js';
import { reflectionFor } from './reflection.js';

const AS_OF = '2026-06-30';
const ago = (d: number) => new Date(Date.parse(AS_OF) - d * 86_400_000).toISOString().slice(0, 10);

/** A year of weekly one-to-ones with four people; in the last three months, half as many. */
function halved(): Network {
  const people = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase(), organization: 'o:x' }));
  const interactions: Interaction[] = [];
  let n = 0;
  for (let day = 1; day <= 360; day += 7) {
    if (day <= 91 && (day - 1) % 21 !== 0) continue; // the last 13 weeks: every third week
    const who = people[n % 4]!.id;
    interactions.push({
      id: `i${n++}`,
      date: ago(day),
      kind: n % 9 === 0 ? 'introduction' : 'meeting',
      people: day > 91 ? [who, 'd'].filter((x, i, all) => all.indexOf(x) === i) : [who],
      minutes: 60,
      direction: n % 3 === 0 ? 'gave' : n % 3 === 1 ? 'received' : 'mutual',
    });
  }
  return validateDocument({
    format: 'threefold/1',
    owner: { name: 'Owner', organization: 'o:home' },
    organizations: [
      { id: 'o:home', name: 'Home' },
      { id: 'o:x', name: 'X' },
    ],
    people,
    relationships: people.map((p) => ({
      person: p.id,
      strength: 3,
      cadenceDays: 30,
      forms: ['personal' as const],
    })),
    interactions,
  });
}

describe('a review from the interaction history', () => {
  test('three months in which networking fell by more than half report the change, with no snapshot at all', () => {
    const view = buildNetworkView(halved(), AS_OF);
    const r = reviewFromHistory(view, ago(90));
    assert.equal(r.period.from, ago(90));
    assert.equal(r.period.to, AS_OF);
    assert.ok(r.period.interactions > 0 && r.before.interactions > 0);
    assert.ok(r.activityRatio! <= 0.55, `ratio ${r.activityRatio}`);
    assert.equal(r.period.percentByForm.personal, 100);
    assert.ok(r.before.introductions + r.period.introductions > 0);
    assert.ok(r.before.gave > 0 && r.before.received > 0);
    // d was in every meeting before, and in few now.
    assert.ok(r.weakerTies.some((w) => w.person === 'd' && w.now < w.before / 2));
  });

  test('two snapshots on one day are one point of a trend', () => {
    const kept = onePerDay([
      { asOf: '2026-06-01', n: 1 },
      { asOf: '2026-06-30', n: 2 },
      { asOf: '2026-06-30', n: 3 },
    ]);
    assert.deepEqual(
      kept.map((s) => s.n),
      [1, 3],
    );
  });

  test('the reflection question follows what the data shows', () => {
    const view = buildNetworkView(halved(), AS_OF);
    const m = measure(view, { betweenness: false, holes: 'owner' });
    const findings = findingsOf(view, m);
    const r = reflectionFor(view, findings, { history: reviewFromHistory(view, ago(90)) });
    assert.equal(r!.barrier, 'no-time');
    const gives = halved();
    for (const it of gives.interactions!) it.direction = 'gave';
    const v2 = buildNetworkView(gives, AS_OF);
    const f2 = findingsOf(v2, measure(v2, { betweenness: false, holes: 'owner' }));
    const asked = reflectionFor(v2, f2)!;
    assert.equal(asked.barrier, 'reluctance-to-ask');
    assert.doesNotMatch(asked.question, /\[|reciprocity\./);
  });
});
