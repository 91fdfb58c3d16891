import type { PassJsonPathState } from '../../asl/index.js';
import { applyInputPath, applyOutputPath, applyParameters, applyResultPath, type DataScope } from '../data-flow.js';
import type { Outcome, StateRun } from '../state-handler.js';

/** Pass: `Result` (or the effective input) placed by `ResultPath`. */
export function runPass({ state, input, context, ex }: StateRun<PassJsonPathState>): Outcome {
  const scope: DataScope = { context, random: ex.random };
  const result = state.Result !== undefined ? state.Result : applyParameters(state, applyInputPath(state, input, scope), scope);
  return { next: state.Next, output: applyOutputPath(state, applyResultPath(state, input, result), scope) };
}
