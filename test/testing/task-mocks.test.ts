import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execute } from '../../src/runtime/index.js';
import { mockFailure, mockSequence, taskMocks } from '../../src/testing/index.js';

const LAMBDA = 'arn:aws:states:::lambda:invoke';
// The seed's batch-job example: Lambda tasks 'Submit Job', 'Get Job Status', 'Get Final Job Status'.
const batchJob = JSON.parse(readFileSync(new URL('../../examples/batch-job/batch-job.asl.json', import.meta.url), 'utf8')) as unknown;

describe('taskMocks', () => {
  it('answers with values and sequences, and records the effective inputs in call order', async () => {
    const mocks = taskMocks({
      'Submit Job': 'guid-1',
      'Get Job Status': mockSequence(['RUNNING', 'SUCCEEDED']),
      'Get Final Job Status': (input: unknown) => ({ final: input }),
    });
    const result = await execute(batchJob, { input: { jobName: 'nightly', wait_time: 30 }, tasks: mocks.tasks });
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { final: 'guid-1' } });
    expect(mocks.calls('Submit Job')).toEqual([{ jobName: 'nightly', wait_time: 30 }]);
    expect(mocks.calls('Get Job Status')).toEqual(['guid-1', 'guid-1']);
    expect(mocks.unused()).toEqual([]);
    expect((result.stopDate.getTime() - result.startDate.getTime()) / 1000).toBe(60);
  });

  it('fails a task with a mocked failure that Retry and Catch see, and counts retries as calls', async () => {
    const definition = {
      StartAt: 'Charge',
      States: {
        Charge: {
          Type: 'Task',
          Resource: LAMBDA,
          Retry: [{ ErrorEquals: ['Card.Busy'], IntervalSeconds: 1, MaxAttempts: 1 }],
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Declined' }],
          End: true,
        },
        Declined: { Type: 'Pass', End: true },
      },
    };
    const mocks = taskMocks({ Charge: mockSequence([mockFailure('Card.Busy', 'later'), mockFailure('Card.Declined', 'no funds')]) });
    const result = await execute(definition, { input: { card: 1 }, tasks: mocks.tasks });
    expect(result.output).toEqual({ Error: 'Card.Declined', Cause: 'no funds' });
    expect(mocks.calls('Charge')).toHaveLength(2);
  });

  it('ends the execution with States.Runtime when a sequence runs out', async () => {
    const mocks = taskMocks({
      'Submit Job': 'guid-1',
      'Get Job Status': mockSequence(['RUNNING']),
      'Get Final Job Status': 'done',
    });
    const result = await execute(batchJob, { input: { wait_time: 1 }, tasks: mocks.tasks });
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(result.cause).toContain("The mock sequence of state 'Get Job Status' has 1 responses; call 2 has none");
  });

  it('gives handlers the task context, and hands each call a fresh copy of a value', async () => {
    const seen: number[] = [];
    const mocks = taskMocks({
      'Submit Job': (_input: unknown, context) => {
        seen.push(context.retryCount);
        return 'guid-1';
      },
      'Get Job Status': 'SUCCEEDED',
      'Get Final Job Status': { list: [1] },
    });
    const first = await execute(batchJob, { input: { wait_time: 0 }, tasks: mocks.tasks });
    (first.output as { list: number[] }).list.push(2);
    const second = await execute(batchJob, { input: { wait_time: 0 }, tasks: mocks.tasks });
    expect(second.output).toEqual({ list: [1] });
    expect(seen).toEqual([0, 0]);
  });

  it('shows a handler the effective input (after InputPath) and the context object', async () => {
    const seen: unknown[] = [];
    const mocks = taskMocks({
      'Submit Job': 'guid-7',
      'Get Job Status': (input: unknown, task) => {
        seen.push([input, task.stateName, task.context.Execution.Name, task.context.State.Name, task.context.Execution.Input]);
        return 'SUCCEEDED';
      },
      'Get Final Job Status': 'SUCCEEDED',
    });
    await execute(batchJob, { name: 'run-1', input: { wait_time: 0 }, tasks: mocks.tasks });
    expect(seen).toEqual([['guid-7', 'Get Job Status', 'run-1', 'Get Job Status', { wait_time: 0 }]]);
  });

  it('refuses a value that is not JSON when built, naming the state', () => {
    expect(() => taskMocks({ Bad: Number.NaN })).toThrow(new TypeError("The mock of state 'Bad' is not a JSON value: the number NaN"));
    expect(() => taskMocks({ Bad: mockSequence([1, Number.POSITIVE_INFINITY]) })).toThrow("The mock of state 'Bad' (response 2) is not a JSON value");
  });

  it('reports mocks never called, as the executor does in unusedMocks', async () => {
    const mocks = taskMocks({ 'Submit Job': 'g', 'Get Job Status': 'FAILED', 'Get Final Job Status': 'never' });
    const result = await execute(batchJob, { input: { wait_time: 0 }, tasks: mocks.tasks });
    expect(result.status).toBe('FAILED');
    expect(mocks.unused()).toEqual(['Get Final Job Status']);
    expect(result.unusedMocks).toEqual(['Get Final Job Status']);
  });

  describe('on a .waitForTaskToken task', () => {
    const approval = {
      StartAt: 'Approve',
      States: {
        Approve: {
          Type: 'Task',
          Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
          Parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/approvals', MessageBody: { 'token.$': '$$.Task.Token' } },
          Catch: [{ ErrorEquals: ['Approval.Denied'], ResultPath: '$.denied', Next: 'Denied' }],
          End: true,
        },
        Denied: { Type: 'Pass', End: true },
      },
    };

    it('answers the callback with a value: the value is the task result, the submission {}', async () => {
      const result = await execute(approval, { input: {}, tasks: taskMocks({ Approve: { approved: true } }).tasks });
      expect(result).toMatchObject({ status: 'SUCCEEDED', output: { approved: true } });
      const submitted = result.events.find((e) => e.type === 'TaskSubmitted');
      expect(submitted?.taskSubmittedEventDetails?.output).toEqual({});
    });

    it('fails the callback with a failure, and a sequence answers one callback per call', async () => {
      const denied = await execute(approval, { input: {}, tasks: taskMocks({ Approve: mockFailure('Approval.Denied', 'no budget') }).tasks });
      expect(denied).toMatchObject({ status: 'SUCCEEDED', output: { denied: { Error: 'Approval.Denied', Cause: 'no budget' } } });
      const sequence = await execute(approval, { input: {}, tasks: taskMocks({ Approve: mockSequence([{ approved: 'first' }]) }).tasks });
      expect(sequence).toMatchObject({ status: 'SUCCEEDED', output: { approved: 'first' } });
    });
  });
});
