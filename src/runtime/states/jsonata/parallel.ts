import type { ParallelJsonataState } from '../../../asl/index.js';
import { withRetryCount } from '../../context-object.js';
import { endOutcome, evaluateField, type StatesBinding } from '../../jsonata-fields.js';
import { withRetryAndCatch } from '../../retry-catch.js';
import type { Outcome, StateRun } from '../../state-handler.js';
import { runBranches } from '../parallel.js';
import { jsonataCatch } from './catch.js';

/** JSONata Parallel: every branch runs on `Arguments` (default: the input); `Output` and `Assign` read the array of branch outputs. */
export function runParallelJsonata(run: StateRun<ParallelJsonataState>): Promise<Outcome> {
  return withRetryAndCatch(run.ex, run.fiber, run.state, jsonataCatch(run), (retryCount) => attempt(run, retryCount));
}

async function attempt(run: StateRun<ParallelJsonataState>, retryCount: number): Promise<Outcome> {
  const { state, input } = run;
  const context = withRetryCount(run.context, retryCount);
  const states: StatesBinding = { input, context };
  const args = state.Arguments === undefined ? input : await evaluateField(run, states, 'Arguments', state.Arguments);
  const result = await runBranches(run, state.Branches, args);
  return endOutcome(run, state, { input, context, result }, state.Next, result);
}
