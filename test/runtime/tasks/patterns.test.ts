import { describe, expect, it } from 'vitest';
import { execute, startExecution, type ExecutionResult, type TaskContext } from '../../../src/runtime/index.js';

const single = (resource: string, extra: Record<string, unknown> = {}) => ({
  StartAt: 'Job',
  States: { Job: { Type: 'Task', Resource: resource, End: true, ...extra } },
});
const types = (result: ExecutionResult) => result.events.map((e) => e.type);
const elapsed = (result: ExecutionResult) => (result.stopDate.getTime() - result.startDate.getTime()) / 1000;

describe('request-response', () => {
  it('records TaskScheduled (service and action, region, parameters), TaskStarted and TaskSucceeded, no TaskSubmitted', async () => {
    const result = await execute(single('arn:aws:states:::sqs:sendMessage', { Parameters: { QueueUrl: 'q', MessageBody: 'hi' } }), {
      tasks: { Job: () => ({ MessageId: 'm-1' }) },
    });
    expect(types(result)).toEqual(['ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSucceeded', 'TaskStateExited', 'ExecutionSucceeded']);
    expect(result.events[2]?.taskScheduledEventDetails).toEqual({
      resourceType: 'sqs',
      resource: 'sendMessage',
      region: 'us-east-1',
      parameters: { QueueUrl: 'q', MessageBody: 'hi' },
    });
  });

  it('runs the HTTP Task and an aws-sdk task through their handlers, naming them in the events', async () => {
    const http = await execute(single('arn:aws:states:::http:invoke'), { tasks: { Job: () => ({ ResponseBody: 'ok', StatusCode: 200 }) } });
    expect(http.events[3]?.taskStartedEventDetails).toEqual({ resourceType: 'http', resource: 'invoke' });
    const sdk = await execute(single('arn:aws:states:::aws-sdk:s3:listBuckets'), { taskResources: { 'arn:aws:states:::aws-sdk:s3:listBuckets': () => ({ Buckets: [] }) } });
    expect(sdk.output).toEqual({ Buckets: [] });
    expect(sdk.events[3]?.taskStartedEventDetails).toEqual({ resourceType: 'aws-sdk:s3', resource: 'listBuckets' });
  });
});

describe('.sync under a mock', () => {
  it('takes the mock value as the final result of the job and records TaskSubmitted between TaskStarted and TaskSucceeded', async () => {
    const final = { JobRunId: 'jr-1', JobRunState: 'SUCCEEDED' };
    const result = await execute(single('arn:aws:states:::glue:startJobRun.sync', { Parameters: { JobName: 'etl' } }), { tasks: { Job: () => final } });
    expect(result.output).toEqual(final);
    expect(types(result)).toEqual([
      'ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSubmitted', 'TaskSucceeded', 'TaskStateExited', 'ExecutionSucceeded',
    ]);
    // AWS names the pattern in every Task* event: resource startJobRun.sync
    expect(result.events[4]?.taskSubmittedEventDetails).toEqual({ resourceType: 'glue', resource: 'startJobRun.sync' });
    expect(result.events[5]?.taskSucceededEventDetails).toMatchObject({ resource: 'startJobRun.sync', output: final });
  });

  it('fails the job when the mock throws, recording TaskFailed', async () => {
    const result = await execute(single('arn:aws:states:::batch:submitJob.sync'), {
      mockConfig: {
        StateMachines: { M: { TestCases: { Failing: { Job: 'Fail' } } } },
        MockedResponses: { Fail: { '0': { Throw: { Error: 'States.TaskFailed', Cause: 'Job failed' } } } },
      },
      stateMachineName: 'M',
      testCase: 'Failing',
    });
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', cause: 'Job failed' });
    expect(types(result)).toContain('TaskSubmitted');
    expect(types(result)).toContain('TaskFailed');
  });
});

