import type { SucceedJsonPathState } from '../../asl/index.js';
import { applyInputPath, applyOutputPath, type DataScope } from '../data-flow.js';
import type { Outcome, StateRun } from '../state-handler.js';

/** Succeed: ends its scope with the input, through `InputPath` and `OutputPath`. */
export function runSucceed({ state, input, context, ex }: StateRun<SucceedJsonPathState>): Outcome {
  const scope: DataScope = { context, random: ex.random };
  return { next: undefined, output: applyOutputPath(state, applyInputPath(state, input, scope), scope) };
}
