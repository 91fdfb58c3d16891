import { describe, expect, it } from 'vitest';
import { testState } from '../../../src/runtime/index.js';
import { passProcessor } from './fixtures.js';

// Expected values from AWS's TestState recordings (context-object-*, state-with-variables-*,
// machine-scenarios-base-state-name-debug-base-map-state-machine, state-task-catch-error-*).
describe('testState: context object, variables and named states', () => {
  it('gives the context object AWS gives: the state named StateName, the input as the execution input', async () => {
    const task = { QueryLanguage: 'JSONata', Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: { FunctionName: 'f' }, Output: '{% $states.context %}', End: true } as const;
    const response = await testState(task, { input: { Value: 'HelloWorld' }, mock: { result: {} } });
    const context = response.output as { Execution: Record<string, unknown>; State: Record<string, unknown>; StateMachine: Record<string, unknown> };
    expect(Object.keys(context.Execution).sort()).toEqual(['Id', 'Input', 'Name', 'RoleArn', 'StartTime']);
    expect(context.Execution.Input).toEqual({ Value: 'HelloWorld' });
    expect(context.Execution.Id).toMatch(/^arn:aws:states:[a-z0-9-]+:\d{12}:express:/);
    expect(Object.keys(context.State).sort()).toEqual(['EnteredTime', 'Name', 'RetryCount']);
    expect(context.State.Name).toBe('StateName');
    expect(Object.keys(context.StateMachine).sort()).toEqual(['Id', 'Name']);
  });

  it('reads the given context object, and gives a .waitForTaskToken task its Task.Token', async () => {
    const task = {
      Type: 'Task',
      Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
      Parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/111111111111/test-queue', MessageBody: { 'TaskToken.$': '$$.Task.Token', 'Input.$': '$$.Execution.Input' } },
      ResultPath: '$.SQS',
      Next: 'NEXT_STATE',
    } as const;
    const context = { Execution: { Input: { message: 'test data' } }, Task: { Token: 'abcd123' } };
    const response = await testState(task, { context, mock: { result: { ok: true } }, inspectionLevel: 'TRACE' });
    expect(response.output).toEqual({ SQS: { ok: true } });
    expect(response.nextState).toBe('NEXT_STATE');
    expect(response.inspectionData?.afterParameters).toEqual({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/111111111111/test-queue', MessageBody: { TaskToken: 'abcd123', Input: { message: 'test data' } } });
    const generated = await testState(task, { mock: { result: {} }, inspectionLevel: 'DEBUG' });
    expect(generated.inspectionData?.afterParameters).toMatchObject({ MessageBody: { TaskToken: expect.any(String) as string } });
  });

  it('lets the state read the given variables, and reports them after its Assign', async () => {
    const pass = { QueryLanguage: 'JSONata', Type: 'Pass', Assign: { total: '{% $total + $states.input.add %}' }, Output: '{% $total %}', End: true } as const;
    const response = await testState(pass, { input: { add: 2 }, variables: { total: 40, other: 'kept' }, inspectionLevel: 'DEBUG' });
    expect(response.output).toBe(40);
    expect(response.inspectionData).toEqual({ input: { add: 2 }, variables: { total: 42, other: 'kept' } });
  });

  it('reports no variables when there are none (state-with-variables-empty-variables)', async () => {
    const response = await testState({ QueryLanguage: 'JSONata', Type: 'Pass', Output: { constant_jp_input: '$' }, End: true }, { input: { input_values: [1, 2, 3] }, variables: {}, inspectionLevel: 'TRACE' });
    expect(response).toEqual({ status: 'SUCCEEDED', output: { constant_jp_input: '$' }, inspectionData: { input: { input_values: [1, 2, 3] } } });
  });

  it('tests a state inside a Map processor by name', async () => {
    const definition = {
      StartAt: 'State0',
      States: { State0: { Type: 'Map', ItemsPath: '$.Values', ItemProcessor: passProcessor('HandleItem'), End: true } },
    };
    const response = await testState({ definition, stateName: 'HandleItem' }, { input: { Value: 'HelloWorld' } });
    expect(response).toEqual({ status: 'SUCCEEDED', output: { Value: 'HelloWorld' } });
  });

  it('takes the definition as JSON text too', async () => {
    const definition = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Result: 1, Next: 'B' }, B: { Type: 'Succeed' } } });
    expect(await testState({ definition, stateName: 'A' }, {})).toEqual({ status: 'SUCCEEDED', output: 1, nextState: 'B' });
  });
});
