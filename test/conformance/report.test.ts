import { describe, expect, it } from 'vitest';
import type { FailureKind } from '../../scripts/conformance/compare.js';
import { formatReport, summarize } from '../../scripts/conformance/report.js';
import type { CaseOutcome } from '../../scripts/conformance/run-case.js';

const outcome = (id: string, tags: string[], subset: boolean, failure?: [FailureKind, string]): CaseOutcome =>
  failure === undefined ? { id, tags, subset, pass: true, ms: 1 } : { id, tags, subset, pass: false, kind: failure[0], reason: failure[1], ms: 1 };

const outcomes = [
  outcome('a-pass', ['pass', 'choice'], true),
  outcome('b-output', ['pass'], true, ['output', 'output$.x: expected 1, got 2']),
  outcome('c-jsonata', ['jsonata'], false, ['status', 'status: expected SUCCEEDED, got FAILED (E)']),
  outcome('d-throws', ['pass', 'map'], true, ['exception', 'threw Error: boom']),
  outcome('e-ok', ['jsonata', 'pass'], false),
];

describe('summarize', () => {
  it('counts overall, for the subset and per tag (most used first), and lists failures subset first, by kind', () => {
    expect(summarize(outcomes, '/cases')).toEqual({
      casesDir: '/cases',
      total: 5,
      passed: 2,
      failed: 3,
      subset: { total: 3, passed: 1, failed: 2 },
      tags: {
        pass: { total: 4, passed: 2, failed: 2 },
        jsonata: { total: 2, passed: 1, failed: 1 },
        choice: { total: 1, passed: 1, failed: 0 },
        map: { total: 1, passed: 0, failed: 1 },
      },
      failures: [
        { id: 'd-throws', subset: true, kind: 'exception', reason: 'threw Error: boom' },
        { id: 'b-output', subset: true, kind: 'output', reason: 'output$.x: expected 1, got 2' },
        { id: 'c-jsonata', subset: false, kind: 'status', reason: 'status: expected SUCCEEDED, got FAILED (E)' },
      ],
    });
  });
});

describe('formatReport', () => {
  it('prints the tag table, one line per failure, the subset count and last the totals', () => {
    expect(formatReport(summarize(outcomes, '/cases'))).toBe(
      [
        'Conformance: 5 cases from /cases',
        '',
        'tag      passed  total',
        'pass          2      4  (2 failed)',
        'jsonata       1      2  (1 failed)',
        'choice        1      1',
        'map           0      1  (1 failed)',
        '',
        'Failures in the jsonpath subset (2):',
        '  d-throws: threw Error: boom',
        '  b-output: output$.x: expected 1, got 2',
        '',
        'Failures outside it (1):',
        '  c-jsonata: status: expected SUCCEEDED, got FAILED (E)',
        '',
        'jsonpath subset (JSONPath, no JSONata, no variables): 1 passed, 2 failed',
        '2 passed, 3 failed',
      ].join('\n'),
    );
  });

  it('has no failure sections when everything passes', () => {
    const text = formatReport(summarize([outcome('a', ['pass'], true)], '/cases'));
    expect(text).not.toContain('Failures');
    expect(text.split('\n').at(-1)).toBe('1 passed, 0 failed');
  });
});
