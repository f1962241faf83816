import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestServer, type TestServer } from './test-harness.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
  assert.equal((await server.call('POST', '/api/sample')).status, 201);
});
after(() => server.close());

test('the assessment and the plan state the same time shares, adding up to 100 %', async () => {
  const assessment = (await server.call('GET', '/api/assess')).json;
  const plan = (await server.call('GET', '/api/plan?budget=180')).json;
  const forms = ['operational', 'personal', 'strategic'] as const;
  const assessed = forms.map((f) => assessment.metrics.forms[f].percentOfMinutesRecent as number);
  assert.equal(
    assessed.reduce((a, b) => a + b, 0),
    100,
  );
  assert.deepEqual(
    forms.map((f) => plan.percent[f].last90Days),
    assessed,
  );
  assert.ok(typeof plan.reflection === 'object', 'the plan comes with a question to reflect on');
});
