/**
 * An error as ASL sees it: an `error` name and a `cause` string. Task handlers throw it (or a subclass)
 * to fail a task with a name that `Retry` and `Catch` can match; results carry the same two strings.
 *
 * @example
 * ```ts
 * import { AslError } from 'statewright/runtime';
 *
 * throw new AslError('PaymentDeclined', 'The card was declined');
 * ```
 */
export class AslError extends Error {
  override readonly name: string = 'AslError';
  readonly error: string;
  override readonly cause: string;

  constructor(error: string, cause = '') {
    super(cause === '' ? error : `${error}: ${cause}`);
    this.error = error;
    this.cause = cause;
  }
}

/** Defines the class of one predefined `States.*` error. */
function statesError<const N extends string>(error: N, className: string) {
  const named = class extends AslError {
    override readonly name = className;
    declare readonly error: N;
    constructor(cause = '') {
      super(error, cause);
    }
  };
  Object.defineProperty(named, 'name', { value: className });
  return named;
}

/** `States.TaskFailed`: a task failed. */
export class StatesTaskFailed extends statesError('States.TaskFailed', 'StatesTaskFailed') {}
/** `States.Timeout`: a task ran longer than its `TimeoutSeconds`, or the execution longer than its own. */
export class StatesTimeout extends statesError('States.Timeout', 'StatesTimeout') {}
/** `States.HeartbeatTimeout`: no heartbeat within `HeartbeatSeconds`. */
export class StatesHeartbeatTimeout extends statesError('States.HeartbeatTimeout', 'StatesHeartbeatTimeout') {}
/** `States.Runtime`: a path or value the state cannot use; not retried, not caught by `States.ALL`. */
export class StatesRuntime extends statesError('States.Runtime', 'StatesRuntime') {}
/** `States.DataLimitExceeded`: a payload over the 256 KiB quota; not caught by `States.ALL`. */
export class StatesDataLimitExceeded extends statesError('States.DataLimitExceeded', 'StatesDataLimitExceeded') {}
/** `States.ResultPathMatchFailure`: `ResultPath` cannot be applied to the state input. */
export class StatesResultPathMatchFailure extends statesError('States.ResultPathMatchFailure', 'StatesResultPathMatchFailure') {}
/** `States.ParameterPathFailure`: a `key.$` path of a payload template selects nothing. */
export class StatesParameterPathFailure extends statesError('States.ParameterPathFailure', 'StatesParameterPathFailure') {}
/** `States.BranchFailed`: a Parallel branch failed. */
export class StatesBranchFailed extends statesError('States.BranchFailed', 'StatesBranchFailed') {}
/** `States.NoChoiceMatched`: no Choice rule matched and there is no `Default`. */
export class StatesNoChoiceMatched extends statesError('States.NoChoiceMatched', 'StatesNoChoiceMatched') {}
/** `States.IntrinsicFailure`: an intrinsic function failed. */
export class StatesIntrinsicFailure extends statesError('States.IntrinsicFailure', 'StatesIntrinsicFailure') {}
/** `States.ExceedToleratedFailureThreshold`: more Map items failed than tolerated. */
export class StatesExceedToleratedFailureThreshold extends statesError('States.ExceedToleratedFailureThreshold', 'StatesExceedToleratedFailureThreshold') {}
/** `States.ItemReaderFailed`: a Distributed Map could not read its items. */
export class StatesItemReaderFailed extends statesError('States.ItemReaderFailed', 'StatesItemReaderFailed') {}
/** `States.ResultWriterFailed`: a Distributed Map could not write its results. */
export class StatesResultWriterFailed extends statesError('States.ResultWriterFailed', 'StatesResultWriterFailed') {}
/** `States.QueryEvaluationError`: a JSONata expression failed. */
export class StatesQueryEvaluationError extends statesError('States.QueryEvaluationError', 'StatesQueryEvaluationError') {}
/** `States.Permissions`: the execution role may not do what the state asks. */
export class StatesPermissions extends statesError('States.Permissions', 'StatesPermissions') {}
