/**
 * The predefined error names of Step Functions. Errors raised by user code must not use the reserved `States.` prefix.
 * `States.Http.StatusCode.<nnn>` (an HTTP Task's non-2xx answer) is a family, not listed here.
 */
export const STATES_ERROR_NAMES = [
  'States.ALL',
  'States.TaskFailed',
  'States.Timeout',
  'States.HeartbeatTimeout',
  'States.Runtime',
  'States.DataLimitExceeded',
  'States.ResultPathMatchFailure',
  'States.ParameterPathFailure',
  'States.BranchFailed',
  'States.NoChoiceMatched',
  'States.IntrinsicFailure',
  'States.ExceedToleratedFailureThreshold',
  'States.ItemReaderFailed',
  'States.ResultWriterFailed',
  'States.QueryEvaluationError',
  'States.Permissions',
  'States.Http.Socket',
] as const;

/** One of {@link STATES_ERROR_NAMES}. */
export type StatesErrorName = (typeof STATES_ERROR_NAMES)[number];

const STATES_ERROR_NAME_SET: ReadonlySet<string> = new Set(STATES_ERROR_NAMES);

/** True for a predefined `States.*` error name (see {@link STATES_ERROR_NAMES}). */
export function isStatesErrorName(name: string): name is StatesErrorName {
  return STATES_ERROR_NAME_SET.has(name);
}
