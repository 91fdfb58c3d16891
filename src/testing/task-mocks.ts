import type { JsonValue } from 'type-fest';
import { AslError, StatesRuntime } from '../runtime/errors.js';
import { checkJsonValue } from '../runtime/json-value.js';
import type { TaskContext, TaskHandler } from '../runtime/options.js';
import { answer, isMockFailure, isMockSequence, type MockFailure, type MockSequence } from './mock-responses.js';

/**
 * What a task mock answers with: a JSON value (every call), a {@link MockFailure}, a
 * {@link MockSequence} (one response per call) or a handler function, which sees the effective input
 * (after `InputPath` and `Parameters`) and the task's context (context object, retry count, clock).
 * For a `.waitForTaskToken` task a value, failure or sequence answers the callback (it is the task's
 * result); a function answers the submission and completes the task with `context.sendTaskSuccess`.
 *
 * @example
 * ```ts
 * import type { TaskMock } from 'statewright/testing';
 * const mock: TaskMock = (input) => ({ echoed: input });
 * ```
 */
export type TaskMock = TaskHandler | MockFailure | MockSequence | JsonValue;

/**
 * Task mocks by state name, with the calls they received.
 *
 * @example
 * ```ts
 * import { taskMocks, type TaskMocks } from 'statewright/testing';
 * const mocks: TaskMocks<'Submit Job'> = taskMocks({ 'Submit Job': 'guid-1' });
 * ```
 */
export interface TaskMocks<N extends string> {
  /** The handlers, for `ExecuteOptions.tasks`. */
  readonly tasks: Readonly<Record<N, TaskHandler>>;
  /** The effective inputs a state's task received, in call order (retries included). */
  calls(state: N): readonly unknown[];
  /** The state names whose mock no task has called yet, in the order given. */
  unused(): N[];
}

/**
 * Builds task handlers by state name from mocks: values (checked to be JSON when built), failures,
 * sequences or functions, and records every call. Pass `tasks` to `execute`; read `calls(name)` after.
 *
 * @example
 * ```ts
 * import { execute } from 'statewright/runtime';
 * import { mockFailure, mockSequence, taskMocks } from 'statewright/testing';
 *
 * const mocks = taskMocks({
 *   Charge: mockSequence([mockFailure('Card.Busy', 'try again'), { charged: true }]),
 *   Notify: (input: unknown) => ({ sent: input }),
 * });
 * const result = await execute(
 *   {
 *     StartAt: 'Charge',
 *     States: {
 *       Charge: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Retry: [{ ErrorEquals: ['Card.Busy'] }], Next: 'Notify' },
 *       Notify: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', End: true },
 *     },
 *   },
 *   { input: { order: 7 }, tasks: mocks.tasks },
 * );
 * console.log(result.output, mocks.calls('Charge').length); // { sent: { charged: true } } 2
 * ```
 */
export function taskMocks<const M extends Readonly<Record<string, TaskMock>>>(mocks: M): TaskMocks<keyof M & string> {
  type N = keyof M & string;
  const calls = new Map<string, unknown[]>();
  const tasks = {} as Record<N, TaskHandler>;
  for (const [state, mock] of Object.entries(mocks)) {
    const received: unknown[] = [];
    calls.set(state, received);
    const respond = responder(state, mock);
    Object.defineProperty(tasks, state, {
      enumerable: true,
      value: (input: unknown, context: TaskContext) => {
        received.push(structuredClone(input));
        return respond(input, context, received.length);
      },
    });
  }
  return {
    tasks,
    calls: (state) => [...(calls.get(state) ?? [])],
    unused: () => Object.keys(mocks).filter((state) => calls.get(state)?.length === 0),
  };
}

type Respond = (input: unknown, context: TaskContext, call: number) => unknown;

function responder(state: string, mock: TaskMock): Respond {
  if (typeof mock === 'function') return (input, context) => (mock)(input, context);
  if (isMockSequence(mock)) {
    mock.responses.forEach((response, i) => {
      checkMock(state, response, ` (response ${i + 1})`);
    });
    return (_input, context, call) => {
      if (call > mock.responses.length) {
        throw new StatesRuntime(`The mock sequence of state '${state}' has ${mock.responses.length} responses; call ${call} has none`);
      }
      return settle(mock.responses[call - 1], context);
    };
  }
  checkMock(state, mock, '');
  return (_input, context) => settle(mock, context);
}

/**
 * The answer of a value or failure mock. A `.waitForTaskToken` task's result is what its callback
 * sends, so there the mock answers the callback and the submission is `{}`.
 */
function settle(response: unknown, context: TaskContext): unknown {
  if (context.context.Task?.Token === undefined) return answer(response);
  if (isMockFailure(response)) context.sendTaskFailure(response.error, response.cause);
  else context.sendTaskSuccess(structuredClone(response));
  return {};
}

function checkMock(state: string, value: unknown, which: string): void {
  if (isMockFailure(value)) return;
  try {
    checkJsonValue(value, `The mock of state '${state}'${which}`);
  } catch (e) {
    throw new TypeError(e instanceof AslError ? e.cause : String(e), { cause: e });
  }
}
