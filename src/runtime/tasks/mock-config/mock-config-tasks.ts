import { AslError, StatesRuntime } from '../../errors.js';
import { callAt, callRanges } from './call-ranges.js';
import { type MockConfigFile, parseMockConfigFile } from './mock-config-file.js';

/** Answers the calls of one mocked state in order; throws an AslError for a `Throw`. */
export type MockResponder = () => unknown;

/**
 * The responders of one test case of a Step Functions Local `MockConfigFile`, by state name: the n-th
 * call of a state (counted per state name, across Map iterations, Parallel branches and retries, in call
 * order) gets the response keyed `n - 1` or by a range covering it. A `Return` is the task's result; a
 * `Throw` fails the task with its `Error` and `Cause`. A call with no response ends the execution with
 * States.Runtime naming the state, the mock and the call (Step Functions Local fails the execution).
 * Throws a `TypeError` for a file, state machine, test case or mock that does not exist.
 */
export function mockConfigResponders(config: unknown, stateMachine: string, testCase: string): Map<string, MockResponder> {
  const file = parseMockConfigFile(config);
  const machine = Object.hasOwn(file.StateMachines, stateMachine) ? file.StateMachines[stateMachine] : undefined;
  if (machine === undefined) throw new TypeError(`MockConfigFile has no state machine "${stateMachine}" (it has: ${namesOf(file.StateMachines)})`);
  const states = Object.hasOwn(machine.TestCases, testCase) ? machine.TestCases[testCase] : undefined;
  if (states === undefined) throw new TypeError(`MockConfigFile has no test case "${testCase}" for "${stateMachine}" (it has: ${namesOf(machine.TestCases)})`);
  return new Map(Object.entries(states).map(([stateName, mock]) => [stateName, replay(file, stateName, mock)] as const));
}

function namesOf(record: object): string {
  const names = Object.keys(record);
  return names.length === 0 ? 'none' : names.map((n) => `"${n}"`).join(', ');
}

/** The responder of one state: answers its calls in order from the ranges of its mock. */
function replay(file: MockConfigFile, stateName: string, mock: string): MockResponder {
  const response = Object.hasOwn(file.MockedResponses, mock) ? file.MockedResponses[mock] : undefined;
  if (response === undefined) throw new TypeError(`MockConfigFile: state "${stateName}" uses mock "${mock}", which is not in MockedResponses`);
  const ranges = callRanges(mock, response);
  let calls = 0;
  return () => {
    const index = calls++;
    const call = callAt(ranges, index);
    if (call === undefined) {
      throw new StatesRuntime(`Mock "${mock}" has no response for call ${index + 1} (key "${index}") of state "${stateName}"`);
    }
    if ('Throw' in call) throw new AslError(call.Throw.Error, call.Throw.Cause);
    return structuredClone(call.Return);
  };
}
