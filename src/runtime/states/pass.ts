import type { PassJsonPathState } from '../../asl/index.js';
import { applyAssign, applyInputPath, applyOutputPath, applyParameters, applyResultPath } from '../data-flow.js';
import { dataScope, type Outcome, type StateRun } from '../state-handler.js';

/** Pass: `Result` (or the effective input) placed by `ResultPath`; `Assign` reads that result. */
export function runPass(run: StateRun<PassJsonPathState>): Outcome {
  const { state, input } = run;
  const scope = dataScope(run);
  const result = state.Result !== undefined ? state.Result : applyParameters(state, applyInputPath(state, input, scope), scope);
  return { next: state.Next, output: applyOutputPath(state, applyResultPath(state, input, result), scope), assigned: applyAssign(state, result, scope) };
}
