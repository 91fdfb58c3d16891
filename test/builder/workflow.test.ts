import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidDefinitionError, workflow } from 'statewright';
import { execute } from 'statewright/runtime';
import { validated } from './validated.js';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:Fn';

describe('workflow()', () => {
  it('chains states with Next and ends the last flowing state with End', () => {
    const asl = workflow('W', { comment: 'c', timeoutSeconds: 60 })
      .pass('A')
      .task('B', { resource: FN })
      .wait('C', { seconds: 5 })
      .toAsl();
    expect(validated(asl)).toEqual({
      Comment: 'c',
      StartAt: 'A',
      TimeoutSeconds: 60,
      States: {
        A: { Type: 'Pass', Next: 'B' },
        B: { Type: 'Task', Resource: FN, Next: 'C' },
        C: { Type: 'Wait', Seconds: 5, End: true },
      },
    });
  });

  it('keeps the workflow name and input schema out of the ASL', () => {
    const wf = workflow('Named', { input: z.object({ a: z.string() }) }).succeed('Done');
    expect(wf.name).toBe('Named');
    expect(validated(wf.toAsl())).toEqual({ StartAt: 'Done', States: { Done: { Type: 'Succeed' } } });
  });

  it('serialises every Pass, Task, Wait, Succeed and Fail option under its ASL name', () => {
    const asl = workflow<{ a: { b: string; n: number }; when: string }>('W')
      .pass('P', { comment: 'p', inputPath: '$.a', parameters: { 'x.$': '$.b', k: 1 }, result: { r: 5, msg: 'm', t: '2016-03-14T01:59:00Z' }, resultPath: '$.res', outputPath: '$.res' })
      .task('T', {
        resource: FN,
        comment: 't',
        inputPath: '$',
        parameters: { 'id.$': '$$.Execution.Id' },
        resultSelector: { 'v.$': '$.Payload' },
        resultPath: null,
        outputPath: '$',
        retry: [{ errorEquals: ['States.Timeout'], intervalSeconds: 2, maxAttempts: 4, backoffRate: 1.5, maxDelaySeconds: 10, jitterStrategy: 'FULL', comment: 'r' }],
        timeoutSeconds: 30,
        heartbeatSeconds: 10,
      })
      .wait('W1', { comment: 'w', secondsPath: '$.r', inputPath: '$', outputPath: '$' })
      .wait('W2', { timestamp: '2016-03-14T01:59:00Z' })
      .wait('W3', { timestampPath: '$.t' })
      .fail('F', { comment: 'f', errorPath: '$.msg', causePath: "States.Format('{}', $.r)" })
      .toAsl();
    expect(validated(asl).States).toEqual({
      P: { Type: 'Pass', Comment: 'p', InputPath: '$.a', Parameters: { 'x.$': '$.b', k: 1 }, Result: { r: 5, msg: 'm', t: '2016-03-14T01:59:00Z' }, ResultPath: '$.res', OutputPath: '$.res', Next: 'T' },
      T: {
        Type: 'Task',
        Comment: 't',
        Resource: FN,
        InputPath: '$',
        Parameters: { 'id.$': '$$.Execution.Id' },
        ResultSelector: { 'v.$': '$.Payload' },
        ResultPath: null,
        OutputPath: '$',
        TimeoutSeconds: 30,
        HeartbeatSeconds: 10,
        Retry: [{ ErrorEquals: ['States.Timeout'], IntervalSeconds: 2, MaxAttempts: 4, BackoffRate: 1.5, MaxDelaySeconds: 10, JitterStrategy: 'FULL', Comment: 'r' }],
        Next: 'W1',
      },
      W1: { Type: 'Wait', Comment: 'w', InputPath: '$', OutputPath: '$', SecondsPath: '$.r', Next: 'W2' },
      W2: { Type: 'Wait', Timestamp: '2016-03-14T01:59:00Z', Next: 'W3' },
      W3: { Type: 'Wait', TimestampPath: '$.t', Next: 'F' },
      F: { Type: 'Fail', Comment: 'f', ErrorPath: '$.msg', CausePath: "States.Format('{}', $.r)" },
    });
  });

  it('writes Succeed and Fail options', () => {
    const asl = workflow<{ a: { msg: string } }>('W')
      .choice('C', (c) => c.when(c.isPresent('$.a', true), (b) => b.succeed('S', { comment: 's', inputPath: '$.a', outputPath: '$.msg' })).otherwise())
      .fail('F', { error: 'E', cause: 'because' })
      .toAsl();
    expect(validated(asl).States).toMatchObject({
      S: { Type: 'Succeed', Comment: 's', InputPath: '$.a', OutputPath: '$.msg' },
      F: { Type: 'Fail', Error: 'E', Cause: 'because' },
    });
  });

  it('returns a new frozen builder from every method and never mutates', () => {
    const start = workflow('W');
    const one = start.pass('A');
    const two = one.pass('B');
    expect(Object.isFrozen(one)).toBe(true);
    expect(one).not.toBe(two);
    expect(Object.keys(one.toAsl().States)).toEqual(['A']);
    expect(Object.keys(two.toAsl().States)).toEqual(['A', 'B']);
    // Two chains from one prefix do not see each other.
    const other = one.pass('C');
    expect(Object.keys(other.toAsl().States)).toEqual(['A', 'C']);
    expect(two.toAsl().States.A).toEqual({ Type: 'Pass', Next: 'B' });
  });

  it('goes to a named state with goto(), a loop or a state defined later', () => {
    const asl = workflow<{ n: number }>('W')
      .pass('A')
      .choice('Again?', (c) => c.when(c.numericGreaterThan('$.n', 3), 'Done').otherwise())
      .pass('B')
      .goto('A')
      .succeed('Done')
      .toAsl();
    expect(validated(asl).States).toEqual({
      A: { Type: 'Pass', Next: 'Again?' },
      'Again?': { Type: 'Choice', Choices: [{ Variable: '$.n', NumericGreaterThan: 3, Next: 'Done' }], Default: 'B' },
      B: { Type: 'Pass', Next: 'A' },
      Done: { Type: 'Succeed' },
    });
  });

  it('refuses at run time what the types refuse at compile time', () => {
    const wf = workflow('W').pass('A') as unknown as { pass: (name: string) => unknown };
    expect(() => wf.pass('A')).toThrow('State name "A" is already used');
    expect(() => workflow('W').pass('x'.repeat(81))).toThrow('must have 1 to 80 characters');
    expect(() => workflow('W').pass('x'.repeat(80))).not.toThrow();
  });

  it('writes a context path as the outputPath of Wait and Succeed, which the executor reads', async () => {
    const wf = workflow('W', { input: z.object({ id: z.string() }) })
      .wait('Pause', { seconds: 5, outputPath: '$$.Execution.Input' })
      .succeed('Done', { outputPath: '$$.State.Name' });
    expect(validated(wf.toAsl()).States).toEqual({
      Pause: { Type: 'Wait', Seconds: 5, OutputPath: '$$.Execution.Input', Next: 'Done' },
      Done: { Type: 'Succeed', OutputPath: '$$.State.Name' },
    });
    expect((await execute(wf.toAsl(), { input: { id: 'x' } })).output).toBe('Done');
  });

  it('throws InvalidDefinitionError when the validator finds an error', () => {
    const wf = workflow('W').pass('A').goto('Nowhere') as unknown as { toAsl: () => unknown };
    expect(() => wf.toAsl()).toThrow(InvalidDefinitionError);
    expect(() => wf.toAsl()).toThrow("Missing 'Next' target: Nowhere");
    expect(() => (workflow('W') as unknown as { toAsl: () => unknown }).toAsl()).toThrow('A workflow needs at least one state');
  });
});

