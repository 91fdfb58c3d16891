import { describe, expect, expectTypeOf, it } from 'vitest';
import { StateMachineSchema, type State, type StateMachine, type TaskState } from '../../src/asl/index.js';

const retry = [{ ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 }];

/** The seed's batch-job workflow (the Lambda ARNs filled in). */
const batchJob = {
  Comment: 'An example of the Amazon States Language.',
  StartAt: 'Submit Job',
  States: {
    'Submit Job': {
      Type: 'Task',
      Resource: 'arn:aws:lambda:us-east-1:123456789012:function:SubmitJob',
      ResultPath: '$.guid',
      Next: 'Wait X Seconds',
      Retry: retry,
    },
    'Wait X Seconds': { Type: 'Wait', SecondsPath: '$.wait_time', Next: 'Get Job Status' },
    'Get Job Status': {
      Type: 'Task',
      Resource: 'arn:aws:lambda:us-east-1:123456789012:function:CheckJob',
      Next: 'Job Complete?',
      InputPath: '$.guid',
      ResultPath: '$.status',
      Retry: retry,
    },
    'Job Complete?': {
      Type: 'Choice',
      Choices: [
        { Variable: '$.status', StringEquals: 'FAILED', Next: 'Job Failed' },
        { Variable: '$.status', StringEquals: 'SUCCEEDED', Next: 'Get Final Job Status' },
      ],
      Default: 'Wait X Seconds',
    },
    'Job Failed': { Type: 'Fail', Cause: 'AWS Batch Job Failed', Error: 'DescribeJob returned FAILED' },
    'Get Final Job Status': {
      Type: 'Task',
      Resource: 'arn:aws:lambda:us-east-1:123456789012:function:CheckJob',
      InputPath: '$.guid',
      End: true,
      Retry: retry,
    },
  },
};

describe('StateMachineSchema', () => {
  it('parses the seed batch-job workflow unchanged', () => {
    const parsed = StateMachineSchema.parse(batchJob);
    expect(parsed).toEqual(batchJob);
    const submit = parsed.States['Submit Job'];
    expect(submit?.Type === 'Task' && submit.Resource).toBe('arn:aws:lambda:us-east-1:123456789012:function:SubmitJob');
  });

  it('parses a JSONata machine with nested Parallel and Map scopes', () => {
    const definition = {
      QueryLanguage: 'JSONata',
      StartAt: 'Fan',
      TimeoutSeconds: 3600,
      Version: '1.0',
      States: {
        Fan: {
          Type: 'Parallel',
          Arguments: { order: '{% $states.input.order %}' },
          Branches: [
            {
              StartAt: 'Each',
              States: {
                Each: {
                  Type: 'Map',
                  Items: '{% $states.input.order.lines %}',
                  MaxConcurrency: '{% 2 %}',
                  ItemProcessor: {
                    ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' },
                    StartAt: 'Price',
                    States: { Price: { Type: 'Pass', Output: '{% $states.input.price %}', End: true } },
                  },
                  End: true,
                },
              },
            },
          ],
          Output: '{% $states.result[0] %}',
          Assign: { total: '{% $sum($states.result[0]) %}' },
          Catch: [{ ErrorEquals: ['States.ALL'], Output: '{% $states.errorOutput %}', Next: 'Failed' }],
          Next: 'Done',
        },
        Done: { Type: 'Succeed' },
        Failed: { Type: 'Fail', Error: '{% $states.input.Error %}', Cause: 'pricing failed' },
      },
    };
    expect(StateMachineSchema.safeParse(definition).error?.issues).toBeUndefined();
  });

  it('refuses unknown top-level fields, a missing StartAt or States, and a Version other than 1.0', () => {
    const base = { StartAt: 'A', States: { A: { Type: 'Succeed' } } };
    expect(StateMachineSchema.safeParse({ ...base, Timeout: 5 }).error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['Timeout'] });
    expect(StateMachineSchema.safeParse({ States: base.States }).error?.issues[0]?.path).toEqual(['StartAt']);
    expect(StateMachineSchema.safeParse({ StartAt: 'A' }).error?.issues[0]?.path).toEqual(['States']);
    expect(StateMachineSchema.safeParse({ ...base, Version: '2.0' }).error?.issues[0]?.code).toBe('invalid_value');
    expect(StateMachineSchema.safeParse({ ...base, QueryLanguage: 'jsonata' }).error?.issues[0]?.code).toBe('invalid_value');
  });

  it('refuses a state nested in a branch that fits neither language', () => {
    const definition = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel',
          End: true,
          Branches: [{ StartAt: 'X', States: { X: { Type: 'Pass', Parameters: { a: 1 }, Output: 'b', End: true } } }],
        },
      },
    };
    expect(StateMachineSchema.safeParse(definition).success).toBe(false);
  });

  it('infers the state union from the schemas', () => {
    expectTypeOf<StateMachine['States'][string]>().toEqualTypeOf<State>();
    expectTypeOf<Extract<State, { Type: 'Task' }>>().toEqualTypeOf<TaskState>();
    expectTypeOf<TaskState['Resource']>().toEqualTypeOf<string>();
  });
});
