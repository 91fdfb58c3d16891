import { validationError } from './test-state-error.js';
import type { FieldValidationMode, TestStateMock } from './types.js';

/** A mock as AWS's TestState request sends it: the result as JSON text. */
export interface AwsTestStateMock {
  readonly result?: string | undefined;
  readonly errorOutput?: { readonly error: string; readonly cause: string } | undefined;
  readonly fieldValidationMode?: FieldValidationMode | undefined;
}

/**
 * The mock of an AWS-shaped request as `testState` takes it: the result text parsed (text that is not
 * JSON is refused as AWS refuses it). Both `result` and `errorOutput` are kept, so `testState` refuses that too.
 */
export function mockFromAws(mock: AwsTestStateMock): TestStateMock {
  const mode = mock.fieldValidationMode === undefined ? {} : { fieldValidationMode: mock.fieldValidationMode };
  if (mock.result === undefined) {
    if (mock.errorOutput === undefined) throw validationError('A test mock should have one of the following fields: [result, errorOutput].');
    return { errorOutput: mock.errorOutput, ...mode };
  }
  let result: unknown;
  try {
    result = JSON.parse(mock.result);
  } catch {
    throw validationError('Mocked result must be valid JSON');
  }
  // Both fields set is a request testState refuses with AWS's message.
  return { result, ...(mock.errorOutput === undefined ? {} : { errorOutput: mock.errorOutput }), ...mode } as TestStateMock;
}
