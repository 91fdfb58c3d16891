import { describe, expect, it } from 'vitest';
import { causeMatches, compareResult, differenceOf, stringDifference } from '../../scripts/conformance/compare.js';

describe('compareResult', () => {
  it('passes a matching success and a matching failure', () => {
    expect(compareResult({ status: 'SUCCEEDED', output: { a: 1 } }, { status: 'SUCCEEDED', output: { a: 1 } }, false)).toEqual({ pass: true });
    expect(compareResult({ status: 'FAILED', error: 'E', cause: 'C' }, { status: 'FAILED', error: 'E', cause: 'C', output: 'ignored' }, false)).toEqual({
      pass: true,
    });
  });

  it('fails on the status first, saying what the execution failed with', () => {
    expect(
      compareResult(
        { status: 'SUCCEEDED', output: {} },
        { status: 'FAILED', error: 'States.Runtime', cause: "An error occurred while executing the state 'P' (entered at the event id #2). Invalid path '$.a'" },
        false,
      ),
    ).toEqual({ pass: false, kind: 'status', reason: "status: expected SUCCEEDED, got FAILED (States.Runtime: Invalid path '$.a')" });
    expect(compareResult({ status: 'FAILED', error: 'States.Runtime' }, { status: 'SUCCEEDED', output: 1 }, false)).toEqual({
      pass: false,
      kind: 'status',
      reason: 'status: expected FAILED (States.Runtime), got SUCCEEDED',
    });
  });

  it('compares the output of a success, naming where it differs', () => {
    expect(compareResult({ status: 'SUCCEEDED', output: { a: [1, { b: 'x' }] } }, { status: 'SUCCEEDED', output: { a: [1, { b: 'y' }] } }, false)).toEqual({
      pass: false,
      kind: 'output',
      reason: 'output$.a[1].b: expected "x", got "y"',
    });
  });

  it('compares the error exactly', () => {
    expect(compareResult({ status: 'FAILED', error: 'States.Runtime', cause: 'c' }, { status: 'FAILED', error: 'States.TaskFailed', cause: 'c' }, false)).toEqual({
      pass: false,
      kind: 'error',
      reason: 'error: expected "States.Runtime", got "States.TaskFailed"',
    });
  });

  it('wants no error and no cause where the recording has none', () => {
    expect(compareResult({ status: 'FAILED' }, { status: 'FAILED' }, false)).toEqual({ pass: true });
    expect(compareResult({ status: 'FAILED' }, { status: 'FAILED', error: 'States.TaskFailed' }, false)).toMatchObject({ kind: 'error' });
    expect(compareResult({ status: 'FAILED', error: 'E' }, { status: 'FAILED', error: 'E', cause: '' }, false)).toMatchObject({
      kind: 'cause',
      reason: 'cause: expected undefined, got ""',
    });
  });

  it('shows where a long cause starts to differ', () => {
    const expected = "An error occurred while executing the state 'pass' (entered at the event id #2). The JSONPath '$.a' could not be found";
    const actual = "An error occurred while executing the state 'pass' (entered at the event id #3). The JSONPath '$.a' could not be found";
    expect(compareResult({ status: 'FAILED', error: 'E', cause: expected }, { status: 'FAILED', error: 'E', cause: actual }, false)).toEqual({
      pass: false,
      kind: 'cause',
      reason: `cause: expected "…entered at the event id #2). The JSONPath '$.a' could not be found", got "…entered at the event id #3). The JSONPath '$.a' could not be found"`,
    });
  });

  it('applies placeholders to output, error and cause only when the case has them', () => {
    const expected = { status: 'FAILED', error: 'StartState', cause: '<ArnPart_0idx>' };
    const actual = { status: 'FAILED', error: 'StartState', cause: 'Case' };
    expect(compareResult(expected, actual, true)).toEqual({ pass: true });
    expect(compareResult(expected, actual, false)).toMatchObject({ kind: 'cause' });
  });
});

describe('causeMatches', () => {
  it('accepts a cause that is the same JSON written differently', () => {
    expect(causeMatches('{"errorMessage": "boom", "n": 1.0}', '{"n":1,"errorMessage":"boom"}', false)).toBe(true);
    expect(causeMatches('{"errorMessage": "boom"}', '{"errorMessage":"bang"}', false)).toBe(false);
  });

  it('does not treat text that is not JSON as JSON', () => {
    expect(causeMatches('boom', 'boom ', false)).toBe(false);
  });

  it('applies placeholders inside JSON causes', () => {
    const recorded = '{"errorMessage": "Some exception was raised.", "requestId": "<uuid:3>"}';
    expect(causeMatches(recorded, '{"errorMessage":"Some exception was raised.","requestId":"<uuid:2>"}', true)).toBe(true);
    expect(causeMatches(recorded, '{"errorMessage":"Other","requestId":"x"}', true)).toBe(false);
  });
});

