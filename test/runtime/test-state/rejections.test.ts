import { describe, expect, it } from 'vitest';
import { testState, TestStateError, type TestStateOptions, type TestStateTarget } from '../../../src/runtime/index.js';
import { TWO_PASS_BRANCHES } from './fixtures.js';

// Codes and messages from AWS's TestState recordings (mock-validation-*, machine-scenarios-*,
// context-object-invalid-states-*); the Task-without-mock rule is statewright's own (offline runs call no service).
async function rejection(target: TestStateTarget, options: TestStateOptions): Promise<{ code: string; message: string }> {
  try {
    await testState(target, options);
  } catch (error) {
    if (error instanceof TestStateError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('testState did not reject');
}

const LAMBDA_TASK = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'FunctionName.$': '$.FunctionName' }, End: true } as const;
const PARALLEL = {
  Type: 'Parallel',
  Branches: TWO_PASS_BRANCHES,
  End: true,
} as const;

describe('testState rejects what AWS rejects', () => {
  it('a mock with both a result and an error output', async () => {
    const mock = { result: { mock: 'response' }, errorOutput: { error: 'Error', cause: 'Cause' } } as unknown as TestStateOptions['mock'];
    expect(await rejection(LAMBDA_TASK, { mock })).toEqual({ code: 'ValidationException', message: 'A test mock should have only one of the following fields: [result, errorOutput].' });
  });

  it.each(['Pass', 'Succeed', 'Fail'] as const)('a mock for a %s state', async (Type) => {
    const state = Type === 'Pass' ? { Type, End: true } : { Type };
    expect(await rejection(state, { mock: { result: { mock: 'the unmockable' } } })).toEqual({ code: 'ValidationException', message: `State type '${Type}' is not supported when a mock is specified` });
  });

  it('a Parallel mock result with another number of items than branches', async () => {
    expect(await rejection(PARALLEL, { mock: { result: [{ branch1: 'result' }] } })).toEqual({
      code: 'ValidationException',
      message: 'Mocked result must contain the same number of items as number of Parallel branches.',
    });
  });

  it('a Parallel or Map state without a mock', async () => {
    expect((await rejection(PARALLEL, {})).code).toBe('ValidationException');
  });

  it('mapIterationFailureCount without a mock', async () => {
    const map = { Type: 'Map', ItemProcessor: { StartAt: 'T', States: { T: { Type: 'Pass', End: true } } }, End: true } as const;
    expect(await rejection(map, { stateConfiguration: { mapIterationFailureCount: 0 } })).toEqual({
      code: 'ValidationException',
      message: 'TestState does not support MapIterationFailureCount when a mock is not specified.',
    });
  });

  it('a context object with Task for a state that has no task token', async () => {
    expect(await rejection(LAMBDA_TASK, { mock: { result: {} }, context: { Task: { Token: 'abcd123' } } })).toEqual({
      code: 'ValidationException',
      message: "Invalid Context object provided: Context object contains 'Task' when state is not a Task state with a '.sync' or '.waitForTaskToken' service integration pattern",
    });
  });

  it('a state name the definition does not have', async () => {
    const definition = { StartAt: 'State0', States: { State0: { Type: 'Pass', End: true } } };
    expect(await rejection({ definition, stateName: '"invalid"' }, {})).toEqual({ code: 'ValidationException', message: 'State not found in definition' });
  });

  it('an invalid definition, with AWS`s code and the location of the problem', async () => {
    const definition = { StartAt: 'ExistingButInvalidState', States: { ExistingButInvalidState: { Type: 'TypeThatDoesNotExist', End: true } } };
    expect(await rejection({ definition, stateName: 'ExistingButInvalidState' }, {})).toEqual({
      code: 'InvalidDefinition',
      message:
        "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: The field 'Type' should have one of these values: [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map] at /States/ExistingButInvalidState/Type'",
    });
  });

  it('a lone state that is not valid, located under the name AWS gives it', async () => {
    const { code, message } = await rejection({ Type: 'Parallel', Branches: [], End: true }, { mock: { result: [] } });
    expect(code).toBe('InvalidDefinition');
    expect(message).toContain('at /States/StateName/Branches');
  });

  it('a Task without a mock (statewright calls no service)', async () => {
    const { code, message } = await rejection(LAMBDA_TASK, {});
    expect(code).toBe('ValidationException');
    expect(message).toContain("Task state 'StateName' needs a mock");
  });

  it('an errorCausedByState that names no state inside the Map', async () => {
    const map = { Type: 'Map', ItemProcessor: { StartAt: 'HandleItem', States: { HandleItem: { Type: 'Pass', End: true } } }, End: true } as const;
    const { code, message } = await rejection(map, { mock: { errorOutput: { error: 'E', cause: 'C' } }, stateConfiguration: { errorCausedByState: 'Elsewhere' } });
    expect(code).toBe('ValidationException');
    expect(message).toContain('Elsewhere');
  });

  it('accepts a lone state whose transition targets are not given', async () => {
    expect(await testState({ Type: 'Pass', Next: 'Somewhere' }, { input: { a: 1 } })).toEqual({ status: 'SUCCEEDED', output: { a: 1 }, nextState: 'Somewhere' });
  });
});
