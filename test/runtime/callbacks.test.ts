import { describe, expect, it } from 'vitest';
import { AslError, startExecution, type TaskContext } from '../../src/runtime/index.js';

const QUEUE = 'arn:aws:states:::sqs:sendMessage.waitForTaskToken';
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

  it('times out without heartbeats, and heartbeats keep the task alive', async () => {
    const { tokens, handler } = queue();
    const silent = startExecution(approval({ HeartbeatSeconds: 60 }), { tasks: { Ask: handler } });
    const result = await silent.result;
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.HeartbeatTimeout' });
    expect((result.stopDate.getTime() - result.startDate.getTime()) / 1000).toBe(60);

    const beating = startExecution(approval({ HeartbeatSeconds: 60 }), { tasks: { Ask: handler } });
    await nextMacrotask();
    const token = tokens[1] ?? '';
    beating.sendTaskHeartbeat(token);
    beating.sendTaskSuccess(token, 'ok');
    expect((await beating.result).status).toBe('SUCCEEDED');
  });

  it('refuses a token no task waits for', () => {
    const handle = startExecution(approval(), { tasks: { Ask: queue().handler } });
    expect(() => {
      handle.sendTaskSuccess('no-such-token', {});
    }).toThrow(AslError);
    handle.stop();
  });
});
