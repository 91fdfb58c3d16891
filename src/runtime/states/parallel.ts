import type { ParallelJsonPathState } from '../../asl/index.js';
import { CancelScope } from '../cancel-scope.js';
import { withRetryCount } from '../context-object.js';
import { applyInputPath, applyParameters, applyResultFields, type DataScope } from '../data-flow.js';
import { asAslError } from '../error-matching.js';
import { withRetryAndCatch } from '../retry-catch.js';
import { record } from '../run-context.js';
import { runScopeAsync } from '../run-scope.js';
import type { Outcome, StateRun } from '../state-handler.js';

/** Parallel: every branch runs on the same effective input; the result is the array of their outputs. */
export function runParallel(run: StateRun<ParallelJsonPathState>): Promise<Outcome> {
  return withRetryAndCatch(run.ex, run.fiber, run.state, run.input, (retryCount) => attempt(run, retryCount));
}

async function attempt(run: StateRun<ParallelJsonPathState>, retryCount: number): Promise<Outcome> {
  const { ex, fiber, state, input, depth } = run;
  const scope: DataScope = { context: withRetryCount(run.context, retryCount), random: ex.random };
  const effective = applyParameters(state, applyInputPath(state, input, scope), scope);
  record(ex, fiber, 'ParallelStateStarted');
  const branches = new CancelScope(fiber.scope);
  const started = fiber.lastEventId;
  let result: unknown[];
  try {
    result = await Promise.all(
      state.Branches.map((branch) =>
        runScopeAsync(ex, branch, effective, { scope: branches, lastEventId: started }, depth + 1).catch((thrown: unknown) => {
          const error = asAslError(thrown);
          branches.cancel(error);
          throw error;
        }),
      ),
    );
  } catch (thrown) {
    record(ex, fiber, 'ParallelStateFailed');
    throw thrown;
  }
  record(ex, fiber, 'ParallelStateSucceeded');
  return { next: state.Next, output: applyResultFields(state, input, result, scope) };
}