describe('differenceOf', () => {
  it('compares numbers by value', () => {
    expect(differenceOf(JSON.parse('{"a": 1.0, "b": 0.0, "c": 1e2}'), { a: 1, b: -0, c: 100 }, false)).toBeUndefined();
    expect(differenceOf(1, '1', false)).toBe('$: expected 1, got "1"');
  });

  it('ignores key order but not array order', () => {
    expect(differenceOf({ a: 1, b: 2 }, { b: 2, a: 1 }, false)).toBeUndefined();
    expect(differenceOf([1, 2], [2, 1], false)).toBe('$[0]: expected 1, got 2');
  });

  it('reports missing and unexpected keys and array lengths', () => {
    expect(differenceOf({ a: 1, b: null }, { a: 1 }, false)).toBe('$: missing key "b"');
    expect(differenceOf({ a: 1 }, { a: 1, extra: [true] }, false)).toBe('$: unexpected key "extra" ([true])');
    expect(differenceOf({ list: [1, 2] }, { list: [1] }, false)).toBe('$.list: expected 2 items, got 1 ([1])');
  });

  it('treats a key holding undefined as absent, as JSON would', () => {
    expect(differenceOf({ a: 1 }, { a: 1, b: undefined }, false)).toBeUndefined();
    expect(differenceOf({ a: null }, { a: undefined }, false)).toBe('$: missing key "a"');
  });

  it('tells null, missing, objects and arrays apart', () => {
    expect(differenceOf(null, undefined, false)).toBe('$: expected null, got undefined');
    expect(differenceOf({}, [], false)).toBe('$: expected {}, got []');
    expect(differenceOf([], {}, false)).toBe('$: expected [], got {}');
    expect(differenceOf({}, null, false)).toBe('$: expected {}, got null');
    expect(differenceOf(false, 0, false)).toBe('$: expected false, got 0');
  });

  it('never matches values that are not JSON', () => {
    expect(differenceOf({}, new Date(0), false)).toBe('$: expected {}, got Date(1970-01-01T00:00:00.000Z)');
    expect(differenceOf(1, Number.NaN, false)).toBe('$: expected 1, got NaN');
    expect(differenceOf({}, new Map(), false)).toBe('$: expected {}, got {}');
  });

  it('quotes keys that are not identifiers in the path', () => {
    expect(differenceOf({ 'input-value': { 'a b': 1 } }, { 'input-value': { 'a b': 2 } }, false)).toBe('$["input-value"]["a b"]: expected 1, got 2');
  });

  it('lets a placeholder match a string, or a number when it is the whole value', () => {
    expect(differenceOf({ FunctionResult: 'RandomNumberGenerated' }, { FunctionResult: 17 }, true)).toBeUndefined();
    expect(differenceOf({ id: '<uuid:1>' }, { id: '0b0e6a2c-…' }, true)).toBeUndefined();
    expect(differenceOf({ id: 'id-<uuid:1>' }, { id: 5 }, true)).toBe('$.id: expected "id-<uuid:1>", got 5');
    expect(differenceOf({ id: '<uuid:1>' }, { id: null }, true)).toBe('$.id: expected "<uuid:1>", got null');
    expect(differenceOf({ id: '<uuid:1>' }, {}, true)).toBe('$: missing key "id"');
    expect(differenceOf({ FunctionResult: 'RandomNumberGenerated' }, { FunctionResult: 17 }, false)).toBe(
      '$.FunctionResult: expected "RandomNumberGenerated", got 17',
    );
  });

  it('matches a recorded context object with its placeholders', () => {
    const recorded = {
      Execution: {
        Id: 'arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_0idx>',
        Input: { 'input-value': 0 },
        StartTime: 'date',
        Name: '<ExecArnPart_0idx>',
        RoleArn: 'snf_role_arn',
        RedriveCount: 0,
      },
      State: { Name: 'TestState', EnteredTime: 'date' },
    };
    const actual = {
      Execution: {
        Id: 'arn:aws:states:us-east-1:123456789012:execution:Case:abc',
        Input: { 'input-value': 0 },
        StartTime: '2024-01-01T00:00:00.000Z',
        Name: 'abc',
        RoleArn: 'arn:aws:iam::123456789012:role/StepFunctions',
        RedriveCount: 0,
      },
      State: { Name: 'TestState', EnteredTime: '2024-01-01T00:00:00.000Z' },
    };
    expect(differenceOf(recorded, actual, true)).toBeUndefined();
    expect(differenceOf(recorded, { ...actual, State: { ...actual.State, RetryCount: 0 } }, true)).toBe('$.State: unexpected key "RetryCount" (0)');
  });
});

describe('stringDifference', () => {
  it('shows short strings whole', () => {
    expect(stringDifference('abc', 'abd')).toBe('expected "abc", got "abd"');
  });

  it('cuts long strings around the first difference', () => {
    const a = `${'x'.repeat(100)}A${'y'.repeat(100)}`;
    const b = `${'x'.repeat(100)}B${'y'.repeat(100)}`;
    const shown = stringDifference(a, b);
    expect(shown).toContain('…xxxxxxxxxxxxxxxxxxxxxxxxxA');
    expect(shown).toContain('…xxxxxxxxxxxxxxxxxxxxxxxxxB');
    expect(shown.length).toBeLessThan(180);
  });
});
