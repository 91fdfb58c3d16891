import { describe, expect, it, vi } from 'vitest';
import { AslError, execute, startExecution } from '../../src/runtime/index.js';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:Work';
const jsonata = (States: Record<string, unknown>, StartAt = Object.keys(States)[0]) => ({ QueryLanguage: 'JSONata', StartAt, States });

describe('JSONata states', () => {
  it('Pass: Output transforms $states.input; without Output the input passes through', async () => {
    const result = await execute(
      jsonata({
        Shape: { Type: 'Pass', Output: { total: '{% $sum($states.input.items) %}', label: 'sum' }, Next: 'Keep' },
        Keep: { Type: 'Pass', End: true },
      }),
      { input: { items: [1, 2, 3] } },
    );
    expect(result.output).toEqual({ total: 6, label: 'sum' });
  });

  it('Task: Arguments go to the handler, Output and Assign read $states.result and see the variables from before', async () => {
    let received: unknown;
    const result = await execute(
      jsonata({
        Init: { Type: 'Pass', Assign: { count: 1 }, Next: 'Call' },
        Call: {
          Type: 'Task',
          Resource: LAMBDA,
          Arguments: { id: '{% $states.input.id %}', attempt: '{% $states.context.State.RetryCount %}' },
          Assign: { count: '{% $count + 1 %}', price: '{% $states.result.price %}' },
          Output: { price: '{% $states.result.price %}', countBefore: '{% $count %}' },
          Next: 'Show',
        },
        Show: { Type: 'Pass', Output: { count: '{% $count %}', price: '{% $price %}' }, End: true },
      }),
      { input: { id: 'a-1' }, tasks: { Call: (input) => ((received = input), { price: 9 }) } },
    );
    expect(received).toEqual({ id: 'a-1', attempt: 0 });
    expect(result.events.find((e) => e.stateExitedEventDetails?.name === 'Call')?.stateExitedEventDetails?.output).toEqual({ price: 9, countBefore: 1 });
    expect(result.output).toEqual({ count: 2, price: 9 });
  });

  it('Task: a catcher Output and Assign read $states.errorOutput; the state Output is not applied', async () => {
    const result = await execute(
      jsonata({
        Call: {
          Type: 'Task',
          Resource: LAMBDA,
          Output: 'never',
          Catch: [{ ErrorEquals: ['States.ALL'], Output: { error: '{% $states.errorOutput %}', input: '{% $states.input %}' }, Assign: { failed: '{% $states.errorOutput.Error %}' }, Next: 'Handle' }],
          End: true,
        },
        Handle: { Type: 'Pass', Output: { caught: '{% $states.input %}', failed: '{% $failed %}' }, End: true },
      }),
      { input: { n: 1 }, tasks: { Call: () => { throw new AslError('Boom', 'bad'); } } },
    );
    expect(result.output).toEqual({ caught: { error: { Error: 'Boom', Cause: 'bad' }, input: { n: 1 } }, failed: 'Boom' });
  });

  it('Task: TimeoutSeconds may be an expression', async () => {
    const result = await execute(jsonata({ Call: { Type: 'Task', Resource: LAMBDA, TimeoutSeconds: '{% $states.input.limit %}', End: true } }), {
      input: { limit: 5 },
      tasks: { Call: () => new Promise(() => undefined) },
    });
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    expect(result.stopDate.getTime() - result.startDate.getTime()).toBe(5000);
  });

  it("Choice: the first true Condition wins and its rule's Output and Assign replace the state's", async () => {
    const definition = jsonata({
      Check: {
        Type: 'Choice',
        Choices: [{ Condition: '{% $states.input.n > 10 %}', Next: 'Big', Output: 'big', Assign: { size: 'L' } }],
        Default: 'Small',
        Output: 'small',
        Assign: { size: 'S' },
      },
      Big: { Type: 'Pass', Output: { seen: '{% $states.input %}', size: '{% $size %}' }, End: true },
      Small: { Type: 'Pass', Output: { seen: '{% $states.input %}', size: '{% $size %}' }, End: true },
    });
    expect((await execute(definition, { input: { n: 11 } })).output).toEqual({ seen: 'big', size: 'L' });
    expect((await execute(definition, { input: { n: 1 } })).output).toEqual({ seen: 'small', size: 'S' });
  });

  it('Choice: a Condition that is not a boolean is a States.QueryEvaluationError recorded as EvaluationFailed', async () => {
    const result = await execute(
      jsonata({ Check: { Type: 'Choice', Choices: [{ Condition: '{% $states.input.n %}', Next: 'Done' }], Default: 'Done' }, Done: { Type: 'Succeed' } }),
      { input: { n: 3 } },
    );
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    expect(result.cause).toMatch(/^An error occurred while executing the state 'Check' \(entered at the event id #2\)\. The JSONata expression '\$states\.input\.n' specified for the field 'Choices\[0\]\.Condition' returned an unexpected result type\. Expected 'boolean', but was 'number'/);
    const failed = result.events.find((e) => e.type === 'EvaluationFailed');
    expect(failed?.evaluationFailedEventDetails).toEqual({ error: 'States.QueryEvaluationError', cause: result.cause, location: 'Choices[0].Condition', state: 'Check' });
  });

  it('Wait: Seconds from an expression advances the virtual clock; a Timestamp without offset is refused', async () => {
    const waited = await execute(jsonata({ Pause: { Type: 'Wait', Seconds: '{% $states.input.s * 2 %}', End: true } }), { input: { s: 30 } });
    expect(waited.stopDate.getTime() - waited.startDate.getTime()).toBe(60_000);
    const bad = await execute(jsonata({ Pause: { Type: 'Wait', Timestamp: '{% $states.input.t %}', End: true } }), { input: { t: '2016-12-05T21:29:29' } });
    expect(bad).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    expect(bad.cause).toContain('The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: 2016-12-05T21:29:29');
  });

  it('Fail: Error and Cause may be expressions', async () => {
    const result = await execute(jsonata({ Stop: { Type: 'Fail', Error: '{% $states.input.code %}', Cause: '{% "order " & $states.input.id %}' } }), {
      input: { code: 'Rejected', id: 7 },
    });
    expect(result).toMatchObject({ status: 'FAILED', error: 'Rejected', cause: 'order 7' });
  });

  it('Succeed: Output shapes the final output', async () => {
    const result = await execute(jsonata({ Done: { Type: 'Succeed', Output: '{% $states.input.a %}' } }), { input: { a: [1] } });
    expect(result.output).toEqual([1]);
  });

  it('Parallel: branches run on Arguments; Output reads the array of branch outputs', async () => {
    const branch = (value: number) => ({ StartAt: `B${String(value)}`, States: { [`B${String(value)}`]: { Type: 'Pass', Output: `{% $states.input.base + ${String(value)} %}`, End: true } } });
    const result = await execute(
      jsonata({ Fan: { Type: 'Parallel', Arguments: { base: '{% $states.input.x %}' }, Branches: [branch(1), branch(2)], Output: '{% $sum($states.result) %}', End: true } }),
      { input: { x: 10 } },
    );
    expect(result.output).toBe(23);
  });

  it('Map: Items and ItemSelector (with $states.context.Map.Item), MaxConcurrency from an expression', async () => {
    const result = await execute(
      jsonata({
        Each: {
          Type: 'Map',
          Items: '{% $states.input.orders %}',
          ItemSelector: { order: '{% $states.context.Map.Item.Value %}', index: '{% $states.context.Map.Item.Index %}', tax: '{% $states.input.tax %}' },
          MaxConcurrency: '{% 1 %}',
          ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', Output: '{% $states.input.order * (1 + $states.input.tax) + $states.input.index %}', End: true } } },
          End: true,
        },
      }),
      { input: { orders: [10, 20], tax: 0.5 } },
    );
    expect(result.output).toEqual([15, 31]);
  });

  it('Map: Items that is not an array names the expression and the type', async () => {
    const result = await execute(
      jsonata({ Each: { Type: 'Map', Items: '{% $states.input.orders %}', ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, End: true } }),
      { input: { orders: { a: 1 } } },
    );
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    expect(result.cause).toContain("The JSONata expression '$states.input.orders' specified for the field 'Items' returned an unexpected result type. Expected 'array', but was 'object' for value: {\"a\":1}");
    expect(result.events.find((e) => e.type === 'EvaluationFailed')?.evaluationFailedEventDetails?.location).toBe('Items');
  });

  it('mixes query languages: a JSONata state reads what a JSONPath state assigned and passes its output on', async () => {
    const result = await execute({
      StartAt: 'Path',
      States: {
        Path: { Type: 'Pass', Assign: { answer: 42 }, Result: { from: 'path' }, Next: 'Ata' },
        Ata: { Type: 'Pass', QueryLanguage: 'JSONata', Output: { answer: '{% $answer %}', input: '{% $states.input %}' }, Next: 'PathAgain' },
        PathAgain: { Type: 'Pass', InputPath: '$.input', End: true },
      },
    });
    expect(result.output).toEqual({ from: 'path' });
  });

  it('an expression that yields nothing where a value is required fails with States.QueryEvaluationError', async () => {
    const result = await execute(jsonata({ Shape: { Type: 'Pass', Output: { a: '{% $states.input.missing %}' }, End: true } }));
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    expect(result.cause).toContain("The JSONata expression '$states.input.missing' specified for the field 'Output/a' returned nothing (undefined).");
  });

  it('$now() and $millis() read the execution clock (virtual: the start time plus the waits)', async () => {
    const result = await execute(
      jsonata({
        Before: { Type: 'Pass', Output: { at: '{% $now() %}' }, Next: 'Pause' },
        Pause: { Type: 'Wait', Seconds: 86_400, Next: 'After' },
        After: { Type: 'Pass', Output: { before: '{% $states.input.at %}', millis: '{% $millis() %}', day: '{% $now("[Y0001]-[M01]-[D01]") %}' }, End: true },
      }),
      { startTime: new Date('2030-05-01T00:00:00Z') },
    );
    expect(result.output).toEqual({ before: '2030-05-01T00:00:00.000Z', millis: Date.parse('2030-05-02T00:00:00Z'), day: '2030-05-02' });
  });

  it('Wait: a Timestamp expression with an offset waits until that instant; Seconds must be a whole number', async () => {
    const waited = await execute(jsonata({ Pause: { Type: 'Wait', Timestamp: '{% $states.input.until %}', End: true } }), {
      input: { until: '2024-01-01T01:00:00+01:00' },
      startTime: new Date('2023-12-31T23:00:00Z'),
    });
    expect(waited.stopDate.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    const fractional = await execute(jsonata({ Pause: { Type: 'Wait', Seconds: '{% 1.5 %}', End: true } }));
    expect(fractional).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    expect(fractional.cause).toContain("specified for the field 'Seconds' returned an unexpected result type. Expected 'integer', but was 'number'");
  });

  it('Task: HeartbeatSeconds may be an expression', async () => {
    const result = await execute(jsonata({ Call: { Type: 'Task', Resource: LAMBDA, HeartbeatSeconds: '{% 3 %}', TimeoutSeconds: 60, End: true } }), {
      tasks: { Call: () => new Promise(() => undefined) },
    });
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.HeartbeatTimeout' });
    expect(result.stopDate.getTime() - result.startDate.getTime()).toBe(3000);
  });

  it('Task: $states.context is the context object, with the Task.Token of a .waitForTaskToken task', async () => {
    let token: unknown;
    const handle = startExecution(
      jsonata({
        Call: {
          Type: 'Task',
          Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
          Arguments: { MessageBody: { token: '{% $states.context.Task.Token %}', state: '{% $states.context.State.Name %}' } },
          End: true,
        },
      }),
      { tasks: { Call: (input) => { token = (input as { MessageBody: { token: string } }).MessageBody.token; return {}; } } },
    );
    await vi.waitFor(() => { expect(token).toEqual(expect.any(String)); });
    handle.sendTaskSuccess(token as string, { done: true });
    expect((await handle.result).output).toEqual({ done: true });
  });

  it('Map: ToleratedFailureCount and ToleratedFailurePercentage may be expressions (distributed mode)', async () => {
    const map = (tolerance: Record<string, unknown>) =>
      jsonata({
        Each: {
          Type: 'Map',
          ...tolerance,
          ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'Work', States: { Work: { Type: 'Task', Resource: LAMBDA, End: true } } },
          End: true,
        },
      });
    const failOdd = (input: unknown) => {
      if ((input as number) % 2 === 1) throw new AslError('Odd', String(input));
      return input;
    };
    const tolerated = await execute(map({ ToleratedFailureCount: '{% $states.input[0] %}' }), { input: [1, 2, 4], tasks: { Work: failOdd } });
    expect(tolerated.status).toBe('SUCCEEDED');
    const exceeded = await execute(map({ ToleratedFailurePercentage: '{% 10 %}' }), { input: [1, 2, 4], tasks: { Work: failOdd } });
    expect(exceeded).toMatchObject({ status: 'FAILED', error: 'States.ExceedToleratedFailureThreshold' });
  });

  it('Map: ItemBatcher groups the selected items, with BatchInput from an expression', async () => {
    const result = await execute(
      jsonata({
        Each: {
          Type: 'Map',
          ItemBatcher: { MaxItemsPerBatch: '{% 2 %}', BatchInput: { total: '{% $count($states.input) %}' } },
          ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
          End: true,
        },
      }),
      { input: [1, 2, 3] },
    );
    expect(result.output).toEqual([{ BatchInput: { total: 3 }, Items: [1, 2] }, { BatchInput: { total: 3 }, Items: [3] }]);
  });

  it('Map without Items iterates the input, and refuses an input that is not an array', async () => {
    const definition = jsonata({ Each: { Type: 'Map', ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, End: true } });
    expect((await execute(definition, { input: [1, 2] })).output).toEqual([1, 2]);
    const refused = await execute(definition, { input: null });
    expect(refused).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    expect(refused.cause).toBe("An error occurred while executing the state 'Each' (entered at the event id #2). Map state input must be an array but was: null");
  });

  it('cannot reach the host through the input: prototype functions are not callable and never leave as results', async () => {
    const run = (expression: string) => execute(jsonata({ Probe: { Type: 'Pass', Output: { v: `{% ${expression} %}` }, End: true } }), { input: { a: 1 } });
    const call = await run('$states.input.constructor.constructor("return process")()');
    expect(call).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    expect(call.cause).toContain('T1006: Attempted to invoke a non-function');
    const leak = await run('$states.input.constructor');
    expect(leak).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
    expect(leak.cause).toContain('returned an unsupported result type');
    expect(await run('$eval("1 + 1")')).toMatchObject({ status: 'FAILED', error: 'States.QueryEvaluationError' });
  });
});

