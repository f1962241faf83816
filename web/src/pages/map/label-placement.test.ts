import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boxesIntersect, type LabelCandidate, labelBox, placeLabels } from './label-placement';

const OPTIONS = { width: 800, height: 600, margin: 5, padding: 1 };

const candidate = (id: string, x: number, y: number, priority = 1, width = 60): LabelCandidate => ({
  id,
  x,
  y,
  radius: 4,
  width,
  height: 14,
  priority,
});

test('no two placed labels overlap, on a crowded random map', () => {
  let seed = 11;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const crowd = Array.from({ length: 3000 }, (_, i) =>
    candidate(`p${i}`, rand() * 800, rand() * 600, rand() * 10, 20 + rand() * 120),
  );
  const placed = placeLabels(crowd, OPTIONS);
  const byId = new Map(crowd.map((c) => [c.id, c]));
  const boxes = placed.map((id) => labelBox(byId.get(id)!, OPTIONS));
  assert.ok(placed.length > 50, `some labels are drawn (${placed.length})`);
  assert.ok(placed.length < crowd.length, 'not all of them');
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      assert.ok(!boxesIntersect(boxes[i]!, boxes[j]!), `${placed[i]} and ${placed[j]} overlap`);
  for (const b of boxes) assert.ok(b.minX >= 0 && b.minY >= 0 && b.maxX <= 800 && b.maxY <= 600, 'inside');
  // Greedy: every label left out meets one that was placed.
  const kept = new Set(placed);
  for (const c of crowd) {
    if (kept.has(c.id)) continue;
    const box = labelBox(c, OPTIONS);
    const outside = box.minX < 0 || box.minY < 0 || box.maxX > 800 || box.maxY > 600;
    assert.ok(outside || boxes.some((b) => boxesIntersect(box, b)), `${c.id} was left out for a reason`);
  }
});

test('of two labels that would overlap, the more important one is drawn', () => {
  const you = candidate('you', 100, 100, 10);
  const near = candidate('near', 110, 104, 1);
  assert.deepEqual(placeLabels([near, you], OPTIONS), ['you']);
  const apart = candidate('apart', 100, 200, 1);
  assert.deepEqual(placeLabels([near, you, apart], OPTIONS), ['you', 'apart']);
});

test('labels that do not touch are all drawn; one running off the edge is not', () => {
  const row = [candidate('a', 50, 50), candidate('b', 50, 80), candidate('c', 50, 110)];
  assert.deepEqual(placeLabels(row, OPTIONS).sort(), ['a', 'b', 'c']);
  assert.deepEqual(placeLabels([candidate('edge', 780, 50)], OPTIONS), []);
});
