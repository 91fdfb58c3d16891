import { AslError } from '../runtime/errors.js';

const MOCK = Symbol('statewright.mock');

/**
 * A mocked failure: the task fails with this `error` and `cause`, as `Retry` and `Catch` see them.
 *
 * @example
 * ```ts
 * import { mockFailure, type MockFailure } from 'statewright/testing';
 * const declined: MockFailure = mockFailure('Card.Declined', 'insufficient funds');
 * ```
 */
export interface MockFailure {
  readonly [MOCK]: 'failure';
  readonly error: string;
  readonly cause: string;
}

/**
 * A sequence of mocked answers, one per call: values and {@link MockFailure}s in call order.
 *
 * @example
 * ```ts
 * import { mockSequence, type MockSequence } from 'statewright/testing';
 * const status: MockSequence = mockSequence(['RUNNING', 'SUCCEEDED']);
 * ```
 */
export interface MockSequence {
  readonly [MOCK]: 'sequence';
  readonly responses: readonly unknown[];
}

/**
 * A failure for {@link taskMocks} or {@link mockSequence}: the task fails with `error` and `cause`.
 *
 * @example
 * ```ts
 * import { mockFailure, mockSequence } from 'statewright/testing';
 * const flaky = mockSequence([mockFailure('Lambda.ServiceException', 'try again'), { ok: true }]);
 * ```
 */
export function mockFailure(error: string, cause = ''): MockFailure {
  return Object.freeze({ [MOCK]: 'failure' as const, error, cause });
}

/**
 * Answers successive calls of a task with successive responses (values, or {@link mockFailure}s).
 * A call past the last response ends the execution with `States.Runtime`, naming the state and the
 * call: a test that calls a task more often than it planned fails loudly instead of repeating the
 * last answer.
 *
 * @example
 * ```ts
 * import { mockSequence, taskMocks } from 'statewright/testing';
 * const mocks = taskMocks({ 'Get Job Status': mockSequence(['RUNNING', 'SUCCEEDED']) });
 * ```
 */
export function mockSequence(responses: readonly unknown[]): MockSequence {
  return Object.freeze({ [MOCK]: 'sequence' as const, responses: Object.freeze([...responses]) });
}

export function isMockFailure(value: unknown): value is MockFailure {
  return typeof value === 'object' && value !== null && (value as Partial<MockFailure>)[MOCK] === 'failure';
}

export function isMockSequence(value: unknown): value is MockSequence {
  return typeof value === 'object' && value !== null && (value as Partial<MockSequence>)[MOCK] === 'sequence';
}

/** A value as a task's answer: a failure throws, anything else is returned as a fresh copy. */
export function answer(response: unknown): unknown {
  if (isMockFailure(response)) throw new AslError(response.error, response.cause);
  return structuredClone(response);
}
