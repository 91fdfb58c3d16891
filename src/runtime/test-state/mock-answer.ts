import { AslError } from '../errors.js';
import type { TestStateMock } from './types.js';

/** The mocked result of a state, or its mocked error thrown as the state's error. */
export function mockAnswer(mock: TestStateMock | undefined, stateName: string): unknown {
  if (mock === undefined) throw new Error(`State '${stateName}' has no mock to answer it`);
  if (mock.errorOutput !== undefined) throw new AslError(mock.errorOutput.error, mock.errorOutput.cause);
  return mock.result;
}
