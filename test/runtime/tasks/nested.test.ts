import { describe, expect, it } from 'vitest';
import { execute, type ExecutionResult } from '../../../src/runtime/index.js';

const CHILD_ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:Child';
const child = {
  StartAt: 'Nap',
  States: { Nap: { Type: 'Wait', Seconds: 30, Next: 'Echo' }, Echo: { Type: 'Pass', Parameters: { 'got.$': '$' }, End: true } },
};
const failing = { StartAt: 'No', States: { No: { Type: 'Fail', Error: 'Child.Broke', Cause: 'on purpose' } } };
const parent = (suffix: string, parameters: Record<string, unknown> = { StateMachineArn: CHILD_ARN, Input: { n: 1 }, Name: 'run-1' }) => ({
  StartAt: 'Start',
  States: { Start: { Type: 'Task', Resource: `arn:aws:states:::states:startExecution${suffix}`, Parameters: parameters, End: true } },
});
const types = (result: ExecutionResult) => result.events.map((e) => e.type);
const elapsed = (result: ExecutionResult) => (result.stopDate.getTime() - result.startDate.getTime()) / 1000;

describe('states:startExecution runs registered definitions as nested executions', () => {
  it('answers request-response with the StartExecution response at once', async () => {
    const result = await execute(parent(''), { stateMachines: { [CHILD_ARN]: child } });
    expect(result.output).toMatchObject({
      ExecutionArn: 'arn:aws:states:us-east-1:123456789012:execution:Child:run-1',
      StartDate: result.startDate.getTime(),
      SdkHttpMetadata: { HttpStatusCode: 200 },
    });
    expect(Object.keys(result.output as object)).toEqual(['ExecutionArn', 'StartDate', 'SdkHttpMetadata', 'SdkResponseMetadata']);
    expect(elapsed(result)).toBe(0);
    expect(types(result)).not.toContain('TaskSubmitted');
  });

  it('waits for the child with .sync and returns its DescribeExecution output, Input and Output as JSON text', async () => {
    const result = await execute(parent('.sync'), { stateMachines: { Child: child } });
    const start = result.startDate.getTime();
    expect(result.output).toEqual({
      ExecutionArn: 'arn:aws:states:us-east-1:123456789012:execution:Child:run-1',
      Input: '{"n":1}',
      InputDetails: { Included: true },
      Name: 'run-1',
      Output: '{"got":{"n":1}}',
      OutputDetails: { Included: true },
      RedriveCount: 0,
      RedriveStatus: 'NOT_REDRIVABLE',
      RedriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven',
      StartDate: start,
      StateMachineArn: CHILD_ARN,
      Status: 'SUCCEEDED',
      StopDate: start + 30_000,
    });
    expect(elapsed(result)).toBe(30);
    expect(types(result)).toEqual([
      'ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSubmitted', 'TaskSucceeded', 'TaskStateExited', 'ExecutionSucceeded',
    ]);
    const submitted = result.events[4]?.taskSubmittedEventDetails;
    expect(submitted).toMatchObject({ resourceType: 'states', resource: 'startExecution.sync', output: { ExecutionArn: 'arn:aws:states:us-east-1:123456789012:execution:Child:run-1' } });
  });

  it('returns Input and Output as JSON with .sync:2', async () => {
    const result = await execute(parent('.sync:2'), { stateMachines: { [CHILD_ARN]: child } });
    expect(result.output).toMatchObject({ Input: { n: 1 }, Output: { got: { n: 1 } }, Status: 'SUCCEEDED' });
  });

  it('fails the task with States.TaskFailed and the DescribeExecution output as cause when the child fails', async () => {
    const result = await execute(parent('.sync:2'), { stateMachines: { [CHILD_ARN]: failing } });
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed' });
    expect(JSON.parse(result.cause ?? '')).toMatchObject({ Status: 'FAILED', Error: 'Child.Broke', Cause: 'on purpose', StateMachineArn: CHILD_ARN });
  });

  it('parses an Input given as JSON text, names the child itself when the task does not', async () => {
    const result = await execute(parent('.sync:2', { StateMachineArn: CHILD_ARN, 'Input.$': 'States.JsonToString($)' }), {
      input: { k: 'v' },
      stateMachines: { [CHILD_ARN]: child },
    });
    expect(result.output).toMatchObject({ Input: { k: 'v' } });
    expect((result.output as { Name: string }).Name).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives the child the Lambda functions and handlers by resource of the parent', async () => {
    const lambdaChild = { StartAt: 'L', States: { L: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:Double', End: true } } };
    const result = await execute(parent('.sync:2', { StateMachineArn: CHILD_ARN, Input: 21 }), {
      stateMachines: { [CHILD_ARN]: lambdaChild },
      lambdaFunctions: { Double: (n) => (n as number) * 2 },
    });
    expect(result.output).toMatchObject({ Output: 42 });
  });

  it('mocks the child from the MockConfigFile test case of the same name under its own state machine name', async () => {
    const lambdaChild = { StartAt: 'L', States: { L: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', OutputPath: '$.Payload', End: true } } };
    const mockConfig = {
      StateMachines: {
        Parent: { TestCases: { Happy: {} } },
        Child: { TestCases: { Happy: { L: 'ChildAnswer' } } },
      },
      MockedResponses: { ChildAnswer: { '0': { Return: { StatusCode: 200, Payload: 'from the child mock' } } } },
    };
    const result = await execute(parent('.sync:2'), { stateMachines: { [CHILD_ARN]: lambdaChild }, mockConfig, stateMachineName: 'Parent', testCase: 'Happy' });
    expect(result.output).toMatchObject({ Output: 'from the child mock' });
  });

  it('fails with StepFunctions.StateMachineDoesNotExistException for a machine that is not registered', async () => {
    const result = await execute(parent('.sync', { StateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Nope' }), { stateMachines: { Child: child } });
    expect(result).toMatchObject({ status: 'FAILED', error: 'StepFunctions.StateMachineDoesNotExistException' });
  });

  it('stops the child when the parent task times out', async () => {
    const slow = { StartAt: 'Long', States: { Long: { Type: 'Wait', Seconds: 1000, End: true } } };
    const definition = parent('.sync');
    (definition.States.Start as Record<string, unknown>)['TimeoutSeconds'] = 10;
    const result = await execute(definition, { stateMachines: { [CHILD_ARN]: slow } });
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Timeout' });
    expect(elapsed(result)).toBe(10);
  });

  it('fails clearly, naming the state and resource, when no machines are registered', async () => {
    const result = await execute(parent('.sync'));
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(result.cause).toContain("No task handler for state 'Start' (resource arn:aws:states:::states:startExecution.sync)");
    expect(result.cause).toContain("'stateMachines'");
  });
});

describe('aws-sdk:sfn:sendTaskSuccess / sendTaskFailure between executions', () => {
  const waitingParent = {
    StartAt: 'Start',
    States: {
      Start: {
        Type: 'Task',
        Resource: 'arn:aws:states:::states:startExecution.waitForTaskToken',
        Parameters: { StateMachineArn: CHILD_ARN, Input: { 'token.$': '$$.Task.Token', 'result.$': '$' } },
        HeartbeatSeconds: 600,
        End: true,
      },
    },
  };
  const callingBack = (action: string, parameters: Record<string, unknown>) => ({
    StartAt: 'Work',
    States: {
      Work: { Type: 'Wait', Seconds: 5, Next: 'Answer' },
      Answer: { Type: 'Task', Resource: `arn:aws:states:::aws-sdk:sfn:${action}`, Parameters: { 'TaskToken.$': '$.token', ...parameters }, End: true },
    },
  });

  it('completes the parent task with the Output (JSON text) the child sends for its token', async () => {
    const child = callingBack('sendTaskSuccess', { 'Output.$': 'States.JsonToString($.result)' });
    const result = await execute(waitingParent, { input: { order: 7 }, stateMachines: { [CHILD_ARN]: child } });
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: { order: 7 } });
    expect(elapsed(result)).toBe(5);
    expect(types(result)).toEqual([
      'ExecutionStarted', 'TaskStateEntered', 'TaskScheduled', 'TaskStarted', 'TaskSubmitted', 'TaskSucceeded', 'TaskStateExited', 'ExecutionSucceeded',
    ]);
  });

  it('fails the parent task with the Error and Cause the child sends', async () => {
    const child = callingBack('sendTaskFailure', { Error: 'Order.Rejected', Cause: 'out of stock' });
    const result = await execute(waitingParent, { stateMachines: { [CHILD_ARN]: child } });
    expect(result).toMatchObject({ status: 'FAILED', error: 'Order.Rejected', cause: 'out of stock' });
  });

  it('fails with Sfn.InvalidTokenException for a token no task waits for (as recorded from AWS)', async () => {
    const alone = callingBack('sendTaskSuccess', { Output: '{}' });
    const result = await execute(alone, { input: { token: 'NoSuchTaskToken' } });
    expect(result).toMatchObject({
      status: 'FAILED',
      error: 'Sfn.InvalidTokenException',
      cause: "Invalid Token: 'Invalid token' (Service: Sfn, Status Code: 400, Request ID: 00000000-0000-0000-0000-000000000000)",
    });
  });
});