describe('toJson()', () => {
  it('prints the ASL with two-space indent, machine and state keys in the documented order', () => {
    const json = workflow<{ a: number }>('W', { timeoutSeconds: 5, comment: 'c' })
      .task('T', { retry: [{ maxAttempts: 1, errorEquals: ['States.ALL'] }], resultPath: '$.r', inputPath: '$', resource: FN, comment: 'x' })
      .succeed('S')
      .toJson();
    expect(json).toBe(
      [
        '{',
        '  "Comment": "c",',
        '  "StartAt": "T",',
        '  "TimeoutSeconds": 5,',
        '  "States": {',
        '    "T": {',
        '      "Type": "Task",',
        '      "Comment": "x",',
        '      "Resource": "arn:aws:lambda:us-east-1:123456789012:function:Fn",',
        '      "InputPath": "$",',
        '      "ResultPath": "$.r",',
        '      "Retry": [',
        '        {',
        '          "ErrorEquals": [',
        '            "States.ALL"',
        '          ],',
        '          "MaxAttempts": 1',
        '        }',
        '      ],',
        '      "Next": "S"',
        '    },',
        '    "S": {',
        '      "Type": "Succeed"',
        '    }',
        '  }',
        '}',
      ].join('\n'),
    );
  });

  it('orders Choice rules as Variable, operator, Next and keeps payload templates as written', () => {
    const asl = JSON.parse(
      workflow<{ s: string }>('W')
        .pass('P', { parameters: { z: 1, 'a.$': '$.s' } })
        .choice('C', (c) => c.when(c.stringEquals('$.a', 'x'), 'S').otherwise())
        .succeed('S')
        .toJson(),
    ) as { States: Record<string, Record<string, unknown>> };
    expect(Object.keys(asl.States.P?.Parameters as object)).toEqual(['z', 'a.$']);
    expect(Object.keys((asl.States.C?.Choices as object[])[0] as object)).toEqual(['Variable', 'StringEquals', 'Next']);
    expect(Object.keys(asl.States.C as object)).toEqual(['Type', 'Choices', 'Default']);
  });
});
