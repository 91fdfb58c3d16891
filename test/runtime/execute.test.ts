import { describe, expect, it } from 'vitest';
import { AslError, DEFAULT_START_TIME, execute, InvalidDefinitionError, startExecution, type ExecutionResult } from '../../src/runtime/index.js';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:Work';
const machine = (States: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ StartAt: Object.keys(States)[0], States, ...extra });
const entered = (result: ExecutionResult) =>
  result.events.flatMap((e) => (e.stateEnteredEventDetails === undefined ? [] : [e.stateEnteredEventDetails.name]));
const elapsedSeconds = (result: ExecutionResult) => (result.stopDate.getTime() - result.startDate.getTime()) / 1000;

describe('execute: data flow and state kinds', () => {
  it('runs Pass states through InputPath, Parameters, ResultPath and OutputPath', async () => {
    const result = await execute(
      machine({
        Shape: {
          Type: 'Pass',
          InputPath: '$.order',
          Parameters: { 'id.$': '$.id', 'who.$': '$$.Execution.Name', fixed: 1 },
          ResultPath: '$.shaped',
          Next: 'Pick',
        },
        Pick: { Type: 'Pass', OutputPath: '$.shaped', End: true },
      }),
      { input: { order: { id: 'o-1' } }, name: 'run-1' },
    );
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { id: 'o-1', who: 'run-1', fixed: 1 } });
  });

  it('creates the objects a nested ResultPath needs and keeps the input with ResultPath null', async () => {
    const result = await execute(
      machine({
        Nest: { Type: 'Pass', Result: 42, ResultPath: '$.a.b.c', Next: 'Drop' },
        Drop: { Type: 'Pass', Result: 'ignored', ResultPath: null, End: true },
      }),
      { input: { keep: true } },
    );
    expect(result.output).toEqual({ keep: true, a: { b: { c: 42 } } });
  });

  it('follows the first matching Choice rule, else Default, else fails with States.NoChoiceMatched', async () => {
    const definition = machine({
      Route: {
        Type: 'Choice',
        Choices: [
          { Variable: '$.n', NumericGreaterThan: 10, Next: 'Big' },
          { And: [{ Variable: '$.n', NumericGreaterThanEquals: 0 }, { Not: { Variable: '$.n', NumericEquals: 5 } }], Next: 'Small' },
        ],
      },
      Big: { Type: 'Succeed' },
      Small: { Type: 'Succeed' },
    });
    expect(entered(await execute(definition, { input: { n: 11 } }))).toEqual(['Route', 'Big']);
    expect(entered(await execute(definition, { input: { n: 3 } }))).toEqual(['Route', 'Small']);
    expect(await execute(definition, { input: { n: 5 } })).toMatchObject({ status: 'FAILED', error: 'States.NoChoiceMatched' });
  });

  it('fails with the Error and Cause of a Fail state', async () => {
    const result = await execute(machine({ Stop: { Type: 'Fail', Error: 'Order.Invalid', Cause: 'no items' } }));
    expect(result).toMatchObject({ status: 'FAILED', error: 'Order.Invalid', cause: 'no items' });
    expect(result.events.map((e) => e.type)).toEqual(['ExecutionStarted', 'FailStateEntered', 'ExecutionFailed']);
  });
});

