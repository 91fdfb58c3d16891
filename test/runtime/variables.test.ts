import { describe, expect, it } from 'vitest';
import { AslError, execute, type HistoryEvent } from '../../src/runtime/index.js';

const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:Work';

const exited = (events: readonly HistoryEvent[], name: string) =>
  events.find((e) => e.type.endsWith('StateExited') && e.stateExitedEventDetails?.name === name)?.stateExitedEventDetails;

describe('variables in JSONPath states', () => {
  it('assigns literals and paths, and later states read them as $name in paths, templates and intrinsics', async () => {
    const result = await execute(
      {
        StartAt: 'Remember',
        States: {
          Remember: { Type: 'Pass', Assign: { greeting: 'Hello', 'who.$': '$.user.name', limit: 2 }, Next: 'Use' },
          Use: {
            Type: 'Pass',
            Parameters: { 'text.$': "States.Format('{}, {}!', $greeting, $who)", 'limit.$': '$limit' },
            Next: 'Read',
          },
          Read: { Type: 'Pass', InputPath: '$who', End: true },
        },
      },
      { input: { user: { name: 'Ada' } } },
    );
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: 'Ada' });
    expect(exited(result.events, 'Use')).toMatchObject({ output: { text: 'Hello, Ada!', limit: 2 } });
    expect(exited(result.events, 'Remember')).toMatchObject({
      assignedVariables: { greeting: 'Hello', who: 'Ada', limit: 2 },
      assignedVariablesDetails: { truncated: false },
    });
    expect(exited(result.events, 'Use')).not.toHaveProperty('assignedVariables');
  });

  it('evaluates every value of one Assign against the variables from before it (a swap)', async () => {
    const result = await execute({
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { a: 1, b: 2 }, Next: 'Swap' },
        Swap: { Type: 'Pass', Assign: { 'a.$': '$b', 'b.$': '$a' }, Next: 'Show' },
        Show: { Type: 'Pass', Parameters: { 'a.$': '$a', 'b.$': '$b' }, End: true },
      },
    });
    expect(result.output).toEqual({ a: 2, b: 1 });
  });

  it('reads the selected task result as $ in a Task Assign, and the error output in a Catch Assign', async () => {
    const definition = {
      StartAt: 'Call',
      States: {
        Call: {
          Type: 'Task',
          Resource: LAMBDA,
          ResultSelector: { 'id.$': '$.order.id' },
          ResultPath: '$.call',
          Assign: { 'orderId.$': '$.id' },
          Catch: [{ ErrorEquals: ['States.ALL'], Assign: { 'failure.$': '$.Error' }, ResultPath: null, Next: 'Failed' }],
          Next: 'Done',
        },
        Done: { Type: 'Pass', Parameters: { 'orderId.$': '$orderId' }, End: true },
        Failed: { Type: 'Pass', Parameters: { 'failure.$': '$failure' }, End: true },
      },
    };
    const ok = await execute(definition, { tasks: { Call: () => ({ order: { id: 'o-1' } }) } });
    expect(ok.output).toEqual({ orderId: 'o-1' });
    const failed = await execute(definition, { tasks: { Call: () => { throw new AslError('Declined', 'no'); } } });
    expect(failed.output).toEqual({ failure: 'Declined' });
  });

  it("uses the matching Choice rule's Assign, and the state's Assign on the Default path", async () => {
    const definition = {
      StartAt: 'Check',
      States: {
        Check: {
          Type: 'Choice',
          Choices: [{ Variable: '$.n', NumericEquals: 42, Assign: { verdict: 'right' }, Next: 'Show' }],
          Default: 'Show',
          Assign: { verdict: 'wrong', 'guess.$': '$.n' },
        },
        Show: { Type: 'Pass', Parameters: { 'verdict.$': '$verdict' }, End: true },
      },
    };
    expect((await execute(definition, { input: { n: 42 } })).output).toEqual({ verdict: 'right' });
    expect((await execute(definition, { input: { n: 7 } })).output).toEqual({ verdict: 'wrong' });
  });

  it('lets Parallel branches read outer variables while their own assignments stay inside', async () => {
    const branch = (name: string) => ({
      StartAt: name,
      States: {
        [name]: { Type: 'Pass', Assign: { mine: name }, Next: `${name}Read` },
        [`${name}Read`]: { Type: 'Pass', Parameters: { 'outer.$': '$x', 'mine.$': '$mine' }, End: true },
      },
    });
    const result = await execute({
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { x: 42 }, Next: 'Fan' },
        Fan: { Type: 'Parallel', Branches: [branch('A'), branch('B')], Next: 'After' },
        After: { Type: 'Pass', Parameters: { 'x.$': '$x', 'results.$': '$' }, End: true },
      },
    });
    expect(result.output).toEqual({ x: 42, results: [{ outer: 42, mine: 'A' }, { outer: 42, mine: 'B' }] });
  });

  it('keeps a variable assigned in one Map iteration out of the next iteration and out of the state after the Map', async () => {
    const result = await execute({
      StartAt: 'Each',
      States: {
        Each: {
          Type: 'Map',
          ItemProcessor: {
            StartAt: 'Peek',
            States: {
              Peek: { Type: 'Choice', Choices: [{ Variable: '$seen', IsPresent: true, Next: 'Leaked' }], Default: 'Mark' },
              Mark: { Type: 'Pass', Assign: { 'seen.$': '$' }, End: true },
              Leaked: { Type: 'Fail', Error: 'Leaked' },
            },
          },
          Next: 'After',
        },
        After: { Type: 'Choice', Choices: [{ Variable: '$seen', IsPresent: true, Next: 'Outside' }], Default: 'Clean' },
        Outside: { Type: 'Fail', Error: 'LeakedOut' },
        Clean: { Type: 'Succeed' },
      },
    }, { input: [1, 2, 3] });
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: [1, 2, 3] });
  });

  it('reads a *Path number from a variable holding numeric text, as AWS does', async () => {
    const result = await execute({
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Assign: { concurrency: '1' }, Next: 'Each' },
        Each: { Type: 'Map', MaxConcurrencyPath: '$concurrency', ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, End: true },
      },
    }, { input: [1, 2] });
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: [1, 2] });
  });

  it('fails with States.Runtime when a path names a variable never assigned', async () => {
    const result = await execute({ StartAt: 'Read', States: { Read: { Type: 'Pass', Parameters: { 'v.$': '$missing' }, End: true } } });
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(result.cause).toContain("The JSONPath '$missing' specified for the field 'v.$' could not be found");
  });

  it('refuses an Assign larger than the payload limit with States.DataLimitExceeded', async () => {
    const result = await execute(
      { StartAt: 'Big', States: { Big: { Type: 'Pass', Assign: { 'blob.$': '$.blob' }, End: true } } },
      { input: { blob: 'x'.repeat(300) }, limits: { payloadBytes: 256 } },
    );
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
  });
});
