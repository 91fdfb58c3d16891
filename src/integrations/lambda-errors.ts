// Source: AWS Step Functions Developer Guide, "Handle Lambda service exceptions"
// (bp-lambda-serviceexception.html).

/**
 * The transient Lambda service errors AWS recommends retrying on every Lambda task, as its
 * best-practice `Retry` names them. Lambda also reports `Lambda.TooManyRequestsException` when it hits
 * its invocation limit, and `Lambda.Unknown` for unhandled errors such as running out of memory or
 * time (matched by `Lambda.Unknown`, `States.ALL` or `States.TaskFailed`).
 *
 * @example
 * ```ts
 * import { LAMBDA_SERVICE_ERRORS } from 'statewright/integrations';
 * const retry = [{ ErrorEquals: [...LAMBDA_SERVICE_ERRORS], IntervalSeconds: 2, MaxAttempts: 6, BackoffRate: 2 }];
 * ```
 */
export const LAMBDA_SERVICE_ERRORS = Object.freeze([
  'Lambda.ClientExecutionTimeoutException',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
] as const);