describe('execute: the virtual clock', () => {
  it('runs a one-year Wait at once and stamps the history with the year', async () => {
    const year = 365 * 24 * 3600;
    const started = Date.now();
    const result = await execute(machine({ Nap: { Type: 'Wait', Seconds: year, End: true } }));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.status).toBe('SUCCEEDED');
    expect(result.startDate).toEqual(DEFAULT_START_TIME);
    expect(elapsedSeconds(result)).toBe(year);
    expect(result.events.at(-1)?.timestamp).toEqual(new Date(DEFAULT_START_TIME.getTime() + year * 1000));
  });

  it('waits until a Timestamp, and not at all for a past one', async () => {
    const definition = machine({ Until: { Type: 'Wait', TimestampPath: '$.at', End: true } });
    expect(elapsedSeconds(await execute(definition, { input: { at: '2024-01-01T01:00:00Z' } }))).toBe(3600);
    expect(elapsedSeconds(await execute(definition, { input: { at: '2020-01-01T00:00:00Z' } }))).toBe(0);
  });

  it('times out a task whose handler never settles', async () => {
    const result = await execute(machine({ Hang: { Type: 'Task', Resource: LAMBDA, TimeoutSeconds: 30, End: true } }), {
      tasks: { Hang: () => new Promise(() => undefined) },
    });
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    expect(elapsedSeconds(result)).toBe(30);
    expect(result.events.map((e) => e.type)).toContain('LambdaFunctionTimedOut');
  });

  it('does not time out a handler that is doing real asynchronous work', async () => {
    const result = await execute(
      machine({
        Slow: { Type: 'Task', Resource: LAMBDA, TimeoutSeconds: 5, Next: 'Nap' },
        Nap: { Type: 'Wait', Seconds: 60, End: true },
      }),
      { tasks: { Slow: () => new Promise((resolve) => setTimeout(() => { resolve('done'); }, 30)) } },
    );
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: 'done' });
  });

  it('keeps waiting for a working handler while unrelated timers of the process come and go', async () => {
    const unrelated = new Promise((resolve) => setTimeout(resolve, 5));
    const result = await execute(
      machine({ Slow: { Type: 'Task', Resource: LAMBDA, TimeoutSeconds: 5, End: true } }),
      { tasks: { Slow: () => new Promise((resolve) => setTimeout(() => { resolve('done'); }, 40)) } },
    );
    await unrelated;
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: 'done' });
  });

  it('ends TIMED_OUT past the machine TimeoutSeconds', async () => {
    const result = await execute(machine({ Nap: { Type: 'Wait', Seconds: 100, End: true } }, { TimeoutSeconds: 10 }));
    expect(result).toMatchObject({ status: 'TIMED_OUT', error: 'States.Timeout' });
    expect(elapsedSeconds(result)).toBe(10);
    expect(result.events.at(-1)?.type).toBe('ExecutionTimedOut');
  });

  // AWS's quotas: a Standard execution runs at most one year (taken as 366 days), an Express one five
  // minutes; a Task without TimeoutSeconds defaults to 99,999,999 s, so the execution's limit comes first.
  const never = { Hang: () => new Promise<never>(() => undefined) };
  const STANDARD_DAYS = 366;

  it('ends a Standard run whose handler never settles after one year, TIMED_OUT, without waiting', async () => {
    const started = Date.now();
    const result = await execute(machine({ Hang: { Type: 'Task', Resource: LAMBDA, End: true } }), { tasks: never });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ status: 'TIMED_OUT', error: 'States.Timeout' });
    expect(elapsedSeconds(result)).toBe(STANDARD_DAYS * 24 * 3600);
    expect(result.events.at(-1)?.type).toBe('ExecutionTimedOut');
  });

  it('ends an Express run whose handler never settles after five minutes', async () => {
    const result = await execute(machine({ Hang: { Type: 'Task', Resource: LAMBDA, End: true } }), { tasks: never, type: 'EXPRESS' });
    expect(result).toMatchObject({ status: 'TIMED_OUT', error: 'States.Timeout' });
    expect(elapsedSeconds(result)).toBe(300);
  });

  it('ends a Standard run at one year even when its own TimeoutSeconds or a Wait is longer', async () => {
    const result = await execute(machine({ Nap: { Type: 'Wait', Seconds: 99_999_999, End: true } }, { TimeoutSeconds: 99_999_999 }));
    expect(result).toMatchObject({ status: 'TIMED_OUT', error: 'States.Timeout' });
    expect(elapsedSeconds(result)).toBe(STANDARD_DAYS * 24 * 3600);
  });

  it('lets a never-settling handler meet a Catch on its own TimeoutSeconds first', async () => {
    const result = await execute(
      machine({
        Hang: { Type: 'Task', Resource: LAMBDA, TimeoutSeconds: 30, Catch: [{ ErrorEquals: ['States.Timeout'], Next: 'Handled' }], End: true },
        Handled: { Type: 'Pass', Result: 'caught', End: true },
      }),
      { tasks: never },
    );
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: 'caught' });
    expect(elapsedSeconds(result)).toBe(30);
  });
});

