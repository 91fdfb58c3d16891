import { describe, expect, it } from 'vitest';
import type { ChoiceRule } from '../../src/asl/index.js';
import { describeChoiceRule } from '../../src/graph/describe-rule.js';

describe('describeChoiceRule', () => {
  it.each<[ChoiceRule, string]>([
    [{ Variable: '$.status', StringEquals: 'FAILED', Next: 'X' }, '$.status == "FAILED"'],
    [{ Variable: '$.n', NumericLessThan: 3, Next: 'X' }, '$.n < 3'],
    [{ Variable: '$.n', NumericGreaterThanEqualsPath: '$.max', Next: 'X' }, '$.n >= $.max'],
    [{ Variable: '$.at', TimestampLessThanEquals: '2024-01-01T00:00:00Z', Next: 'X' }, '$.at <= "2024-01-01T00:00:00Z"'],
    [{ Variable: '$.ok', BooleanEquals: false, Next: 'X' }, '$.ok == false'],
    [{ Variable: '$.name', StringMatches: 'log-*.txt', Next: 'X' }, '$.name matches "log-*.txt"'],
    [{ Variable: '$.x', IsNull: false, Next: 'X' }, '$.x is not null'],
    [{ Variable: '$.x', IsPresent: true, Next: 'X' }, '$.x is present'],
    [{ Variable: '$.x', IsTimestamp: true, Next: 'X' }, '$.x is timestamp'],
    [{ Or: [{ Variable: '$.a', NumericEquals: 1 }, { Variable: '$.b', IsString: true }], Next: 'X' }, '($.a == 1) or ($.b is string)'],
    [{ Not: { Variable: '$.a', StringGreaterThan: 'm' }, Next: 'X' }, 'not ($.a > "m")'],
    [{ Condition: '{% $states.input.total > 100 %}', Next: 'X' }, '$states.input.total > 100'],
    [{ Condition: true, Next: 'X' }, 'true'],
  ])('%j reads %s', (rule, text) => {
    expect(describeChoiceRule(rule)).toBe(text);
  });
});
