import { describe, expect, it } from 'vitest';
import { testState, type InspectionLevel } from '../../../src/runtime/index.js';
import { TWO_PASS_BRANCHES, passProcessor } from './fixtures.js';

// Expected values come from AWS's TestState recordings (../shared/conformance/test-state), named per test.
const DETAILED: readonly InspectionLevel[] = ['DEBUG', 'TRACE'];
const IO_INPUT = { initialData: { fieldFromInput: 'value from input', otherField: 'other' }, unrelatedData: { someOtherField: 1234 } };
const IO_PASS = {
  Type: 'Pass',
  InputPath: '$.initialData',
  Parameters: { staticValue: 'some value', 'inputValue.$': '$.fieldFromInput' },
  ResultPath: '$.modifiedData',
  End: true,
} as const;
const PARAMETERS_RESULT = { staticValue: 'some value', inputValue: 'value from input' };

describe('testState: JSONPath Pass (scenarios-base-inspection-level-*-io-pass-state)', () => {
  it('reports only the outcome at INFO', async () => {
    const response = await testState(IO_PASS, { input: IO_INPUT, inspectionLevel: 'INFO' });
    expect(response).toEqual({ status: 'SUCCEEDED', output: { ...IO_INPUT, modifiedData: PARAMETERS_RESULT } });
  });

  it.each(DETAILED)('reports InputPath, Parameters, ResultSelector and ResultPath at %s', async (inspectionLevel) => {
    const response = await testState(IO_PASS, { input: IO_INPUT, inspectionLevel });
    expect(response.inspectionData).toEqual({
      input: IO_INPUT,
      afterInputPath: IO_INPUT.initialData,
      afterParameters: PARAMETERS_RESULT,
      afterResultSelector: PARAMETERS_RESULT,
      afterResultPath: { ...IO_INPUT, modifiedData: PARAMETERS_RESULT },
    });
  });

  it.each(DETAILED)('with Result, reports the result and skips InputPath and Parameters at %s (io-result-pass-state)', async (inspectionLevel) => {
    const response = await testState({ ...IO_PASS, Result: { resultKey: 'result value' } }, { input: IO_INPUT, inspectionLevel });
    expect(response.output).toEqual({ ...IO_INPUT, modifiedData: { resultKey: 'result value' } });
    expect(response.inspectionData).toEqual({
      input: IO_INPUT,
      result: { resultKey: 'result value' },
      afterResultSelector: { resultKey: 'result value' },
      afterResultPath: { ...IO_INPUT, modifiedData: { resultKey: 'result value' } },
    });
  });
});

describe('testState: JSONPath Choice (scenarios-base-inspection-level-*-base-choice-state)', () => {
  const choice = {
    Type: 'Choice',
    Choices: [
      { Not: { Variable: '$.type', StringEquals: 'Private' }, Next: 'Public' },
      { Variable: '$.value', NumericEquals: 0, Next: 'ValueIsZero' },
      { And: [{ Variable: '$.value', NumericGreaterThanEquals: 20 }, { Variable: '$.value', NumericLessThan: 30 }], Next: 'ValueInTwenties' },
    ],
    Default: 'DefaultState',
  } as const;
  const input = { type: 'Private', value: 22 };

  it('names the next state at INFO', async () => {
    expect(await testState(choice, { input })).toEqual({ status: 'SUCCEEDED', output: input, nextState: 'ValueInTwenties' });
  });

  it.each(DETAILED)('reports the input after InputPath at %s', async (inspectionLevel) => {
    const response = await testState(choice, { input, inspectionLevel });
    expect(response.inspectionData).toEqual({ input, afterInputPath: input });
  });

  it('fails with States.NoChoiceMatched when no rule matches and there is no Default', async () => {
    const response = await testState({ Type: 'Choice', Choices: [{ Variable: '$.value', NumericEquals: 0, Next: 'Zero' }] }, { input: { value: 1 } });
    expect(response.status).toBe('FAILED');
    expect(response.error).toBe('States.NoChoiceMatched');
  });
});

describe('testState: Succeed and Fail (scenarios-base-inspection-level-debug-base-succeed-state, trace-base-fail-state)', () => {
  it.each(DETAILED)('Succeed passes its input on and reports it at %s', async (inspectionLevel) => {
    const input = { Value: 'HelloWorld' };
    expect(await testState({ Type: 'Succeed' }, { input, inspectionLevel })).toEqual({ status: 'SUCCEEDED', output: input, inspectionData: { input, afterInputPath: input } });
  });

  it.each(['INFO', 'DEBUG', 'TRACE'] as const)('Fail reports its error and cause at %s', async (inspectionLevel) => {
    const input = { Value: 'HelloWorld' };
    const response = await testState({ Type: 'Fail', Error: 'SomeFailure', Cause: "This state machines raises a 'SomeFailure' failure." }, { input, inspectionLevel });
    expect(response).toEqual({
      status: 'FAILED',
      error: 'SomeFailure',
      cause: "This state machines raises a 'SomeFailure' failure.",
      ...(inspectionLevel === 'INFO' ? {} : { inspectionData: { input, afterInputPath: input } }),
    });
  });
});