describe('execute: tasks, retries and catchers', () => {
  it('retries with backoff on the virtual clock, then succeeds', async () => {
    let calls = 0;
    const result = await execute(
      machine({
        Flaky: {
          Type: 'Task',
          Resource: LAMBDA,
          Retry: [{ ErrorEquals: ['Busy'], IntervalSeconds: 2, BackoffRate: 3, MaxAttempts: 3 }],
          End: true,
        },
      }),
      {
        tasks: {
          Flaky: (_input, context) => {
            calls++;
            if (context.retryCount < 2) throw new AslError('Busy', 'try later');
            return { attempt: context.retryCount };
          },
        },
      },
    );
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { attempt: 2 } });
    expect(calls).toBe(3);
    expect(elapsedSeconds(result)).toBe(2 + 6);
  });

  it('catches an error into the raw input at the catcher ResultPath', async () => {
    const result = await execute(
      machine({
        Charge: {
          Type: 'Task',
          Resource: LAMBDA,
          InputPath: '$.card',
          Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.failure', Next: 'Report' }],
          End: true,
        },
        Report: { Type: 'Pass', End: true },
      }),
      { input: { card: 'c-1' }, tasks: { Charge: () => { throw new AslError('Card.Declined', 'insufficient funds'); } } },
    );
    expect(result.output).toEqual({ card: 'c-1', failure: { Error: 'Card.Declined', Cause: 'insufficient funds' } });
    expect(entered(result)).toEqual(['Charge', 'Report']);
  });

  it('turns a plain JS throw into States.TaskFailed with the message as cause', async () => {
    const result = await execute(machine({ Boom: { Type: 'Task', Resource: LAMBDA, End: true } }), {
      tasks: { Boom: () => { throw new TypeError('bad thing'); } },
    });
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', cause: 'bad thing' });
  });

  it('names the state when a handler returns a non-JSON value', async () => {
    const result = await execute(machine({ Odd: { Type: 'Task', Resource: LAMBDA, End: true } }), { tasks: { Odd: () => 10n } });
    expect(result.status).toBe('FAILED');
    expect(result.error).toBe('States.Runtime');
    expect(result.cause).toContain("task state 'Odd'");
  });

  it('fails clearly, without retrying, when no handler answers a task', async () => {
    const result = await execute(
      machine({ Lost: { Type: 'Task', Resource: LAMBDA, Retry: [{ ErrorEquals: ['States.ALL'] }], End: true } }),
    );
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(result.cause).toContain("No task handler for state 'Lost'");
  });

  it('records the Lambda event family for a plain Lambda ARN', async () => {
    const result = await execute(machine({ Work: { Type: 'Task', Resource: LAMBDA, End: true } }), { input: 1, tasks: { Work: () => 2 } });
    expect(result.events.map((e) => [e.id, e.previousEventId, e.type])).toEqual([
      [1, 0, 'ExecutionStarted'],
      [2, 0, 'TaskStateEntered'],
      [3, 2, 'LambdaFunctionScheduled'],
      [4, 3, 'LambdaFunctionStarted'],
      [5, 4, 'LambdaFunctionSucceeded'],
      [6, 5, 'TaskStateExited'],
      [7, 6, 'ExecutionSucceeded'],
    ]);
    expect(result.events[2]?.lambdaFunctionScheduledEventDetails).toEqual({ resource: LAMBDA, input: 1, inputDetails: { truncated: false } });
  });

  it('fails with States.DataLimitExceeded past the payload quota', async () => {
    const result = await execute(machine({ Big: { Type: 'Task', Resource: LAMBDA, End: true } }), {
      tasks: { Big: () => 'x'.repeat(300_000) },
    });
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
  });
});

