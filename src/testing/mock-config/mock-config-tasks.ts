import { AslError } from '../../runtime/errors.js';
import type { TaskHandler } from '../../runtime/options.js';
import { callAt, callRanges } from './call-ranges.js';
import { type MockConfigFile, parseMockConfigFile } from './mock-config-file.js';

/**
 * Task handlers, keyed by state name, that replay one test case of a Step Functions Local
 * `MockConfigFile`: the n-th call of a state (counted per state name, across Map iterations, Parallel
 * branches and retries, in call order) gets the response keyed `n - 1` or by a range covering it.
 * A `Return` is the task's result; a `Throw` fails the task with its `Error` and `Cause`. A call with no
 * response fails the task with `States.TaskFailed`, naming the state and the call. Each call to this
 * function starts the counts afresh.
 *
 * @example
 * ```ts
 * import { mockConfigTasks } from 'statewright/testing';
 *
 * const tasks = mockConfigTasks(
 *   {
 *     StateMachines: { Orders: { TestCases: { HappyPath: { Charge: 'ChargeRetried' } } } },
 *     MockedResponses: {
 *       ChargeRetried: { '0-1': { Throw: { Error: 'Busy', Cause: 'try later' } }, '2': { Return: { ok: true } } },
 *     },
 *   },
 *   'Orders',
 *   'HappyPath',
 * );
 * ```
 */
export function mockConfigTasks(config: unknown, stateMachine: string, testCase: string): Record<string, TaskHandler> {
  const file = parseMockConfigFile(config);
  const machine = Object.hasOwn(file.StateMachines, stateMachine) ? file.StateMachines[stateMachine] : undefined;
  if (machine === undefined) throw new TypeError(`MockConfigFile has no state machine "${stateMachine}"`);
  const states = Object.hasOwn(machine.TestCases, testCase) ? machine.TestCases[testCase] : undefined;
  if (states === undefined) throw new TypeError(`MockConfigFile has no test case "${testCase}" for "${stateMachine}"`);

  // Object.fromEntries, so that a state named `__proto__` is an own key like any other.
  return Object.fromEntries(
    Object.entries(states).map(([stateName, mock]) => [stateName, replay(file, stateName, mock)] as const),
  );
}

/** The handler of one state: answers its calls in order from the ranges of its mock. */
function replay(file: MockConfigFile, stateName: string, mock: string): TaskHandler {
  const response = Object.hasOwn(file.MockedResponses, mock) ? file.MockedResponses[mock] : undefined;
  if (response === undefined) throw new TypeError(`MockConfigFile: state "${stateName}" uses mock "${mock}", which is not in MockedResponses`);
  const ranges = callRanges(mock, response);
  let calls = 0;
  return () => {
    const index = calls++;
    const call = callAt(ranges, index);
    if (call === undefined) {
      throw new AslError('States.TaskFailed', `Mock "${mock}" has no response for call ${index + 1} (key "${index}") of state "${stateName}"`);
    }
    if ('Throw' in call) throw new AslError(call.Throw.Error, call.Throw.Cause);
    return structuredClone(call.Return);
  };
}
