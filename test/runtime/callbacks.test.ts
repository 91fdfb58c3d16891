import { describe, expect, it } from 'vitest';
import { AslError, startExecution, type ExecutionHandle, type TaskContext } from '../../src/runtime/index.js';

const QUEUE = 'arn:aws:states:::sqs:sendMessage.waitForTaskToken';
const WORKER = 'arn:aws:lambda:us-east-1:123456789012:function:Worker';
const approval = (task: Record<string, unknown> = {}) => ({
  StartAt: 'Ask',
  States: {
    Ask: {
      Type: 'Task',
      Resource: QUEUE,
      Parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/approvals', MessageBody: { 'token.$': '$$.Task.Token' } },
      ResultPath: '$.approval',
      End: true,
      ...task,
    },
  },
});

/** A handler that sends the message (answers the SQS call) and remembers the token it carried. */
function queue() {
  const tokens: string[] = [];
  const handler = (input: unknown, context: TaskContext) => {
    tokens.push(context.context.Task?.Token ?? 'missing');
    expect(input).toMatchObject({ MessageBody: { token: context.context.Task?.Token } });
    return { MessageId: 'm-1' };
  };
  return { tokens, handler };
}

const nextMacrotask = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('.waitForTaskToken', () => {
  it('waits for sendTaskSuccess and takes its output as the result', async () => {
    const { tokens, handler } = queue();
    const handle = startExecution(approval(), { input: { order: 1 }, tasks: { Ask: handler } });
    await nextMacrotask();
    handle.sendTaskSuccess(tokens[0] ?? '', { approved: true });
    const result = await handle.result;
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { order: 1, approval: { approved: true } } });
    expect(result.events.map((e) => e.type)).toEqual([
      'ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSubmitted', 'TaskSucceeded', 'TaskStateExited', 'ExecutionSucceeded',
    ]);
    expect(result.events[4]?.taskSubmittedEventDetails?.output).toEqual({ MessageId: 'm-1' });
  });

  it('waits for a late answer without jumping to the one-year execution limit', async () => {
    const { tokens, handler } = queue();
    const handle = startExecution(approval(), { tasks: { Ask: handler } });
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 30));
    handle.sendTaskSuccess(tokens[0] ?? '', { late: true });
    const result = await handle.result;
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { approval: { late: true } } });
    expect(result.stopDate).toEqual(result.startDate);
  });

  it('fails the task with the error and cause of sendTaskFailure', async () => {
    const { tokens, handler } = queue();
    const handle = startExecution(approval(), { tasks: { Ask: handler } });
    await nextMacrotask();
    handle.sendTaskFailure(tokens[0] ?? '', 'Approval.Rejected', 'not this time');
    expect(await handle.result).toMatchObject({ status: 'FAILED', error: 'Approval.Rejected', cause: 'not this time' });
  });

  it('times out without heartbeats', async () => {
    const silent = startExecution(approval({ HeartbeatSeconds: 60 }), { tasks: { Ask: queue().handler } });
    const result = await silent.result;
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.HeartbeatTimeout' });
    expect((result.stopDate.getTime() - result.startDate.getTime()) / 1000).toBe(60);
  });

  it('keeps a task alive past HeartbeatSeconds while heartbeats come', async () => {
    const { tokens, handler } = queue();
    // A second branch beats at 50 s and answers at 100 s: past the 60 s a silent task gets.
    const pause = (next: string) => ({ Type: 'Wait', Seconds: 50, Next: next });
    const work = (next?: string) => ({ Type: 'Task', Resource: WORKER, ...(next === undefined ? { End: true } : { Next: next }) });
    const both = {
      StartAt: 'Both',
      States: {
        Both: {
          Type: 'Parallel',
          End: true,
          Branches: [
            approval({ HeartbeatSeconds: 60 }),
            { StartAt: 'Before Beat', States: { 'Before Beat': pause('Beat'), Beat: work('Before Answer'), 'Before Answer': pause('Answer'), Answer: work() } },
          ],
        },
      },
    };
    const beating: ExecutionHandle = startExecution(both, {
      tasks: {
        Ask: handler,
        Beat: () => {
          beating.sendTaskHeartbeat(tokens[0] ?? '');
          return {};
        },
        Answer: () => {
          beating.sendTaskSuccess(tokens[0] ?? '', 'ok');
          return {};
        },
      },
    });
    const result = await beating.result;
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toEqual([{ approval: 'ok' }, {}]);
    expect((result.stopDate.getTime() - result.startDate.getTime()) / 1000).toBe(100);
  });

  it('refuses a token no task waits for', () => {
    const handle = startExecution(approval(), { tasks: { Ask: queue().handler } });
    expect(() => {
      handle.sendTaskSuccess('no-such-token', {});
    }).toThrow(AslError);
    handle.stop();
  });
});
