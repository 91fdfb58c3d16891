import type { Catcher, CatcherJsonPath, Retrier } from '../asl/index.js';
import { applyAssign, applyResultPath, type DataScope } from './data-flow.js';
import { asAslError, findMatch } from './error-matching.js';
import type { ExecutionContext, Fiber } from './run-context.js';
import type { Outcome } from './state-handler.js';

const DEFAULT_INTERVAL_SECONDS = 1;
const DEFAULT_MAX_ATTEMPTS = 3;
const DEFAULT_BACKOFF_RATE = 2;

/** The error-handling fields of Task, Parallel and Map. */
export interface ErrorHandling<C extends Catcher = Catcher> {
  readonly Retry?: readonly Retrier[] | undefined;
  readonly Catch?: readonly C[] | undefined;
}

/** The error output a catcher receives (`$states.errorOutput` in JSONata). */
export interface ErrorOutput {
  readonly Error: string;
  readonly Cause: string;
}

/** Where a catcher leads and with what, in the state's query language. */
export type CatchOutcome<C extends Catcher> = (catcher: C, errorOutput: ErrorOutput) => Outcome | Promise<Outcome>;

/** A JSONPath catcher: `ResultPath` places the error output into the raw input; `Assign` reads the error output. */
export function jsonPathCatch(rawInput: unknown, scope: DataScope): CatchOutcome<CatcherJsonPath> {
  return (catcher, errorOutput) => ({
    next: catcher.Next,
    output: applyResultPath({ ResultPath: catcher.ResultPath }, rawInput, errorOutput),
    assigned: applyAssign(catcher, errorOutput, scope),
  });
}

/**
 * Runs `attempt` (given the retry count) until it succeeds, a retrier gives up, or a catcher takes
 * the error (`caught` makes its outcome). Each retrier counts its own attempts; waits follow
 * IntervalSeconds × BackoffRate^n, capped by MaxDelaySeconds, with FULL jitter drawn from the
 * execution's random source.
 */
export async function withRetryAndCatch<C extends Catcher>(
  ex: ExecutionContext,
  fiber: Fiber,
  state: ErrorHandling<C>,
  caught: CatchOutcome<C>,
  attempt: (retryCount: number) => Outcome | Promise<Outcome>,
): Promise<Outcome> {
  const used = new Map<number, number>();
  for (let retryCount = 0; ; retryCount++) {
    try {
      return await attempt(retryCount);
    } catch (thrown) {
      const error = asAslError(thrown);
      // Past the history limit nothing more can be recorded: no retrier or catcher gets the error.
      if (fiber.scope.isCancelled() || ex.history.exhausted) throw error;
      const retrierIndex = findMatch(state.Retry, error.error);
      const retrier = state.Retry?.[retrierIndex];
      const count = used.get(retrierIndex) ?? 0;
      if (retrier !== undefined && count < (retrier.MaxAttempts ?? DEFAULT_MAX_ATTEMPTS)) {
        used.set(retrierIndex, count + 1);
        await ex.scheduler.sleep(retryDelaySeconds(retrier, count, ex) * 1000, fiber.scope);
        continue;
      }
      const catcher = state.Catch?.[findMatch(state.Catch, error.error)];
      if (catcher === undefined) throw error;
      return await caught(catcher, { Error: error.error, Cause: error.cause });
    }
  }
}

/** The wait before retry number `count + 1` of a retrier. */
export function retryDelaySeconds(retrier: Retrier, count: number, ex: Pick<ExecutionContext, 'random'>): number {
  const base = (retrier.IntervalSeconds ?? DEFAULT_INTERVAL_SECONDS) * (retrier.BackoffRate ?? DEFAULT_BACKOFF_RATE) ** count;
  const capped = retrier.MaxDelaySeconds === undefined ? base : Math.min(base, retrier.MaxDelaySeconds);
  return retrier.JitterStrategy === 'FULL' ? ex.random.next() * capped : capped;
}
