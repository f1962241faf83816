import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError } from '../../api/client';
import { ariaSort, fieldErrors, intParam, nextSort, parseSort, rangeLabel } from './list-query';

describe('sorting', () => {
  it('parses ascending and descending fields', () => {
    assert.deepEqual(parseSort('name'), { field: 'name', desc: false });
    assert.deepEqual(parseSort('-organization'), { field: 'organization', desc: true });
    assert.equal(parseSort(''), null);
    assert.equal(parseSort('-'), null);
  });
  it('toggles on the same field and starts ascending on another', () => {
    assert.equal(nextSort(null, 'name'), 'name');
    assert.equal(nextSort('name', 'name'), '-name');
    assert.equal(nextSort('-name', 'name'), 'name');
    assert.equal(nextSort('-name', 'organization'), 'organization');
  });
  it('reports aria-sort for the sorted column only', () => {
    assert.equal(ariaSort('-name', 'name'), 'descending');
    assert.equal(ariaSort('name', 'name'), 'ascending');
    assert.equal(ariaSort('name', 'organization'), 'none');
    assert.equal(ariaSort(null, 'name'), 'none');
  });
});

describe('rangeLabel', () => {
  it('shows the visible range with an en dash', () => {
    assert.equal(rangeLabel(0, 50, 146), '1–50 of 146');
    assert.equal(rangeLabel(100, 46, 146), '101–146 of 146');
    assert.equal(rangeLabel(0, 0, 0), '0 of 0');
  });
});

describe('fieldErrors', () => {
  it('maps body paths to form fields, first message wins', () => {
    const e = new ApiError(400, 'invalid_input', 'bad', [
      { path: 'body.name', message: 'is required' },
      { path: 'body.emails.0', message: 'must be an e-mail address' },
      { path: 'body.name', message: 'second' },
      { path: 'body.phones[1]', message: 'too long' },
    ]);
    assert.deepEqual(fieldErrors(e), {
      name: 'is required',
      emails: 'must be an e-mail address',
      phones: 'too long',
    });
    assert.deepEqual(fieldErrors(undefined), {});
  });
});

describe('intParam', () => {
  it('accepts non-negative integers only', () => {
    assert.equal(intParam('50', 0), 50);
    assert.equal(intParam(null, 0), 0);
    assert.equal(intParam('-3', 0), 0);
    assert.equal(intParam('x', 7), 7);
    assert.equal(intParam('1.5', 0), 0);
  });
});
