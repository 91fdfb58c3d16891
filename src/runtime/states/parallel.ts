import type { Branch, ParallelJsonPathState } from '../../asl/index.js';
import { CancelScope } from '../cancel-scope.js';
import { withRetryCount } from '../context-object.js';
import { applyInputPath, applyParameters, applyResultFields } from '../data-flow.js';
import { asAslError } from '../error-matching.js';
import { jsonPathCatch, withRetryAndCatch } from '../retry-catch.js';
import { record } from '../run-context.js';
import { runScopeAsync } from '../run-scope.js';
import { settleAll } from '../settle-all.js';
import { dataScope, type Outcome, type StateRun } from '../state-handler.js';

/** Parallel: every branch runs on the same effective input; the result is the array of their outputs. */
export function runParallel(run: StateRun<ParallelJsonPathState>): Promise<Outcome> {
  return withRetryAndCatch(run.ex, run.fiber, run.state, jsonPathCatch(run.input, dataScope(run)), (retryCount) => attempt(run, retryCount));
}

async function attempt(run: StateRun<ParallelJsonPathState>, retryCount: number): Promise<Outcome> {
  const { state, input } = run;
  const scope = dataScope(run, withRetryCount(run.context, retryCount));
  const effective = applyParameters(state, applyInputPath(state, input, scope), scope);
  const result = await runBranches(run, state.Branches, effective);
  return { next: state.Next, ...applyResultFields(state, input, result, scope) };
}

/**
 * Runs every branch on `input` (the part both query languages share), recording `ParallelStateStarted`
 * and how it ended; the first failing branch cancels the others and its error is the state's.
 */
export async function runBranches(run: StateRun<unknown>, branches: readonly Branch[], input: unknown): Promise<unknown[]> {
  const { ex, fiber, depth } = run;
  record(ex, fiber, 'ParallelStateStarted');
  const cancel = new CancelScope(fiber.scope);
  const started = fiber.lastEventId;
  const outputs = branches.map((branch) =>
    runScopeAsync(ex, branch, input, { scope: cancel, variables: fiber.variables.inner(), lastEventId: started }, depth + 1).catch((thrown: unknown) => {
      const error = asAslError(thrown);
      cancel.cancel(error);
      throw error;
    }),
  );
  try {
    await settleAll(outputs);
  } catch (thrown) {
    // Stopped from outside, the state records ParallelStateAborted instead (see run-scope).
    if (!fiber.scope.isCancelled()) record(ex, fiber, 'ParallelStateFailed');
    throw thrown;
  }
  const result = await Promise.all(outputs);
  record(ex, fiber, 'ParallelStateSucceeded');
  return result;
}
