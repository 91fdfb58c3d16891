import { describe, expect, it } from 'vitest';
import { testState, type InspectionLevel, type TestStateTarget } from '../../../src/runtime/index.js';
import { TWO_PASS_BRANCHES, passProcessor } from './fixtures.js';

// Expected values from AWS's TestState recordings (../shared/conformance/test-state), named per test.
const LEVELS: readonly InspectionLevel[] = ['INFO', 'DEBUG', 'TRACE'];
const detailed = (level: InspectionLevel, data: object): object => (level === 'INFO' ? {} : { inspectionData: data });

describe('testState: JSONata states report their input only (machine-scenarios-base-state-name-*)', () => {
  const definition = {
    QueryLanguage: 'JSONata',
    StartAt: 'State0',
    States: { State0: { Type: 'Pass', Next: 'State1' }, State1: { Type: 'Fail', Error: 'SomeFailure', Cause: "This state machines raises a 'SomeFailure' failure." } },
  };
  const input = { Value: 'HelloWorld' };

  it.each(LEVELS)('Pass at %s', async (inspectionLevel) => {
    const response = await testState({ definition, stateName: 'State0' }, { input, inspectionLevel });
    expect(response).toEqual({ status: 'SUCCEEDED', output: input, nextState: 'State1', ...detailed(inspectionLevel, { input }) });
  });

  it.each(LEVELS)('Fail at %s', async (inspectionLevel) => {
    const response = await testState({ definition, stateName: 'State1' }, { input, inspectionLevel });
    expect(response).toEqual({ status: 'FAILED', error: 'SomeFailure', cause: "This state machines raises a 'SomeFailure' failure.", ...detailed(inspectionLevel, { input }) });
  });

  it.each(LEVELS)('Choice at %s (localstack-blogpost-scenario-*)', async (inspectionLevel) => {
    const choice = { QueryLanguage: 'JSONata', Type: 'Choice', Choices: [{ Condition: '{% $states.input.cost < 10 %}', Next: 'Purchase Approved' }], Default: 'Ask for Approval' } as const;
    expect(await testState(choice, { input: { cost: 9 }, inspectionLevel })).toEqual({ status: 'SUCCEEDED', output: { cost: 9 }, nextState: 'Purchase Approved', ...detailed(inspectionLevel, { input: { cost: 9 } }) });
    expect((await testState(choice, { input: { cost: 10 } })).nextState).toBe('Ask for Approval');
  });

  it.each(LEVELS)('Succeed and Wait at %s', async (inspectionLevel) => {
    expect(await testState({ QueryLanguage: 'JSONata', Type: 'Succeed', Output: '{% $states.input.a %}' }, { input: { a: 2 }, inspectionLevel })).toEqual({ status: 'SUCCEEDED', output: 2, ...detailed(inspectionLevel, { input: { a: 2 } }) });
    expect(await testState({ QueryLanguage: 'JSONata', Type: 'Wait', Seconds: '{% 60 %}', Next: 'Later' }, { input: { a: 2 }, inspectionLevel })).toEqual({ status: 'SUCCEEDED', output: { a: 2 }, nextState: 'Later', ...detailed(inspectionLevel, { input: { a: 2 } }) });
  });
});

describe('testState: JSONata Task (state-task-catch-error-*)', () => {
  const task = { QueryLanguage: 'JSONata', Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Arguments: { FunctionName: 'foo', Payload: '{% $states.input.Value %}' }, Output: '{% $states.result.Payload %}', End: true } as const;

  it.each(LEVELS)('reports Arguments and the result at %s', async (inspectionLevel) => {
    const response = await testState(task, { input: { Value: 'HelloWorld' }, mock: { result: { Payload: 'done' } }, inspectionLevel });
    expect(response).toEqual({
      status: 'SUCCEEDED',
      output: 'done',
      ...detailed(inspectionLevel, { input: { Value: 'HelloWorld' }, afterArguments: { FunctionName: 'foo', Payload: 'HelloWorld' }, result: { Payload: 'done' } }),
    });
  });
});

describe('testState: JSONata Parallel (mock-scenarios-io-jsonata-parallel-state-mock-success-trace)', () => {
  const parallel = {
    Type: 'Parallel',
    QueryLanguage: 'JSONata',
    Arguments: '{% $states.input.parallelInput %}',
    Output: { parallelInput: '{% $states.input.parallelInput %}', parallelResult: '{% $states.result %}' },
    Branches: TWO_PASS_BRANCHES,
    End: true,
  } as const;
  const input = { parallelInput: { data: 'input_value' } };
  const result = [{ branch1: 'result' }, { branch2: 'result' }];

  it.each(LEVELS)('builds the output from the mocked branch outputs at %s', async (inspectionLevel) => {
    expect(await testState(parallel, { input, mock: { result }, inspectionLevel })).toEqual({
      status: 'SUCCEEDED',
      output: { parallelInput: input.parallelInput, parallelResult: result },
      ...detailed(inspectionLevel, { input }),
    });
  });
});

describe('testState: JSONata Map (scenarios-base-map-state-inspect-*)', () => {
  const map = (extra: object): TestStateTarget => ({
    Type: 'Map',
    QueryLanguage: 'JSONata',
    Items: '{% $states.input.Values %}',
    ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'TestState', States: { TestState: { Type: 'Task', QueryLanguage: 'JSONata', Resource: 'arn:aws:states:::lambda:invoke', Arguments: { FunctionName: 'foo', Payload: 'bar' }, End: true } } },
    Output: '{% $states.result %}',
    End: true,
    ...extra,
  });
  const input = { Values: [1, 2, 3] };

  it.each(LEVELS)('reports MaxConcurrency (evaluated) at %s', async (inspectionLevel) => {
    const response = await testState(map({ MaxConcurrency: '{% $variable := 1 %}' }), { input, mock: { result: [1, 1, 1] }, inspectionLevel });
    expect(response).toEqual({ status: 'SUCCEEDED', output: [1, 1, 1], ...detailed(inspectionLevel, { input, maxConcurrency: 1 }) });
  });

  it('reports ToleratedFailureCount when set, and MaxConcurrency 0 by default', async () => {
    const response = await testState(map({ ToleratedFailureCount: '{% $variable := 1 %}' }), { input, mock: { result: [1, 1, 1] }, inspectionLevel: 'DEBUG' });
    expect(response.inspectionData).toEqual({ input, maxConcurrency: 0, toleratedFailureCount: 1 });
  });

  it('reads the items of an ItemReader from mapItemReaderData (state-machine-configuration-map-iteration-item-reader-*)', async () => {
    const reader = { Type: 'Map', QueryLanguage: 'JSONata', MaxConcurrency: 1, ItemReader: { ReaderConfig: { InputType: 'JSON' }, Resource: 'arn:aws:states:::s3:getObject', Arguments: { Bucket: 'b', Key: 'k' } }, ItemSelector: '{% $states.context.Map.Item.Value * 10 %}', ItemProcessor: passProcessor('HandleItem'), End: true } as const;
    const response = await testState(reader, { input: {}, mock: { result: [1, 4, 9] }, stateConfiguration: { mapItemReaderData: '[1, 2, 3]' }, inspectionLevel: 'TRACE' });
    expect(response).toEqual({ status: 'SUCCEEDED', output: [1, 4, 9], inspectionData: { input: {}, maxConcurrency: 1, afterItemSelector: [10, 20, 30] } });
  });
});