describe('testState: Wait', () => {
  it.each(['INFO', 'DEBUG', 'TRACE'] as const)('goes on to Next with its input at %s, without waiting in real time', async (inspectionLevel) => {
    const started = Date.now();
    const response = await testState({ Type: 'Wait', Seconds: 86_400, Next: 'After' }, { input: { a: 1 }, inspectionLevel });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(response).toMatchObject({ status: 'SUCCEEDED', output: { a: 1 }, nextState: 'After' });
    expect(response.inspectionData).toEqual(inspectionLevel === 'INFO' ? undefined : { input: { a: 1 }, afterInputPath: { a: 1 } });
  });

  it('fails with States.Runtime when SecondsPath selects nothing', async () => {
    const response = await testState({ Type: 'Wait', SecondsPath: '$.missing', End: true }, { input: {} });
    expect(response.status).toBe('FAILED');
    expect(response.error).toBe('States.Runtime');
  });
});

describe('testState: JSONPath Task with a mocked result (context-object-state-task-context-object-execution-input-values)', () => {
  const task = {
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    Parameters: { 'FunctionName.$': '$.FunctionName', Payload: { 'Input.$': '$' } },
    ResultSelector: { 'LambdaOutput.$': '$', 'ContextObjectValue.$': '$$.Execution.Input.values' },
    End: true,
  } as const;
  const input = { FunctionName: 'lambda_function_name', Payload: { 'input-value': 0 } };
  const context = { Execution: { Input: { values: ['charizard', 'pikachu', 'bulbasaur'] } } };
  const result = { pokemon: ['charizard', 'pikachu', 'bulbasaur'] };
  const output = { ContextObjectValue: ['charizard', 'pikachu', 'bulbasaur'], LambdaOutput: result };

  it('returns the output at INFO', async () => {
    expect(await testState(task, { input, context, mock: { result } })).toEqual({ status: 'SUCCEEDED', output });
  });

  it.each(DETAILED)('reports every step at %s', async (inspectionLevel) => {
    const response = await testState(task, { input, context, mock: { result }, inspectionLevel });
    expect(response.inspectionData).toEqual({
      input,
      afterInputPath: input,
      afterParameters: { FunctionName: 'lambda_function_name', Payload: { Input: input } },
      result,
      afterResultSelector: output,
      afterResultPath: output,
    });
  });
});

describe('testState: JSONPath Parallel with a mocked result (mock-scenarios-io-parallel-state-mock-success-*)', () => {
  const parallel = {
    Type: 'Parallel',
    InputPath: '$.parallelInput',
    ResultPath: '$.parallelResult',
    OutputPath: '$',
    Branches: TWO_PASS_BRANCHES,
    End: true,
  } as const;
  const input = { parallelInput: { data: 'input_value' } };
  const result = [{ branch1: 'result' }, { branch2: 'result' }];

  it('places the mocked branch outputs at INFO', async () => {
    expect(await testState(parallel, { input, mock: { result } })).toEqual({ status: 'SUCCEEDED', output: { ...input, parallelResult: result } });
  });

  it.each(DETAILED)('reports ResultSelector and ResultPath, not InputPath, at %s', async (inspectionLevel) => {
    const response = await testState(parallel, { input, mock: { result }, inspectionLevel });
    expect(response.inspectionData).toEqual({ input, afterResultSelector: result, afterResultPath: { ...input, parallelResult: result } });
  });
});

describe('testState: JSONPath Map with a mocked result (state-machine-with-state-error-*)', () => {
  const map = {
    Type: 'Map',
    ItemsPath: '$.Values',
    ItemProcessor: passProcessor('HandleItem'),
    ToleratedFailureCount: 2,
    End: true,
  } as const;
  const input = { Values: ['first', 'second', 'third'] };

  it('returns the mocked result at INFO', async () => {
    expect(await testState(map, { input, mock: { result: [1, 2, 3] } })).toEqual({ status: 'SUCCEEDED', output: [1, 2, 3] });
  });

  it.each(DETAILED)('reports the items and the Map numbers at %s', async (inspectionLevel) => {
    const response = await testState(map, { input, mock: { errorOutput: { error: 'MockException', cause: 'Mock the error cause.' } }, stateConfiguration: { errorCausedByState: 'HandleItem' }, inspectionLevel });
    expect(response).toEqual({
      status: 'FAILED',
      error: 'MockException',
      cause: 'Mock the error cause.',
      inspectionData: { input, afterInputPath: input, afterItemsPath: input.Values, maxConcurrency: 0, toleratedFailureCount: 2 },
    });
  });
});

describe('testState: JSONPath Map over a JSON object', () => {
  const map = {
    Type: 'Map',
    ItemsPath: '$.servers',
    ItemSelector: { 'name.$': '$$.Map.Item.Key', 'port.$': '$$.Map.Item.Value' },
    ItemProcessor: passProcessor('HandleItem'),
    End: true,
  } as const;
  const input = { servers: { web: 80, db: 5432 } };

  it('reports the selected object after ItemsPath and one selector output per entry', async () => {
    const response = await testState(map, { input, mock: { result: [] }, inspectionLevel: 'DEBUG' });
    expect(response.inspectionData).toMatchObject({
      afterItemsPath: input.servers,
      afterItemSelector: [
        { name: 'web', port: 80 },
        { name: 'db', port: 5432 },
      ],
    });
  });
});
