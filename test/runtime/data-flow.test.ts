import { describe, expect, it } from 'vitest';
import { execute } from '../../src/runtime/index.js';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:Work';
const one = (state: Record<string, unknown>) => ({ StartAt: 'S', States: { S: { End: true, ...state } } });
const terminal = (state: Record<string, unknown>) => ({ StartAt: 'S', States: { S: state } });

describe('data flow, step by step', () => {
  it('InputPath null gives the state an empty object', async () => {
    expect((await execute(one({ Type: 'Pass', InputPath: null }), { input: { a: 1 } })).output).toEqual({});
  });

  it('OutputPath null gives an empty object', async () => {
    expect((await execute(one({ Type: 'Pass', OutputPath: null }), { input: { a: 1 } })).output).toEqual({});
  });

  it('ResultSelector shapes the task result before ResultPath places it', async () => {
    const result = await execute(
      one({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', ResultSelector: { 'body.$': '$.Payload.body' }, ResultPath: '$.response' }),
      { input: { id: 7 }, tasks: { S: () => ({ Payload: { body: 'hi', noise: true }, StatusCode: 200 }) } },
    );
    expect(result.output).toEqual({ id: 7, response: { body: 'hi' } });
  });

  it('Parameters reach nested objects and arrays, and intrinsics', async () => {
    const result = await execute(
      one({ Type: 'Pass', Parameters: { outer: { 'list.$': 'States.Array($.a, $.b)', inner: [{ 'x.$': '$.a' }] } } }),
      { input: { a: 1, b: 2 } },
    );
    expect(result.output).toEqual({ outer: { list: [1, 2], inner: [{ x: 1 }] } });
  });

  it('a Parameters path that selects nothing fails with States.Runtime, naming the state', async () => {
    const result = await execute(one({ Type: 'Pass', Parameters: { 'x.$': '$.missing' } }), { input: { a: 1 } });
    expect(result).toMatchObject({
      status: 'FAILED',
      error: 'States.Runtime',
      cause: "An error occurred while executing the state 'S' (entered at the event id #2). The JSONPath '$.missing' specified for the field 'x.$' could not be found in the input '{\"a\":1}'",
    });
  });

  it('an InputPath that selects nothing fails with States.Runtime', async () => {
    const result = await execute(one({ Type: 'Pass', InputPath: '$.missing' }), { input: {} });
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(result.cause).toContain("Invalid path '$.missing' : No results for path: $['missing']");
  });

  it('a ResultPath into a non-object fails with States.ResultPathMatchFailure, which a catcher can take', async () => {
    const definition = {
      StartAt: 'S',
      States: {
        S: { Type: 'Task', Resource: LAMBDA, ResultPath: '$.a.b', Catch: [{ ErrorEquals: ['States.ResultPathMatchFailure'], Next: 'Caught' }], End: true },
        Caught: { Type: 'Pass', End: true },
      },
    };
    const result = await execute(definition, { input: { a: 'text' }, tasks: { S: () => 1 } });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toMatchObject({ Error: 'States.ResultPathMatchFailure' });
  });

  it('Succeed passes its input through InputPath and OutputPath', async () => {
    const result = await execute(terminal({ Type: 'Succeed', InputPath: '$.a', OutputPath: '$.b' }), { input: { a: { b: 'kept' } } });
    expect(result.output).toBe('kept');
  });

  it('Fail takes Error and Cause from ErrorPath and an intrinsic CausePath', async () => {
    const result = await execute(terminal({ Type: 'Fail', ErrorPath: '$.code', CausePath: "States.Format('order {} failed', $.id)" }), {
      input: { code: 'Order.Failed', id: 9 },
    });
    expect(result).toMatchObject({ status: 'FAILED', error: 'Order.Failed', cause: 'order 9 failed' });
  });

  it('the context object is readable in Parameters', async () => {
    const result = await execute(one({ Type: 'Pass', Parameters: { 'state.$': '$$.State.Name', 'start.$': '$$.Execution.StartTime', 'input.$': '$$.Execution.Input' } }), {
      input: { x: 1 },
    });
    expect(result.output).toEqual({ state: 'S', start: '2024-01-01T00:00:00.000Z', input: { x: 1 } });
  });
});
