/** The error codes AWS's TestState API rejects a request with. */
export type TestStateErrorCode = 'ValidationException' | 'InvalidDefinition';

/**
 * A request `testState` refuses, with AWS's error code and message (the state's or field's name
 * is in the message).
 *
 * @example
 * ```ts
 * import { testState, TestStateError } from 'statewright/runtime';
 *
 * try {
 *   await testState({ Type: 'Pass', End: true }, { mock: { result: {} } });
 * } catch (error) {
 *   if (error instanceof TestStateError) console.log(error.code); // ValidationException
 * }
 * ```
 */
export class TestStateError extends Error {
  /** `TestStateError`. */
  override readonly name = 'TestStateError';

  constructor(
    /** AWS's error code. */
    readonly code: TestStateErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A `ValidationException`. */
export function validationError(message: string): TestStateError {
  return new TestStateError('ValidationException', message);
}
