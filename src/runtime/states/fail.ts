import type { FailJsonPathState } from '../../asl/index.js';
import { pathScope, type DataScope } from '../data-flow.js';
import { AslError, StatesRuntime } from '../errors.js';
import { evaluateDynamic } from '../template.js';
import { dataScope, type StateRun } from '../state-handler.js';

/** Fail: raises `Error` and `Cause` (or what `ErrorPath` and `CausePath` select) in its scope. */
export function runFail(run: StateRun<FailJsonPathState>): never {
  const { state, input } = run;
  const scope = dataScope(run);
  const error = state.ErrorPath === undefined ? state.Error : readString(state.ErrorPath, input, scope, 'ErrorPath');
  const cause = state.CausePath === undefined ? state.Cause : readString(state.CausePath, input, scope, 'CausePath');
  throw new FailStateError(error, cause);
}

/** The error a Fail state raises; unlike other errors, either part may be absent. */
export class FailStateError extends AslError {
  readonly errorGiven: boolean;
  readonly causeGiven: boolean;

  constructor(error: string | undefined, cause: string | undefined) {
    super(error ?? '', cause ?? '');
    this.errorGiven = error !== undefined;
    this.causeGiven = cause !== undefined;
  }
}

function readString(path: string, input: unknown, scope: DataScope, field: string): string {
  const value = evaluateDynamic(path, pathScope(input, scope), scope.random, field);
  if (typeof value !== 'string') {
    throw new StatesRuntime(`The value of '${field}' must be a string, got ${JSON.stringify(value)}`);
  }
  return value;
}