describe('.waitForTaskToken', () => {
  const token = single('arn:aws:states:::sqs:sendMessage.waitForTaskToken', {
    Parameters: { QueueUrl: 'q', MessageBody: { 'token.$': '$$.Task.Token' } },
    HeartbeatSeconds: 60,
    TimeoutSeconds: 3600,
  });

  it('lets a mock answer the token later on the virtual clock, with heartbeats', async () => {
    const result = await execute(token, {
      tasks: {
        Job: (_input, task) => {
          void (async () => {
            for (let i = 0; i < 3; i++) {
              await task.sleep(50);
              task.sendTaskHeartbeat();
            }
            await task.sleep(50);
            task.sendTaskSuccess({ approved: true });
          })();
          return { MessageId: 'm-1' };
        },
      },
    });
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { approved: true } });
    expect(elapsed(result)).toBe(200);
    expect(result.events.find((e) => e.type === 'TaskSubmitted')?.taskSubmittedEventDetails?.output).toEqual({ MessageId: 'm-1' });
  });

  it('times out with States.HeartbeatTimeout when the heartbeats stop, and States.Timeout past TimeoutSeconds', async () => {
    const silent = await execute(token, { tasks: { Job: () => ({}) } });
    expect(silent).toMatchObject({ status: 'FAILED', error: 'States.HeartbeatTimeout' });
    expect(elapsed(silent)).toBe(60);
    expect(types(silent)).toContain('TaskTimedOut');

    const beating = await execute(token, {
      tasks: {
        Job: (_input, task) => {
          void (async () => {
            for (;;) {
              await task.sleep(30);
              task.sendTaskHeartbeat();
            }
          })().catch(() => undefined);
          return {};
        },
      },
    });
    expect(beating).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    expect(elapsed(beating)).toBe(3600);
  });

  it('fails with the error and cause a mock sends', async () => {
    const result = await execute(token, {
      tasks: {
        Job: (_input, task) => {
          void task.sleep(5).then(() => {
            task.sendTaskFailure('Approval.Denied', 'no budget');
          });
          return {};
        },
      },
    });
    expect(result).toMatchObject({ status: 'FAILED', error: 'Approval.Denied', cause: 'no budget' });
  });

  it('takes a MockConfigFile Return as the result itself, without waiting (as Step Functions Local does)', async () => {
    const result = await execute(token, {
      mockConfig: { StateMachines: { M: { TestCases: { T: { Job: 'Approve' } } } }, MockedResponses: { Approve: { '0': { Return: { approved: true } } } } },
      stateMachineName: 'M',
      testCase: 'T',
    });
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { approved: true } });
    expect(elapsed(result)).toBe(0);
  });

  it('refuses callbacks from the context of a task without a token', async () => {
    const result = await execute(single('arn:aws:states:::sqs:sendMessage'), {
      tasks: {
        Job: (_input, task) => {
          task.sendTaskSuccess(1);
          return 0;
        },
      },
    });
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(result.cause).toContain("Task state 'Job' (resource arn:aws:states:::sqs:sendMessage) has no task token");
  });
});

describe('activities', () => {
  const activity = 'arn:aws:states:us-east-1:123456789012:activity:approve';

  it('records the Activity* events, the worker being the handler', async () => {
    const result = await execute(single(activity, { HeartbeatSeconds: 30 }), { input: { n: 1 }, tasks: { Job: (input) => ({ done: input }) } });
    expect(result.output).toEqual({ done: { n: 1 } });
    expect(types(result)).toEqual([
      'ExecutionStarted', 'TaskStateEntered', 'ActivityScheduled', 'ActivityStarted', 'ActivitySucceeded', 'TaskStateExited', 'ExecutionSucceeded',
    ]);
    expect(result.events[2]?.activityScheduledEventDetails).toEqual({ resource: activity, input: { n: 1 }, inputDetails: { truncated: false }, heartbeatInSeconds: 30 });
  });

  it('lets the worker heartbeat within HeartbeatSeconds, and times it out when it stops', async () => {
    const worker = (beats: number) => async (_input: unknown, task: TaskContext) => {
      for (let i = 0; i < 4; i++) {
        await task.sleep(8);
        if (i < beats) task.sendTaskHeartbeat();
      }
      return 'done';
    };
    const beating = await execute(single(activity, { HeartbeatSeconds: 10 }), { tasks: { Job: worker(4) } });
    expect(beating).toMatchObject({ status: 'SUCCEEDED', output: 'done' });
    expect(elapsed(beating)).toBe(32);
    const stalling = await execute(single(activity, { HeartbeatSeconds: 10 }), { tasks: { Job: worker(1) } });
    expect(stalling).toMatchObject({ status: 'FAILED', error: 'States.HeartbeatTimeout' });
    expect(elapsed(stalling)).toBe(18);
    expect(types(stalling)).toContain('ActivityTimedOut');
  });

  it('records ActivityTimedOut when the worker outlives TimeoutSeconds', async () => {
    const handle = startExecution(single(activity, { TimeoutSeconds: 10 }), { tasks: { Job: (_i, task) => task.sleep(20) } });
    const result = await handle.result;
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    expect(types(result)).toContain('ActivityTimedOut');
  });
});
