// A review from the first day: the Review page reads the logged interactions (the last 90 days
// against the 90 before) without any snapshot, with names and one question; the week's plan
// asks its question too. The page shows what the API computes.
import assert from 'node:assert/strict';
import { e2e, loadSample } from './harness.js';

e2e('the review page shows the last 90 days against the 90 before, with no snapshot taken', async (app) => {
  const { page } = app;
  await loadSample(app);
  const review = (await app.api('GET', '/api/review')).json;
  assert.equal(review.snapshots.length, 0);
  const { period, before } = review.history;
  assert.ok(period.interactions > 0, 'the sample has interactions in the last 90 days');

  await app.visit('/review');
  const card = page.getByRole('region', { name: /^From what you logged/ });
  await card.waitFor();
  const text = await card.innerText();
  assert.match(
    text,
    new RegExp(
      `${period.interactions} interactions, ${period.minutes} minutes, with ${period.people} people`,
    ),
  );
  assert.match(text, new RegExp(`before: ${before.interactions} interactions`));
  for (const form of ['operational', 'personal', 'strategic']) {
    const row = card.getByRole('row', { name: new RegExp(`^${form}`, 'i') });
    assert.deepEqual(await row.getByRole('cell').allInnerTexts(), [
      `${period.percentByForm[form]} %`,
      `${before.percentByForm[form]} %`,
    ]);
  }
  for (const id of review.history.lostTies.slice(0, 6))
    assert.ok(text.includes(review.names[id]), review.names[id]);
  assert.ok(!/p:[a-z0-9-]+/.test(text), 'names, never ids');
  if (review.reflection) assert.ok(text.includes(review.reflection.question));

  const plan = (await app.api('GET', '/api/plan')).json;
  await app.visit('/week');
  if (plan.reflection) await page.getByText(plan.reflection.question).waitFor();
});
