// #16: the meeting brief and a goal's suggested moves, which were in the CLI only, in the browser,
// read against the API's answers on the sample network.
import assert from 'node:assert/strict';
import { fmtStrength } from '../src/ui/format.js';
import { definition, e2e, loadSample, until } from './harness.js';

interface Attendee {
  id: string;
  name: string;
  relationship: { strength: number } | null;
  knowsWhomYouNeed: { id: string; name: string; why: string }[];
  sharedInterests: string[];
  opening: string;
}

e2e(
  'a meeting brief: attendees from a person page and the picker, what to talk about and ask',
  async (app) => {
    const { page } = app;
    await loadSample(app);
    const people = (await app.api('GET', '/api/assess')).json.people as { id: string; contact: boolean }[];
    const contacts = people.filter((p) => p.contact).map((p) => p.id);
    const all: Attendee[] = [];
    // The API briefs up to twenty attendees at a time.
    for (let i = 0; i < contacts.length; i += 20) {
      const ids = contacts.slice(i, i + 20).join(',');
      all.push(
        ...((await app.api('GET', `/api/brief?people=${encodeURIComponent(ids)}`)).json
          .attendees as Attendee[]),
      );
    }
    // Someone who knows a person you need, so the brief suggests an ask for an introduction.
    const connector = all.find((a) => a.knowsWhomYouNeed.length > 0);
    assert.ok(connector, 'the sample has a contact who knows a stakeholder you are not tied to');
    const other = all.find((a) => a.id !== connector.id && a.relationship)!;

    await app.visit(`/people/${encodeURIComponent(connector.id)}`);
    await page.getByRole('link', { name: 'Prepare a meeting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prepare a meeting' }).waitFor();
    const card = page.getByRole('region', { name: connector.name });
    await card.waitFor();
    assert.equal(
      (await definition(card, 'Your tie').innerText()).trim().split(' · ')[0],
      fmtStrength(connector.relationship!.strength),
    );
    const needed = card.getByRole('list', { name: `Whom ${connector.name} knows that you need` });
    assert.match(await needed.innerText(), new RegExp(connector.knowsWhomYouNeed[0]!.name));
    const text = await card.innerText();
    assert.ok(text.includes(connector.opening), `the opening: ${connector.opening}`);
    assert.ok(
      text.includes(`Ask ${connector.name} to introduce you to ${connector.knowsWhomYouNeed[0]!.name}`),
      'a suggested ask for the introduction',
    );
    assert.doesNotMatch(text, /\b\d{4}-\d{2}-\d{2}\b/, 'dates read as words');
    await app.shot('one');

    // A second attendee through the picker: the address keeps both.
    await page.getByLabel('Add an attendee').fill(other.name);
    await page.getByRole('button', { name: other.name, exact: true }).click();
    await page.getByRole('region', { name: other.name }).waitFor();
    assert.deepEqual(new URL(page.url()).searchParams.get('people')?.split(','), [connector.id, other.id]);
    assert.equal(await page.getByRole('list', { name: 'Attendees' }).getByRole('listitem').count(), 2);
    await app.shot('two');
  },
);

e2e("a goal shows the coach's suggested moves for it, people named", async (app) => {
  const { page } = app;
  await loadSample(app);
  const goals = (await app.api('GET', '/api/goals')).json.items as { id: string; title: string }[];
  let chosen: { id: string; title: string } | undefined;
  let answer:
    | { moves: { people: string[]; reason: string }[]; names: { people: Record<string, string> } }
    | undefined;
  for (const g of goals) {
    const r = (await app.api('GET', `/api/goals/${encodeURIComponent(g.id)}/moves`)).json;
    if (r.moves.length > 0) {
      chosen = g;
      answer = r;
      break;
    }
  }
  assert.ok(chosen && answer, 'a sample goal has moves');
  await app.visit(`/goals?goal=${encodeURIComponent(chosen.id)}`);
  const list = page.getByRole('list', { name: 'Suggested moves' });
  await list.waitFor();
  await until('every move', async () => (await list.getByRole('listitem').count()) === answer!.moves.length);
  const text = await list.innerText();
  for (const m of answer.moves) {
    assert.ok(text.includes(m.reason), `the move's reason: ${m.reason}`);
    for (const id of m.people) assert.ok(text.includes(answer.names.people[id]!), `names ${id}`);
  }
  assert.doesNotMatch(text, /\[[a-z]+\.[a-z-]+\]/, 'no finding codes');
  assert.doesNotMatch(text, /\bp:[\w-]+/, 'no ids');
  await app.shot('moves');
});
