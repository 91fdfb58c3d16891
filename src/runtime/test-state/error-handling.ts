import type { Catcher, Retrier } from '../../asl/index.js';
import { findMatch } from '../error-matching.js';
import type { AslError } from '../errors.js';
import type { CatchOutcome, ErrorHandling } from '../retry-catch.js';
import type { Outcome } from '../state-handler.js';
import type { TestRun } from './test-run.js';
import type { InspectionErrorDetails } from './types.js';

const DEFAULT_INTERVAL_SECONDS = 1;
const DEFAULT_MAX_ATTEMPTS = 3;
const DEFAULT_BACKOFF_RATE = 2;

/** What TestState makes of an error of a Task, Parallel or Map state. */
export type ErrorVerdict =
  | { readonly status: 'RETRIABLE' }
  | { readonly status: 'CAUGHT_ERROR'; readonly outcome: Outcome }
  | { readonly status: 'FAILED' };

/**
 * Decides as TestState does, one step only: a matching retrier with attempts left
 * (`retrierRetryCount` of them used) makes the error `RETRIABLE` with the wait before that retry;
 * otherwise a matching catcher makes it `CAUGHT_ERROR` with the catcher's outcome; else `FAILED`.
 * `errorDetails` names the retrier and catcher that matched.
 */
export async function judgeError<C extends Catcher>(test: TestRun, state: ErrorHandling<C>, error: AslError, caught: CatchOutcome<C>): Promise<ErrorVerdict> {
  const details: { -readonly [K in keyof InspectionErrorDetails]: InspectionErrorDetails[K] } = {};
  const retryIndex = findMatch(state.Retry, error.error);
  const retrier = state.Retry?.[retryIndex];
  if (retrier !== undefined) {
    details.retryIndex = retryIndex;
    test.inspection.errorDetails = details;
    if (test.retryCount < (retrier.MaxAttempts ?? DEFAULT_MAX_ATTEMPTS)) {
      details.retryBackoffIntervalSeconds = backoffSeconds(retrier, test.retryCount);
      return { status: 'RETRIABLE' };
    }
  }
  const catchIndex = findMatch(state.Catch, error.error);
  const catcher = state.Catch?.[catchIndex];
  if (catcher === undefined) return { status: 'FAILED' };
  details.catchIndex = catchIndex;
  test.inspection.errorDetails = details;
  return { status: 'CAUGHT_ERROR', outcome: await caught(catcher, { Error: error.error, Cause: error.cause }) };
}

/** IntervalSeconds × BackoffRate^retries, capped by MaxDelaySeconds, in whole seconds (jitter left out). */
function backoffSeconds(retrier: Retrier, retries: number): number {
  const base = (retrier.IntervalSeconds ?? DEFAULT_INTERVAL_SECONDS) * (retrier.BackoffRate ?? DEFAULT_BACKOFF_RATE) ** retries;
  return Math.trunc(retrier.MaxDelaySeconds === undefined ? base : Math.min(base, retrier.MaxDelaySeconds));
}
