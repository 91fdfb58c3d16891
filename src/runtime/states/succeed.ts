import type { SucceedJsonPathState } from '../../asl/index.js';
import { applyInputPath, applyOutputPath } from '../data-flow.js';
import { dataScope, type Outcome, type StateRun } from '../state-handler.js';

/** Succeed: ends its scope with the input, through `InputPath` and `OutputPath`. */
export function runSucceed(run: StateRun<SucceedJsonPathState>): Outcome {
  const scope = dataScope(run);
  return { next: undefined, output: applyOutputPath(run.state, applyInputPath(run.state, run.input, scope), scope) };
}
