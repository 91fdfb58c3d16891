import { describe, expect, it } from 'vitest';
import { execute, startExecution } from '../../../src/runtime/index.js';

const LAMBDA = 'arn:aws:states:::lambda:invoke';
const definition = {
  StartAt: 'Check',
  States: {
    Check: { Type: 'Task', Resource: LAMBDA, Retry: [{ ErrorEquals: ['Lambda.TimeoutException'], IntervalSeconds: 1, BackoffRate: 1 }], Next: 'Each' },
    Each: {
      Type: 'Map',
      ItemsPath: '$.Payload.items',
      MaxConcurrency: 1,
      ItemProcessor: { StartAt: 'Work', States: { Work: { Type: 'Task', Resource: LAMBDA, End: true } } },
      End: true,
    },
  },
};
const mockConfig = {
  StateMachines: {
    Orders: {
      TestCases: {
        HappyPath: { Check: 'CheckRetried', Work: 'WorkEach' },
        Partial: { Check: 'CheckRetried' },
      },
    },
  },
  MockedResponses: {
    CheckRetried: {
      '0': { Throw: { Error: 'Lambda.TimeoutException', Cause: 'Lambda timed out.' } },
      '1-2': { Throw: { Error: 'Lambda.TimeoutException', Cause: 'Lambda timed out.' } },
      '3': { Return: { StatusCode: 200, Payload: { items: [1, 2, 3] } } },
    },
    WorkEach: { '0-1': { Return: 'first two' }, '2': { Return: 'third' } },
  },
};

describe('execute with a MockConfigFile', () => {
  it('answers calls from ranges, retries consuming responses, and inner Map states by their own names', async () => {
    const result = await execute(definition, { mockConfig, stateMachineName: 'Orders', testCase: 'HappyPath' });
    expect(result).toMatchObject({ status: 'SUCCEEDED', output: ['first two', 'first two', 'third'] });
    expect(result.events.filter((e) => e.type === 'TaskFailed')).toHaveLength(3);
    expect(result.unusedMocks).toBeUndefined();
  });

  it('mocks the states of Parallel branches by their own names', async () => {
    const parallel = {
      StartAt: 'Both',
      States: {
        Both: {
          Type: 'Parallel',
          Branches: [
            { StartAt: 'Left', States: { Left: { Type: 'Task', Resource: LAMBDA, End: true } } },
            { StartAt: 'Right', States: { Right: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', End: true } } },
          ],
          End: true,
        },
      },
    };
    const file = {
      StateMachines: { P: { TestCases: { T: { Left: 'L', Right: 'R' } } } },
      MockedResponses: { L: { '0': { Return: { StatusCode: 200, Payload: 'left' } } }, R: { '0': { Return: { MessageId: 'm-1' } } } },
    };
    const result = await execute(parallel, { mockConfig: file, stateMachineName: 'P', testCase: 'T' });
    expect(result.output).toEqual([{ StatusCode: 200, Payload: 'left' }, { MessageId: 'm-1' }]);
  });

  it('lets handlers answer the states a test case leaves out (a hybrid test case)', async () => {
    const result = await execute(definition, { mockConfig, stateMachineName: 'Orders', testCase: 'Partial', tasks: { Work: (n) => `handled ${String(n)}` } });
    expect(result.output).toEqual(['handled 1', 'handled 2', 'handled 3']);
  });

  it('fails the execution with States.Runtime once the responses run out', async () => {
    const short = { ...mockConfig, MockedResponses: { ...mockConfig.MockedResponses, WorkEach: { '0': { Return: 'only one' } } } };
    const result = await execute(definition, { mockConfig: short, stateMachineName: 'Orders', testCase: 'HappyPath' });
    expect(result).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(result.cause).toContain('Mock "WorkEach" has no response for call 2 (key "1") of state "Work"');
  });

  it('names the $$.StateMachine.Name after the state machine of the file', async () => {
    const named = { StartAt: 'T', States: { T: { Type: 'Task', Resource: LAMBDA, ResultPath: null, OutputPath: '$$.StateMachine.Name', End: true } } };
    const file = { StateMachines: { Orders: { TestCases: { T: { T: 'R' } } } }, MockedResponses: { R: { '0': { Return: 1 } } } };
    expect((await execute(named, { mockConfig: file, stateMachineName: 'Orders', testCase: 'T' })).output).toBe('Orders');
  });

  it.each([
    ['an unknown state machine', { stateMachineName: 'Nope', testCase: 'HappyPath' }, /MockConfigFile has no state machine "Nope" \(it has: "Orders"\)/],
    ['an unknown test case', { stateMachineName: 'Orders', testCase: 'Sad' }, /no test case "Sad" for "Orders" \(it has: "HappyPath", "Partial"\)/],
    ['no test case named', { stateMachineName: 'Orders' }, /'mockConfig' needs 'stateMachineName' and 'testCase'/],
  ])('refuses %s before running', (_name, names, message) => {
    expect(() => startExecution(definition, { mockConfig, ...names })).toThrow(message);
  });
});

describe('mock names', () => {
  it('refuses mocks for states that are not Task states of the definition, listing the Task states', () => {
    expect(() => startExecution(definition, { tasks: { Chek: () => 1 } })).toThrow(
      "Mocks for states that are not Task states of the definition: 'Chek' (its Task states: 'Check', 'Work')",
    );
    const file = { StateMachines: { M: { TestCases: { T: { Each: 'R' } } } }, MockedResponses: { R: { '0': { Return: 1 } } } };
    expect(() => startExecution(definition, { mockConfig: file, stateMachineName: 'M', testCase: 'T' })).toThrow(/not Task states of the definition: 'Each'/);
  });

  it('reports mocks no task called in unusedMocks', async () => {
    const choose = {
      StartAt: 'Pick',
      States: {
        Pick: { Type: 'Choice', Choices: [{ Variable: '$.big', BooleanEquals: true, Next: 'Big' }], Default: 'Small' },
        Big: { Type: 'Task', Resource: LAMBDA, End: true },
        Small: { Type: 'Task', Resource: LAMBDA, End: true },
      },
    };
    const result = await execute(choose, { input: { big: false }, tasks: { Big: () => 'big', Small: () => 'small' } });
    expect(result.output).toBe('small');
    expect(result.unusedMocks).toEqual(['Big']);
  });
});
