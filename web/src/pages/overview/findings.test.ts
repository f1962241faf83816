import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from './assess-types';
import { countBySeverity, evidenceMeasures, groupBySeverity, humanize, measuresBySubject } from './findings';

const f = (code: string, severity: string): Finding => ({
  code,
  severity,
  title: code,
  explanation: '',
  evidence: {},
  actions: [],
});

test('groupBySeverity puts critical first, keeps server order inside a group, drops empty groups', () => {
  const groups = groupBySeverity([f('a', 'warning'), f('b', 'info'), f('c', 'critical'), f('d', 'warning')]);
  assert.deepEqual(
    groups.map((g) => [g.severity, g.findings.map((x) => x.code)]),
    [
      ['critical', ['c']],
      ['warning', ['a', 'd']],
      ['info', ['b']],
    ],
  );
  assert.deepEqual(
    groupBySeverity([f('a', 'warning')]).map((g) => g.severity),
    ['warning'],
  );
  assert.deepEqual(groupBySeverity([]), []);
});

test('an unknown severity counts as info instead of vanishing', () => {
  assert.deepEqual(countBySeverity([f('a', 'urgent'), f('b', 'critical')]), {
    critical: 1,
    warning: 0,
    info: 1,
  });
  assert.equal(groupBySeverity([f('x', 'urgent')])[0]?.findings[0]?.code, 'x');
});

test('evidenceMeasures splits at the first colon only, since ids contain colons', () => {
  const list = evidenceMeasures({ 'strength:p:ana': 2, dormantShare: 0.74612, commitment: 'c:x', ok: true });
  assert.deepEqual(list, [
    { name: 'strength', subject: 'p:ana', value: '2' },
    { name: 'dormantShare', value: '0.746' },
    { name: 'commitment', value: 'c:x' },
    { name: 'ok', value: 'true' },
  ]);
  const { general, bySubject } = measuresBySubject([
    ...list,
    { name: 'daysSinceContact', subject: 'p:ana', value: '30' },
  ]);
  assert.equal(general.length, 3);
  assert.deepEqual(
    bySubject.get('p:ana')?.map((m) => m.name),
    ['strength', 'daysSinceContact'],
  );
  assert.deepEqual(evidenceMeasures(undefined), []);
});

test('humanize turns measure names into words', () => {
  assert.equal(humanize('daysSinceContact'), 'days since contact');
  assert.equal(humanize('strategicShareOfMinutesRecent'), 'strategic share of minutes recent');
  assert.equal(humanize('periods_missed'), 'periods missed');
});