describe('execute: Parallel and Map', () => {
  it('gives Parallel the array of branch outputs', async () => {
    const result = await execute(
      machine({
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'A', States: { A: { Type: 'Pass', Result: 'a', End: true } } },
            { StartAt: 'B', States: { B: { Type: 'Wait', Seconds: 5, Next: 'B2' }, B2: { Type: 'Pass', Result: 'b', End: true } } },
          ],
          End: true,
        },
      }),
    );
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: ['a', 'b'] });
    expect(elapsedSeconds(result)).toBe(5);
  });

  it('fails a Parallel state with the error of its failing branch and stops the others', async () => {
    const result = await execute(
      machine({
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Slow', States: { Slow: { Type: 'Wait', Seconds: 1000, End: true } } },
            { StartAt: 'Bad', States: { Bad: { Type: 'Fail', Error: 'Branch.Broke', Cause: 'why' } } },
          ],
          End: true,
        },
      }),
    );
    expect(result).toMatchObject({ status: 'FAILED', error: 'Branch.Broke', cause: 'why' });
    expect(elapsedSeconds(result)).toBe(0);
  });

  it('maps items with ItemSelector and $$.Map.Item, keeping item order, at most MaxConcurrency at once', async () => {
    let running = 0;
    let peak = 0;
    const result = await execute(
      machine({
        Each: {
          Type: 'Map',
          ItemsPath: '$.items',
          MaxConcurrency: 2,
          ItemSelector: { 'index.$': '$$.Map.Item.Index', 'value.$': '$$.Map.Item.Value', 'tag.$': '$.tag' },
          ItemProcessor: { StartAt: 'Work', States: { Work: { Type: 'Task', Resource: LAMBDA, End: true } } },
          End: true,
        },
      }),
      {
        input: { items: ['a', 'b', 'c'], tag: 't' },
        tasks: {
          Work: async (input) => {
            running++;
            peak = Math.max(peak, running);
            await new Promise((resolve) => setTimeout(resolve, 5));
            running--;
            return input;
          },
        },
      },
    );
    expect(result.output).toEqual([
      { index: 0, value: 'a', tag: 't' },
      { index: 1, value: 'b', tag: 't' },
      { index: 2, value: 'c', tag: 't' },
    ]);
    expect(peak).toBe(2);
  });
});

describe('execute: the definition and the handle', () => {
  it('rejects an invalid definition with the diagnostics, running nothing', async () => {
    await expect(execute(machine({ A: { Type: 'Pass', Next: 'Nowhere' } }))).rejects.toBeInstanceOf(InvalidDefinitionError);
  });

  it('stops an execution: ABORTED with the given error and cause', async () => {
    const handle = startExecution(machine({ Nap: { Type: 'Wait', Seconds: 60, End: true } }));
    handle.stop('Operator.Stop', 'no longer needed');
    const result = await handle.result;
    expect(result).toMatchObject({ status: 'ABORTED', error: 'Operator.Stop', cause: 'no longer needed' });
    expect(result.events.at(-1)?.type).toBe('ExecutionAborted');
  });

  it('gives the same result for the same seed', async () => {
    const definition = machine({ Id: { Type: 'Pass', Parameters: { 'id.$': 'States.UUID()' }, End: true } });
    const first = await execute(definition, { random: 7 });
    const second = await execute(definition, { random: 7 });
    const other = await execute(definition, { random: 8 });
    expect(first.output).toEqual(second.output);
    expect(first.output).not.toEqual(other.output);
  });
});

describe('execute: aborted states', () => {
  it('records WaitStateAborted before ExecutionAborted when stopped during a Wait', async () => {
    const handle = startExecution(machine({ Nap: { Type: 'Wait', Seconds: 60, End: true } }));
    handle.stop('Stop', 'now');
    const types = (await handle.result).events.map((e) => e.type);
    expect(types).toEqual(['ExecutionStarted', 'WaitStateEntered', 'WaitStateAborted', 'ExecutionAborted']);
  });

  it('records the abort of the sibling branch when another branch fails', async () => {
    const result = await execute(
      machine({
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Slow', States: { Slow: { Type: 'Wait', Seconds: 1000, End: true } } },
            { StartAt: 'Bad', States: { Bad: { Type: 'Fail', Error: 'Broke' } } },
          ],
          End: true,
        },
      }),
    );
    const types = result.events.map((e) => e.type);
    expect(types).toContain('WaitStateAborted');
    expect(types.indexOf('ParallelStateFailed')).toBeGreaterThan(types.indexOf('FailStateEntered'));
  });
});

describe('execute: payload quota on task results', () => {
  it('fails a task whose result is over 256 KiB even when ResultSelector would shrink it', async () => {
    const result = await execute(
      machine({ Big: { Type: 'Task', Resource: LAMBDA, ResultSelector: { 'n.$': '$.n' }, End: true } }),
      { tasks: { Big: () => ({ n: 1, blob: 'x'.repeat(300_000) }) } },
    );
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
  });
});
