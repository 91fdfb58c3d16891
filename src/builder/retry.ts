import type { JsonObject } from '../asl/index.js';
import type { ErrorName } from './catch.js';
import { defined } from './defined.js';

/** One retrier of a `retry` list (`errorEquals` autocompletes the `States.*` names), serialised as `Retry` as given. */
export interface RetryOptions {
  readonly errorEquals: readonly [ErrorName, ...ErrorName[]];
  readonly intervalSeconds?: number;
  readonly maxAttempts?: number;
  readonly backoffRate?: number;
  readonly maxDelaySeconds?: number;
  readonly jitterStrategy?: 'FULL' | 'NONE';
  readonly comment?: string;
}

/** The ASL `Retry` list of `retry`. */
export function toRetry(retry: readonly RetryOptions[]): JsonObject[] {
  return retry.map((r) =>
    defined({
      ErrorEquals: [...r.errorEquals],
      IntervalSeconds: r.intervalSeconds,
      MaxAttempts: r.maxAttempts,
      BackoffRate: r.backoffRate,
      MaxDelaySeconds: r.maxDelaySeconds,
      JitterStrategy: r.jitterStrategy,
      Comment: r.comment,
    }),
  );
}
